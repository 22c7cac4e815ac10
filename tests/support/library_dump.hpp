#pragma once
// Looking inside a test library: the `sqlite3 DB .dump` text and single-value queries.

#include <string>

namespace rs::test {

/// The output of `sqlite3 DB .dump` (schema and every row): equal dumps mean equal content.
std::string dump_library(const std::string& db_path);

/// Runs the read-only query `sql` with the sqlite3 shell and returns its output (rows one per line,
/// '|' between columns). Tests change a library through library_edit.hpp instead.
std::string query_library(const std::string& db_path, const std::string& sql);

}  // namespace rs::test

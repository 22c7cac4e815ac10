#pragma once
// Seeding and changing a test library outside the program, through SQLiteCpp (the library the
// store itself uses), for states the CLI cannot produce: hand-written rows, a newer schema version.

#include <filesystem>
#include <string>

namespace rs::test {

/// Runs `statements` (one or more SQL statements) on the existing library at `db_path`.
/// Throws SQLite::Exception when one fails.
void edit_library(const std::string& db_path, const std::string& statements);

/// Runs the SQL statements of the file `sql_file` on the existing library at `db_path`.
void edit_library_from_file(const std::string& db_path, const std::filesystem::path& sql_file);

}  // namespace rs::test

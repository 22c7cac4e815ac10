#pragma once
// The library's schema history: migrations/NNNN_name.sql, embedded at build time and applied in
// order, each in its own transaction, recording the version in PRAGMA user_version.

#include <string>
#include <string_view>
#include <vector>

#include "util/embedded_file.hpp"

namespace SQLite {
class Database;
}

namespace rs::store {

/// One schema step: version NNNN, its name and its SQL.
struct Migration {
  int version = 0;        ///< The NNNN prefix; versions run 1, 2, 3 ... without gaps.
  std::string name;       ///< The file name, e.g. "0001_library.sql".
  std::string_view sql;   ///< The statements, applied as one transaction.
};

/// Parses file names into migrations sorted by version. Throws rs::Error on a malformed name, a
/// duplicate or a gap in the numbering (a build mistake, caught by the tests).
std::vector<Migration> parse_migrations(const std::vector<EmbeddedFile>& files);

/// The migrations compiled into this binary.
const std::vector<Migration>& builtin_migrations();

/// The schema version this program creates and understands (the last migration's version).
int latest_schema_version();

/// Reads PRAGMA user_version.
int read_schema_version(SQLite::Database& db);

/// Applies every migration newer than the library's version, each in an IMMEDIATE transaction that
/// re-checks the version (so two processes opening a new library at once do not both migrate).
/// Refuses, before writing anything, a library newer than `migrations`. Returns how many were applied.
int migrate(SQLite::Database& db, const std::vector<Migration>& migrations, std::string_view label);

}  // namespace rs::store

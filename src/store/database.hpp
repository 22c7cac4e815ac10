#pragma once
// An open runstrength library: one SQLite connection in WAL mode with foreign keys on and a busy
// timeout, migrated to the latest schema on open.

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace rs::store {

/// How long a connection waits for another process's lock before reporting "library is busy".
inline constexpr int busy_timeout_ms = 10000;

/// Row count of one table, for `runstrength db`.
struct TableCount {
  std::string table;   ///< Table name.
  long long rows = 0;  ///< Number of rows.
};

/// A library file opened for reading and writing. Move-only. One thread at a time: the
/// connection is opened without SQLite's per-connection mutex (SQLITE_OPEN_NOMUTEX).
class Database {
 public:
  /// Opens the library at `path`, creating it and its parent folders when missing, and applies
  /// missing migrations. Throws rs::Error for a library newer than this program (leaving the file
  /// untouched), for a file that is not a SQLite database, and for a busy library.
  static Database open(const std::filesystem::path& path);

  /// Opens an in-memory library (tests and dry runs), fully migrated.
  static Database open_in_memory();

  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  ~Database();

  /// The SQLiteCpp connection, for the store's query modules.
  [[nodiscard]] SQLite::Database& sql() { return *db_; }

  /// The file this library lives in (":memory:" for in-memory ones).
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

  /// The schema version after opening (PRAGMA user_version).
  [[nodiscard]] int schema_version() const { return schema_version_; }

  /// How many migrations this open applied (0 when the library was already current).
  [[nodiscard]] int migrations_applied() const { return migrations_applied_; }

  /// Runs `body` inside one write transaction that is always rolled back: everything `body` writes
  /// through the store (whose own transactions nest as savepoints) is seen by its later reads, then
  /// undone, whether `body` returns or throws. Holds the write lock while it runs. Throws rs::Error
  /// (busy when locked).
  void run_rolled_back(const std::function<void()>& body);

  /// Runs `body` inside one write transaction, committed when `body` returns and rolled back when
  /// it throws: all of its writes land, or none (the store's own transactions nest as savepoints).
  /// Throws rs::Error (busy when locked).
  void run_in_write(const std::function<void()>& body);

  /// Runs `body` inside one read transaction: every read it makes through the store sees the same
  /// committed state of the library (WAL snapshot), never half of a writer's transaction. Throws
  /// rs::Error.
  void run_in_snapshot(const std::function<void()>& body);

  /// SQLite's `PRAGMA data_version`: a number that changes when another connection commits to
  /// the library (and only then), for caching what was read from it.
  long long data_version();

  /// Row counts of every table of the library, sorted by table name.
  [[nodiscard]] std::vector<TableCount> table_counts();

 private:
  Database(std::unique_ptr<SQLite::Database> db, std::filesystem::path path);

  std::unique_ptr<SQLite::Database> db_;
  std::filesystem::path path_;
  int schema_version_ = 0;
  int migrations_applied_ = 0;
};

}  // namespace rs::store

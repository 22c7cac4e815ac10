#include "store/database.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <thread>

#include "store/library_indexes.hpp"
#include "store/migrations.hpp"
#include "store/sql_error.hpp"
#include "store/transaction.hpp"
#include "util/error.hpp"
#include "util/paths.hpp"

namespace rs::store {

namespace {

// A connection is only ever used by the thread that opened it (the import's worker threads read
// and parse files; only its writer, on the calling thread, touches the library), so SQLite need
// not lock a mutex around every call on it.
const int connection_flags = SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX;

// Before the first connection of the process: no allocation statistics (SQLite would otherwise
// take a global mutex around every one of its allocations; nothing here reads them). Too late
// when SQLite is already initialised, which only changes speed.
void configure_sqlite() {
  static const bool configured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
  (void)configured;
}

// Checks that an existing file really is a SQLite library before anything else touches it.
void check_is_database(SQLite::Database& db, const std::string& label) {
  try {
    db.execAndGet("SELECT count(*) FROM sqlite_schema");
  } catch (const SQLite::Exception& error) {
    const int code = error.getErrorCode() & 0xff;
    if (code == 26 /* SQLITE_NOTADB */)
      throw Error("library " + label + " is not a runstrength library (not a SQLite database)");
    rethrow_sql(error, "opening library " + label);
  }
}

// Runs `step` (setting a library up: its checks, journal mode, pragmas and migrations) again while
// it fails with "library is busy", until the busy timeout has passed since `start`. SQLite's own
// busy handler does not cover every lock taken while a library is set up: a connection that read
// the file and then needs the write lock (switching to WAL, a first migration) gets SQLITE_BUSY at
// once when another process holds it, to avoid a deadlock. Retrying from the start is safe: every
// step re-reads the state it depends on and writes in its own transaction.
template <class Step>
void retry_while_busy(std::chrono::steady_clock::time_point start, Step&& step) {
  const auto deadline = start + std::chrono::milliseconds(busy_timeout_ms);
  for (int attempt = 0;; ++attempt) {
    try {
      step();
      return;
    } catch (const Error& error) {
      if (error.kind() != ErrorKind::busy || std::chrono::steady_clock::now() >= deadline) throw;
    }
    // 1, 2, 4 ... ms, then every 50 ms: the other process usually needs a few milliseconds.
    std::this_thread::sleep_for(std::chrono::milliseconds(std::min(1 << std::min(attempt, 6), 50)));
  }
}

}  // namespace

Database::Database(std::unique_ptr<SQLite::Database> db, std::filesystem::path path)
    : db_(std::move(db)), path_(std::move(path)) {}

Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

Database Database::open(const std::filesystem::path& path) {
  configure_sqlite();
  const auto start = std::chrono::steady_clock::now();
  create_parent_dirs(path);
  const std::string label = path.string();
  auto connection = guard_sql("opening library " + label, [&] {
    return std::make_unique<SQLite::Database>(label, connection_flags | SQLite::OPEN_CREATE, busy_timeout_ms);
  });
  Database database(std::move(connection), path);
  retry_while_busy(start, [&] {
    check_is_database(*database.db_, label);
    // Refuse a newer library before switching it to WAL, which would rewrite its header.
    const int found = read_schema_version(*database.db_);
    if (found > latest_schema_version()) migrate(*database.db_, builtin_migrations(), label);
    guard_sql("configuring library " + label, [&] {
      database.db_->exec("PRAGMA journal_mode = WAL");
      database.db_->exec("PRAGMA synchronous = NORMAL");
      database.db_->exec("PRAGMA foreign_keys = ON");
    });
    database.migrations_applied_ += migrate(*database.db_, builtin_migrations(), label);
    ensure_library_indexes(*database.db_);  // after an interrupted first import
  });
  database.schema_version_ = read_schema_version(*database.db_);
  return database;
}

Database Database::open_in_memory() {
  configure_sqlite();
  auto connection = guard_sql("opening an in-memory library", [] {
    auto db = std::make_unique<SQLite::Database>(":memory:", connection_flags | SQLite::OPEN_CREATE);
    db->exec("PRAGMA foreign_keys = ON");
    return db;
  });
  Database database(std::move(connection), ":memory:");
  database.migrations_applied_ = migrate(*database.db_, builtin_migrations(), ":memory:");
  database.schema_version_ = read_schema_version(*database.db_);
  return database;
}

std::vector<TableCount> Database::table_counts() {
  return guard_sql("counting rows", [&] {
    std::vector<std::string> tables;
    SQLite::Statement list(*db_,
                           "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' "
                           "ORDER BY name");
    while (list.executeStep()) tables.push_back(list.getColumn(0).getString());
    std::vector<TableCount> counts;
    for (const auto& table : tables) {
      // Table names come from the schema, never from input; quote them all the same.
      counts.push_back({table, db_->execAndGet("SELECT count(*) FROM \"" + table + "\"").getInt64()});
    }
    return counts;
  });
}

void Database::run_rolled_back(const std::function<void()>& body) {
  auto transaction = guard_sql("starting a dry run", [&] {
    return std::make_unique<Transaction>(*db_, TransactionMode::write, "dry_run");
  });
  body();  // the transaction's destructor rolls back, also when body throws
}

}  // namespace rs::store

namespace rs::store {

void Database::run_in_snapshot(const std::function<void()>& body) {
  auto transaction = guard_sql("reading the library", [&] {
    return std::make_unique<Transaction>(*db_, TransactionMode::read, "snapshot");
  });
  body();
  guard_sql("reading the library", [&] { transaction->commit(); });
}

void Database::run_in_write(const std::function<void()>& body) {
  auto transaction = guard_sql("writing the library", [&] {
    return std::make_unique<Transaction>(*db_, TransactionMode::write, "write_all");
  });
  body();  // a throw leaves the transaction to its destructor, which rolls back
  guard_sql("writing the library", [&] { transaction->commit(); });
}

long long Database::data_version() {
  return guard_sql("reading the library", [&] {
    return static_cast<long long>(db_->execAndGet("PRAGMA data_version").getInt64());
  });
}

}  // namespace rs::store

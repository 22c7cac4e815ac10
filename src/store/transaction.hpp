#pragma once
// The store's one transaction idiom. A Transaction opens `BEGIN IMMEDIATE` (writes) or `BEGIN
// DEFERRED` (a read snapshot) when the connection has no transaction open, and a named SAVEPOINT
// inside the caller's transaction otherwise: an import batch inside a dry run's outer transaction,
// a plan saved inside a caller's. It rolls back unless committed, so every store function that
// writes is all or nothing, and a caller may wrap several of them in one outer Transaction that it
// rolls back (the dry run). Store-internal: SQLiteCpp is the store's alone.

#include <string>

namespace SQLite {
class Database;
}

namespace rs::store {

/// What a transaction is for: a write lock taken at once, or a read snapshot.
enum class TransactionMode { write, read };

/// One transaction or savepoint on a connection. Not copyable; commit() or it rolls back.
class Transaction {
 public:
  /// Begins on `sql`: a top-level transaction in `mode`, or SAVEPOINT `name` when one is open.
  /// Throws SQLite::Exception (callers run inside guard_sql).
  Transaction(SQLite::Database& sql, TransactionMode mode, std::string name = "rs_nested");
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  /// COMMIT (top level) or RELEASE (savepoint). Throws SQLite::Exception; the transaction is then
  /// rolled back.
  void commit();
  /// ROLLBACK, or ROLLBACK TO and RELEASE the savepoint. Never throws.
  void rollback() noexcept;
  /// True when this is a savepoint inside a transaction the caller opened.
  [[nodiscard]] bool nested() const { return nested_; }
  /// True until commit() or rollback().
  [[nodiscard]] bool open() const { return open_; }

 private:
  SQLite::Database& sql_;
  std::string name_;
  bool nested_ = false;
  bool open_ = false;
};

/// True when `sql` has a transaction open (SQLite is not in autocommit mode).
bool in_transaction(SQLite::Database& sql);

}  // namespace rs::store

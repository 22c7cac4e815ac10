#include "store/transaction.hpp"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

namespace rs::store {

bool in_transaction(SQLite::Database& sql) { return sqlite3_get_autocommit(sql.getHandle()) == 0; }

Transaction::Transaction(SQLite::Database& sql, TransactionMode mode, std::string name)
    : sql_(sql), name_(std::move(name)), nested_(in_transaction(sql)) {
  if (nested_) {
    sql_.exec("SAVEPOINT " + name_);
  } else {
    sql_.exec(mode == TransactionMode::write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
  }
  open_ = true;
}

Transaction::~Transaction() {
  if (open_) rollback();
}

void Transaction::commit() {
  if (!open_) return;
  try {
    sql_.exec(nested_ ? "RELEASE " + name_ : std::string("COMMIT"));
  } catch (...) {
    rollback();
    throw;
  }
  open_ = false;
}

void Transaction::rollback() noexcept {
  if (!open_) return;
  open_ = false;
  // SQLite may already have rolled the whole transaction back itself (disk full, I/O error): then
  // there is nothing left to undo, at either level.
  if (!in_transaction(sql_)) return;
  try {
    if (nested_) {
      sql_.exec("ROLLBACK TO " + name_);
      sql_.exec("RELEASE " + name_);
    } else {
      sql_.exec("ROLLBACK");
    }
  } catch (const SQLite::Exception&) {  // nothing more to undo
  }
}

}  // namespace rs::store

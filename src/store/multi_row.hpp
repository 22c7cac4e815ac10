#pragma once
// Prepared INSERTs of several rows at once, `INSERT ... VALUES (?, ...), (?, ...) ...`: one statement
// step per chunk of rows instead of one per row (each step has a fixed cost, and CHECK (x IN (...))
// constraints build a small table per step).

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <map>
#include <memory>
#include <string>

namespace rs::store {

/// One prepared statement per row count, made on first use and reused.
class MultiRowInsert {
 public:
  /// `head` is "INSERT INTO t (a, b)", `columns` the number of values per row, `tail` what follows
  /// the VALUES list (an ON CONFLICT or RETURNING clause, or "").
  MultiRowInsert(SQLite::Database& db, std::string head, int columns, std::string tail)
      : db_(db), head_(std::move(head)), columns_(columns), tail_(std::move(tail)) {}

  /// Most rows in one statement.
  static constexpr int max_rows = 64;

  /// The statement for `rows` rows (1 to max_rows), reset. The caller binds every parameter (NULL
  /// explicitly): values bound for an earlier use are still there. Row r's column c (both from 0)
  /// is parameter index(r, c).
  SQLite::Statement& rows(int rows) {
    auto& statement = statements_[rows];
    if (!statement) {
      std::string sql = head_ + " VALUES ";
      for (int r = 0; r < rows; ++r) {
        sql += r == 0 ? "(" : ", (";
        for (int c = 0; c < columns_; ++c) sql += c == 0 ? "?" : ", ?";
        sql += ')';
      }
      if (!tail_.empty()) sql += " " + tail_;
      statement = std::make_unique<SQLite::Statement>(db_, sql);
    } else {
      statement->tryReset();  // bindings stay: the caller binds every parameter again
    }
    return *statement;
  }

  /// 1-based parameter index of row `row`, column `column`.
  [[nodiscard]] int index(int row, int column) const { return row * columns_ + column + 1; }

 private:
  SQLite::Database& db_;
  std::string head_;
  int columns_;
  std::string tail_;
  std::map<int, std::unique_ptr<SQLite::Statement>> statements_;
};

}  // namespace rs::store

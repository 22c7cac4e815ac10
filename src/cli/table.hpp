#pragma once
// Tables for the terminal: columns as wide as their widest cell, shrunk to fit a width when one is
// given (the widest shrinkable column first), cells cut with "…" rather than run into the next
// column, widths counted in display columns, no trailing spaces.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rs::cli {

/// One column: its header and whether it may be cut to fit.
struct Column {
  std::string header;     ///< Shown on the first line.
  bool shrinkable = true; ///< False for short codes and numbers that must stay whole.
};

/// Rows of text cells under column headers.
class Table {
 public:
  /// A table with these columns.
  explicit Table(std::vector<Column> columns);

  /// Adds a row; missing cells are empty, extra cells are dropped.
  void add_row(std::vector<std::string> cells);

  /// True when no row was added.
  [[nodiscard]] bool empty() const { return rows_.empty(); }

  /// The table, each line starting with `indent`, fitted to `width` columns when given (a
  /// shrinkable column keeps at least `min_column` columns). Two spaces between columns.
  [[nodiscard]] std::string render(std::optional<std::size_t> width, const std::string& indent = "",
                                   std::size_t min_column = 3) const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace rs::cli

#include "cli/table.hpp"

#include <algorithm>
#include <numeric>

#include "util/display_width.hpp"

namespace rs::cli {

namespace {

constexpr std::size_t gap = 2;

void render_line(std::string& out, const std::vector<std::string>& cells, const std::vector<std::size_t>& widths,
                 const std::string& indent) {
  std::string line = indent;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    const auto cell = fit_width(cells[i], widths[i]);
    line += i + 1 == widths.size() ? cell : pad_right(cell, widths[i] + gap);
  }
  while (line.size() > indent.size() && line.back() == ' ') line.pop_back();
  out += line;
  out += '\n';
}

}  // namespace

Table::Table(std::vector<Column> columns) : columns_(std::move(columns)) {}

void Table::add_row(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  rows_.push_back(std::move(cells));
}

std::string Table::render(std::optional<std::size_t> width, const std::string& indent, std::size_t min_column) const {
  std::vector<std::size_t> widths(columns_.size());
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    widths[i] = display_width(columns_[i].header);
    for (const auto& row : rows_) widths[i] = std::max(widths[i], display_width(row[i]));
  }
  if (width) {
    const auto total = [&] {
      return display_width(indent) + std::accumulate(widths.begin(), widths.end(), std::size_t{0}) +
             gap * (widths.empty() ? 0 : widths.size() - 1);
    };
    while (total() > *width) {
      std::size_t widest = widths.size();
      for (std::size_t i = 0; i < widths.size(); ++i) {
        if (columns_[i].shrinkable && widths[i] > min_column && (widest == widths.size() || widths[i] > widths[widest])) {
          widest = i;
        }
      }
      if (widest == widths.size()) break;  // nothing left to shrink: the width is too small
      --widths[widest];
    }
  }
  std::string out;
  std::vector<std::string> headers;
  for (const auto& column : columns_) headers.push_back(column.header);
  render_line(out, headers, widths, indent);
  for (const auto& row : rows_) render_line(out, row, widths, indent);
  return out;
}

}  // namespace rs::cli

#include "util/display_width.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "util/utf8.hpp"

namespace rs {

namespace {

using Range = std::pair<char32_t, char32_t>;

// Combining marks, variation selectors, zero-width joiners and spaces: no column of their own.
constexpr std::array<Range, 14> zero_width = {{
    {0x0300, 0x036f}, {0x0483, 0x0489}, {0x0591, 0x05bd}, {0x0610, 0x061a}, {0x064b, 0x065f},
    {0x0e31, 0x0e3a}, {0x1ab0, 0x1aff}, {0x1dc0, 0x1dff}, {0x200b, 0x200f}, {0x20d0, 0x20ff},
    {0xfe00, 0xfe0f}, {0xfe20, 0xfe2f}, {0xfeff, 0xfeff}, {0xe0100, 0xe01ef},
}};

// East Asian Wide and Fullwidth characters, and emoji presented as pictures.
constexpr std::array<Range, 19> double_width = {{
    {0x1100, 0x115f},   {0x231a, 0x231b},   {0x23e9, 0x23ec},   {0x25fd, 0x25fe},   {0x2614, 0x2615},
    {0x26a1, 0x26a1},   {0x26bd, 0x26be},   {0x2705, 0x2705},   {0x2e80, 0x303e},   {0x3041, 0x33ff},
    {0x3400, 0x4dbf},   {0x4e00, 0x9fff},   {0xa000, 0xa4cf},   {0xac00, 0xd7a3},   {0xf900, 0xfaff},
    {0xfe30, 0xfe4f},   {0xff00, 0xff60},   {0x1f300, 0x1faff}, {0x20000, 0x3fffd},
}};

bool in(const auto& ranges, char32_t code_point) {
  return std::any_of(ranges.begin(), ranges.end(),
                     [&](const Range& range) { return code_point >= range.first && code_point <= range.second; });
}

// The byte length of an ANSI SGR sequence starting at `offset`, or 0.
std::size_t escape_length(std::string_view text, std::size_t offset) {
  if (text[offset] != '\x1b' || offset + 1 >= text.size() || text[offset + 1] != '[') return 0;
  const auto end = text.find('m', offset + 2);
  return end == std::string_view::npos ? 0 : end + 1 - offset;
}

}  // namespace

int code_point_width(char32_t code_point) {
  if (code_point < 0x20 || (code_point >= 0x7f && code_point < 0xa0)) return 0;
  if (in(zero_width, code_point)) return 0;
  if (in(double_width, code_point)) return 2;
  return 1;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t offset = 0; offset < text.size();) {
    if (const auto skip = escape_length(text, offset)) {
      offset += skip;
      continue;
    }
    width += static_cast<std::size_t>(code_point_width(next_code_point(text, offset)));
  }
  return width;
}

std::string fit_width(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return {};
  std::string out;
  std::size_t used = 0;
  for (std::size_t offset = 0; offset < text.size();) {
    const std::size_t start = offset;
    const auto columns = static_cast<std::size_t>(code_point_width(next_code_point(text, offset)));
    if (columns > 0 && used + columns > width - 1) break;  // keep one column for the ellipsis
    used += columns;
    out.append(text.substr(start, offset - start));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "\u2026";
}

std::string pad_right(std::string_view text, std::size_t width) {
  std::string out(text);
  const auto used = display_width(text);
  if (used < width) out.append(width - used, ' ');
  return out;
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const auto word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    if (!line.empty() && display_width(line) + 1 + display_width(word) <= width) {
      line += ' ';
      line += word;
      continue;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    line = fit_width(word, width);
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace rs

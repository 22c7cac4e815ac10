#include "importer/markdown_limits.hpp"

#include <algorithm>
#include <utility>

#include "util/text.hpp"

namespace rs::importer {

namespace {

// Length of the run of container-prefix characters a line starts with: indentation, `>`, list
// bullets and ordered-list numbers. Every open container of a line needs at least one of them.
std::size_t prefix_length(std::string_view line) {
  std::size_t length = 0;
  while (length < line.size()) {
    const char ch = line[length];
    const bool digit = ch >= '0' && ch <= '9';
    if (ch != ' ' && ch != '\t' && ch != '>' && ch != '-' && ch != '*' && ch != '+' && ch != '.' && ch != ')' &&
        !digit) {
      break;
    }
    ++length;
  }
  return length;
}

bool is_blank(std::string_view line) { return trim(line, " \t").empty(); }

// Number of image openers `![` and of `]` in a line.
std::pair<std::size_t, std::size_t> brackets(std::string_view line) {
  std::size_t images = 0;
  std::size_t closes = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == ']') ++closes;
    if (line[i] == '!' && i + 1 < line.size() && line[i + 1] == '[') ++images;
  }
  return {images, closes};
}

}  // namespace

std::optional<MarkdownProblem> find_slow_markdown(std::string_view body) {
  std::size_t link_work = 0;     // sum over chunks of image openers x closing brackets
  std::size_t nesting_work = 0;  // sum over lines of the deepest prefix of their chunk so far
  std::size_t images = 0;
  std::size_t closes = 0;
  std::size_t deepest = 0;
  int chunk_line = 1;
  int line_number = 0;
  std::size_t start = 0;
  while (start < body.size()) {
    const auto end = body.find('\n', start);
    const auto line = body.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    start = end == std::string_view::npos ? body.size() : end + 1;
    ++line_number;
    if (is_blank(line)) {
      images = closes = deepest = 0;
      chunk_line = line_number + 1;
      continue;
    }
    const auto [line_images, line_closes] = brackets(line);
    link_work -= images * closes;  // the chunk's product so far is replaced by its new value
    images += line_images;
    closes += line_closes;
    link_work += images * closes;
    if (link_work > max_markdown_work) {
      return MarkdownProblem{chunk_line,
                             "too many image openers '![' and links in one paragraph for the Markdown parser"};
    }
    deepest = std::max(deepest, prefix_length(line));
    nesting_work += deepest;
    if (nesting_work > max_markdown_work) {
      return MarkdownProblem{line_number,
                             "too many lines under deeply nested lists or block quotes for the Markdown parser"};
    }
  }
  return std::nullopt;
}

}  // namespace rs::importer

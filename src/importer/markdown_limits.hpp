#pragma once
// Guarding cmark-gfm against Markdown it takes quadratic time on. Debian 12 ships cmark-gfm
// 0.29.0.gfm.6, which predates the upstream fixes for two such shapes: a paragraph with many
// unmatched image openers `![` and many links (each link closed walks back over every image
// opener), and a deeply nested list or block quote followed by many lazy continuation lines (each
// line is matched against every open container). Found with hostile inputs while fuzzing
// (docs/fuzzing.md).

#include <optional>
#include <string>
#include <string_view>

namespace rs::importer {

/// Budget for either shape: about a second of cmark-gfm's time; real articles stay below a
/// thousandth of it.
inline constexpr std::size_t max_markdown_work = 10'000'000;

/// Where and why a body is refused.
struct MarkdownProblem {
  int line = 0;         ///< 1-based line in `body` where the budget ran out.
  std::string message;  ///< What the article holds too much of.
};

/// Estimates cmark-gfm's work on the two quadratic shapes in `body` (LF endings): per paragraph
/// (blank-line-separated chunk) the image openers times the `]`, and per line the deepest container
/// prefix (leading `>`, list markers and indentation) seen in its chunk so far. Returns the first
/// place where either total passes max_markdown_work, else nullopt. Linear in the size of `body`.
std::optional<MarkdownProblem> find_slow_markdown(std::string_view body);

}  // namespace rs::importer

#pragma once
// Walking the cmark-gfm tree of an article's body: sections, levels, exercises, their videos and
// columns, directive blocks and coaching tips.

#include <string>
#include <string_view>
#include <vector>

#include "model/parsed_article.hpp"

namespace rs::importer {

/// What the body holds.
struct WalkResult {
  std::vector<model::ParsedLevel> levels;  ///< Ranked in order of appearance.
  std::vector<model::ParsedTip> tips;      ///< Tips of sections that are not levels.
  std::vector<model::Warning> warnings;    ///< No-video headings, non-video links, unclosed blocks ...
};

/// Parses `body` (UTF-8, LF endings) with cmark-gfm and its autolink extension and walks the tree.
/// `first_line` is the file line of the body's first line. Thread-safe.
WalkResult walk_markdown(std::string_view body, int first_line);

}  // namespace rs::importer

#pragma once
// Coaching tips: list items that begin with bold text (`- **Go slow**: Perform ...`).

#include <cmark-gfm.h>

#include <string>
#include <vector>

#include "model/parsed_article.hpp"

namespace rs::importer {

/// Appends the tips of a cmark list node (its items whose first paragraph starts with strong
/// text) to `tips`. `line_offset` turns tree lines into file lines.
void collect_tips(cmark_node* list, const std::string& section, int line_offset, std::vector<model::ParsedTip>& tips);

}  // namespace rs::importer

#include "importer/tips.hpp"

#include "importer/cmark_text.hpp"
#include "util/text.hpp"

namespace rs::importer {

namespace {

// Drops the separator between a tip's title and its text (":", "-", "–").
std::string strip_separator(std::string text) {
  std::string_view view = trim(text);
  for (const std::string_view separator : {std::string_view(":"), std::string_view("\u2013"),
                                           std::string_view("\u2014"), std::string_view("-")}) {
    if (view.substr(0, separator.size()) == separator) {
      view = trim(view.substr(separator.size()));
      break;
    }
  }
  return std::string(view);
}

}  // namespace

void collect_tips(cmark_node* list, const std::string& section, int line_offset, std::vector<model::ParsedTip>& tips) {
  for (cmark_node* item = cmark_node_first_child(list); item != nullptr; item = cmark_node_next(item)) {
    cmark_node* paragraph = cmark_node_first_child(item);
    if (paragraph == nullptr || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH) continue;
    cmark_node* strong = cmark_node_first_child(paragraph);
    if (strong == nullptr || cmark_node_get_type(strong) != CMARK_NODE_STRONG) continue;
    std::string title = plain_text(strong);
    while (!title.empty() && (title.back() == ':' || title.back() == ' ')) title.pop_back();
    if (title.empty()) continue;
    std::string body;
    for (cmark_node* node = cmark_node_next(strong); node != nullptr; node = cmark_node_next(node)) {
      const auto type = cmark_node_get_type(node);
      if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
        body += ' ';
      } else if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
        const char* literal = cmark_node_get_literal(node);
        if (literal != nullptr) body += literal;
      } else {
        body += plain_text(node);
      }
    }
    for (cmark_node* block = cmark_node_next(paragraph); block != nullptr; block = cmark_node_next(block)) {
      const auto more = plain_text(block);
      if (!more.empty()) body += (body.empty() ? "" : " ") + more;
    }
    tips.push_back({section, title, strip_separator(body), cmark_node_get_start_line(item) + line_offset});
  }
}

}  // namespace rs::importer

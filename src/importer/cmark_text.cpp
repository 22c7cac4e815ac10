#include "importer/cmark_text.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm/syntax_extension.h>

#include <algorithm>

#include "importer/video_links.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace rs::importer {

namespace {

struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};

struct IterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

using Iter = std::unique_ptr<cmark_iter, IterDeleter>;

// Calls `visit` with every node under `root` (itself included) in document order, on entering it.
template <class Visit>
void for_each_entered(cmark_node* root, Visit&& visit) {
  Iter iter(cmark_iter_new(root));
  cmark_event_type event = CMARK_EVENT_NONE;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    if (event == CMARK_EVENT_ENTER) visit(cmark_iter_get_node(iter.get()));
  }
}

std::string_view literal(cmark_node* node) {
  const char* text = cmark_node_get_literal(node);
  return text == nullptr ? std::string_view{} : std::string_view(text);
}

// cmark-gfm's inline parser keeps its table of special characters in a process-wide array, and a
// parser with extensions edits it while it finishes: it adds the extensions' characters (autolink's
// ':' and 'w') before parsing inlines and removes them afterwards, so two parses on two threads race
// and lose autolinks. Instead, the autolink characters are made special once and for all (through a
// template parser and cmark-gfm's exported cmark_manage_extensions_special_characters), and every
// parse attaches a copy of the autolink extension that has the same callbacks but no characters of
// its own, so no parse edits the table. The parse results are those of the autolink extension.
cmark_syntax_extension* race_free_autolink() {
  static cmark_syntax_extension* const extension = [] {
    cmark_gfm_core_extensions_ensure_registered();
    cmark_syntax_extension* autolink = cmark_find_syntax_extension("autolink");
    if (autolink == nullptr) throw Error("cmark-gfm has no autolink extension");
    std::unique_ptr<cmark_parser, ParserDeleter> template_parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    cmark_syntax_extension* copy = cmark_syntax_extension_new("autolink");
    if (!template_parser || copy == nullptr) throw Error("out of memory creating the Markdown parser");
    cmark_parser_attach_syntax_extension(template_parser.get(), autolink);
    cmark_manage_extensions_special_characters(template_parser.get(), 1);
    char* name = copy->name;
    *copy = *autolink;  // every callback of the autolink extension
    copy->name = name;
    copy->special_inline_chars = nullptr;
    copy->free_function = nullptr;
    return copy;  // shared by every parse, never freed (like the registered extensions)
  }();
  return extension;
}

// A link's destination. GFM's autolink rule leaves trailing '_' out of a bare URL, but a YouTube id
// may end in '_' (https://youtu.be/abcdefghij_): a bare link followed at once by underscores gets
// them back when the longer URL is a recognised video.
std::string link_url(cmark_node* link) {
  const char* url = cmark_node_get_url(link);
  std::string result = url == nullptr ? std::string() : std::string(url);
  cmark_node* label = cmark_node_first_child(link);
  cmark_node* next = cmark_node_next(link);
  if (label == nullptr || next == nullptr || cmark_node_get_type(label) != CMARK_NODE_TEXT ||
      cmark_node_get_type(next) != CMARK_NODE_TEXT || !result.ends_with(literal(label))) {
    return result;  // not a bare URL, or nothing follows it
  }
  const auto tail = literal(next);
  const auto underscores = std::min(tail.find_first_not_of('_'), tail.size());
  if (underscores == 0) return result;
  std::string longer = result + std::string(underscores, '_');
  return recognise_video(longer) ? longer : result;
}

}  // namespace

CmarkDocument parse_gfm(std::string_view markdown) {
  cmark_syntax_extension* autolink = race_free_autolink();
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  if (!parser) throw Error("out of memory creating the Markdown parser");
  cmark_parser_attach_syntax_extension(parser.get(), autolink);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  CmarkDocument document(cmark_parser_finish(parser.get()));
  if (!document) throw Error("out of memory parsing Markdown");
  return document;
}

std::string plain_text(cmark_node* node) {
  std::string text;
  for_each_entered(node, [&](cmark_node* current) {
    switch (cmark_node_get_type(current)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        text += literal(current);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        text += ' ';
        break;
      case CMARK_NODE_PARAGRAPH:
        if (!text.empty()) text += ' ';
        break;
      default:
        break;
    }
  });
  return std::string(trim(text));
}

std::vector<FoundLink> links_in(cmark_node* node) {
  std::vector<FoundLink> links;
  for_each_entered(node, [&](cmark_node* current) {
    if (cmark_node_get_type(current) == CMARK_NODE_LINK) {
      links.push_back({link_url(current), cmark_node_get_start_line(current)});
    }
  });
  return links;
}

std::vector<ParagraphLine> paragraph_lines(cmark_node* paragraph) {
  std::vector<ParagraphLine> lines(1);
  lines.back().line = cmark_node_get_start_line(paragraph);
  for_each_entered(paragraph, [&](cmark_node* current) {
    switch (cmark_node_get_type(current)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_HTML_INLINE:
        lines.back().text += literal(current);
        break;
      case CMARK_NODE_LINK: {
        lines.back().urls.push_back(link_url(current));
        break;
      }
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK: {
        const int next = lines.back().line + 1;
        lines.emplace_back();
        lines.back().line = next;
        break;
      }
      default:
        break;
    }
  });
  return lines;
}

}  // namespace rs::importer

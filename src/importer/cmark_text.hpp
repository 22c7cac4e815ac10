#pragma once
// Small helpers over cmark-gfm nodes: an owning document, plain text and links of a subtree.

#include <cmark-gfm.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rs::importer {

/// Frees a cmark node tree.
struct CmarkNodeDeleter {
  /// Calls cmark_node_free.
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};

/// An owned document tree.
using CmarkDocument = std::unique_ptr<cmark_node, CmarkNodeDeleter>;

/// Parses Markdown with the GFM autolink extension attached. Thread-safe, and parses run in
/// parallel: no parse edits cmark-gfm's global table of special characters (see cmark_text.cpp).
CmarkDocument parse_gfm(std::string_view markdown);

/// A link found in a subtree.
struct FoundLink {
  std::string url;  ///< Destination as written.
  int line = 0;     ///< Line in the Markdown given to parse_gfm (1-based).
};

/// Text of a subtree (text, code, soft breaks as spaces), whitespace-trimmed.
std::string plain_text(cmark_node* node);

/// Every link of a subtree, in document order (walked with cmark_iter).
std::vector<FoundLink> links_in(cmark_node* node);

/// The text lines of a paragraph (split at soft and hard breaks), with the links found on each.
struct ParagraphLine {
  std::string text;              ///< Plain text of the line.
  int line = 0;                  ///< 1-based line.
  std::vector<std::string> urls; ///< Link destinations on this line.
};

/// Splits a paragraph into lines (walked with cmark_iter).
std::vector<ParagraphLine> paragraph_lines(cmark_node* paragraph);

}  // namespace rs::importer

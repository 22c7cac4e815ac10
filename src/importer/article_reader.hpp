#pragma once
// The article reader: bytes and a file name in, a model::ParsedArticle out. Pure (no database, no
// globals), thread-safe, so it can be fuzzed and run on several threads.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "importer/article_error.hpp"
#include "model/parsed_article.hpp"

namespace rs::importer {

/// Largest article file the importer reads (documented in docs/import.md and docs/reliability.md).
/// It also bounds memory: cmark-gfm allocates up to ~230 bytes per input byte on adversarial input
/// (one node per nested quote or bracket), so 1 MiB keeps the worst case near 250 MB, while real
/// articles are 5 to 50 KB.
inline constexpr std::size_t max_article_bytes = 1024 * 1024;

/// The error detail for a file of `size` bytes over max_article_bytes.
inline std::string oversize_detail(std::uintmax_t size) {
  return "file is " + std::to_string(size) + " bytes, over the 1 MiB limit for an article";
}

/// Reads one article. `file_name` is used in messages and, when the front matter has no slug, for
/// the slug (its stem). Throws ArticleError (an rs::Error naming the file and line) for files over
/// max_article_bytes, binary content (a NUL byte), invalid UTF-8 (with the byte offset), missing or
/// unclosed front matter, YAML syntax errors, a missing title and fields of the wrong type.
model::ParsedArticle read_article(std::string_view bytes, const std::string& file_name);

/// A page of a coach's site that read_article refused with `error` for having no front matter, or
/// front matter without a title: when its body holds no exercises it is simply not a strength
/// article, returned with no levels and no tips (slug from the file name) for the import to skip.
/// nullopt for any other error, or when the body has exercises (then the error stands).
std::optional<model::ParsedArticle> read_site_page(std::string_view bytes, const std::string& file_name,
                                                   const ArticleError& error);

/// `bytes` without a leading UTF-8 byte-order mark, with CRLF and lone CR line endings made LF.
std::string normalize_text(std::string_view bytes);

}  // namespace rs::importer

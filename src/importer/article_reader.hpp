#pragma once
// The article reader: bytes and a file name in, a ParsedArticle out. Pure (no database, no
// globals), thread-safe, so it can be fuzzed and run on several threads.

#include <string>
#include <string_view>

#include "importer/parsed_article.hpp"

namespace rs::importer {

/// Reads one article. `file_name` is used in messages and, when the front matter has no slug, for
/// the slug (its stem). Throws ArticleError (an rs::Error naming the file and line) for files over
/// max_article_bytes, binary content (a NUL byte), invalid UTF-8 (with the byte offset), missing or
/// unclosed front matter, YAML syntax errors, a missing title and fields of the wrong type.
ParsedArticle read_article(std::string_view bytes, const std::string& file_name);

/// `bytes` without a leading UTF-8 byte-order mark, with CRLF and lone CR line endings made LF.
std::string normalize_text(std::string_view bytes);

}  // namespace rs::importer

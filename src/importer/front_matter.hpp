#pragma once
// The YAML front matter of an article: splitting it from the body, parsing it into JSON (simple
// shapes by a fast reader, the rest by yaml-cpp), and checking the types of the site's known fields.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/parsed_article.hpp"

namespace rs::importer {

/// An article's text split at its front matter. `text` must already be BOM-free with LF endings.
struct SplitArticle {
  std::string_view yaml;  ///< Between the `---` lines.
  std::string_view body;  ///< After the closing `---` line.
  int body_line = 1;      ///< File line of the body's first line.
};

/// The error detail when the first line is not `---`.
inline constexpr std::string_view no_front_matter_detail = "no front matter: the file must start with a '---' line";
/// The error detail when the front matter has no (non-empty) `title`.
inline constexpr std::string_view no_title_detail = "front matter has no 'title'";

/// Splits front matter from body. Throws ArticleError when the first line is not `---` or no
/// closing `---` line follows.
SplitArticle split_front_matter(std::string_view text, const std::string& file);

/// The known fields, checked.
struct FrontMatter {
  nlohmann::ordered_json json = nlohmann::ordered_json::object();  ///< Every key, unknown ones too.
  std::string title;                                               ///< Required, non-empty.
  std::optional<std::string> slug;                                 ///< When given and not null.
  std::optional<std::string> description;                          ///< When given and not null.
  std::optional<std::string> published_date;                       ///< As written, checked to be a date or date-time.
  bool draft = false;                                              ///< `draft: true`.
  std::vector<model::Warning> warnings;  ///< E.g. a link field with a non-http scheme, dropped.
};

/// Parses and checks the front matter (which starts on file line 2). Throws ArticleError naming the
/// line for YAML syntax errors, a missing title and a field of the wrong type (naming the field).
/// Front matter of the simple shape (importer/simple_yaml.hpp) with nothing to report is read
/// without yaml-cpp; the result is the same.
FrontMatter parse_front_matter(std::string_view yaml, const std::string& file);

/// parse_front_matter always through yaml-cpp: the reference the fast reader is tested against.
FrontMatter parse_front_matter_with_yaml_cpp(std::string_view yaml, const std::string& file);

/// True for `YYYY-MM-DD`, and for date-times `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]` (also with a
/// space instead of `T`) with a real calendar day and time.
bool is_date_or_date_time(std::string_view text);

}  // namespace rs::importer

#pragma once
// What the article reader extracts from one Markdown file, before anything touches the library.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/library.hpp"

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

/// A problem that did not stop the article from being read.
struct Warning {
  int line = 0;         ///< 1-based line in the file; 0 when unknown.
  std::string message;  ///< Human-readable, without the "path:line: warning: " prefix.
};

/// A `###` heading in a level.
struct ParsedExercise {
  std::string name;                   ///< Heading text.
  std::string slug;                   ///< Slug of the name, unique within the article.
  int column = 1;                     ///< Column of its :::columns grid (1 outside grids).
  int position = 1;                   ///< 1-based order within the level.
  int line = 0;                       ///< Line of the heading.
  std::optional<model::Video> video;  ///< First recognised video under the heading.
};

/// A section holding at least one exercise.
struct ParsedLevel {
  std::string name;                       ///< Heading text without number and "Exercises N –" prefix.
  std::string slug;                       ///< Slug of the name, unique within the article.
  int rank = 0;                           ///< 0, 1, 2 ... in order of appearance.
  int line = 0;                           ///< Line of the `##` heading.
  std::vector<ParsedExercise> exercises;  ///< In order of appearance.
};

/// A coaching tip: a list item starting with bold text, in a section that is not a level.
struct ParsedTip {
  std::string section;  ///< Section name ("" before the first `##`).
  std::string title;    ///< The bold text, without a trailing colon.
  std::string body;     ///< The rest of the item as plain text.
  int line = 0;         ///< Line of the list item.
};

/// One article, read.
struct ParsedArticle {
  std::string file_name;                      ///< As given to the reader (used in messages).
  nlohmann::ordered_json front_matter;        ///< The whole front matter as a JSON object.
  std::string title;                          ///< Front matter `title`.
  std::string slug;                           ///< Front matter `slug`, else from the file name.
  std::optional<std::string> description;     ///< Front matter `description`.
  std::optional<std::string> published_date;  ///< As written: YYYY-MM-DD or a date-time.
  bool draft = false;                         ///< Front matter `draft`.
  std::vector<ParsedLevel> levels;            ///< Ranked 0, 1, 2 ...
  std::vector<ParsedTip> tips;                ///< In order of appearance.
  std::vector<Warning> warnings;              ///< Everything worth telling the coach.

  /// Number of exercises over all levels.
  [[nodiscard]] std::size_t exercise_count() const;
  /// Number of distinct videos over all exercises.
  [[nodiscard]] std::size_t video_count() const;
};

}  // namespace rs::importer

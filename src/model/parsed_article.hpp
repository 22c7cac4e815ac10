#pragma once
// What the article reader extracts from one Markdown file, before anything touches the library.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "model/library.hpp"

namespace rs::model {

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
  std::optional<Video> video;  ///< First recognised video under the heading.
};

/// A section holding at least one exercise.
struct ParsedLevel {
  std::string name;                       ///< Heading text without number and "Exercises N –" prefix.
  std::string slug;                       ///< Slug of the name, unique within the article.
  int rank = 0;                           ///< 0, 1, 2 ... in order of appearance.
  int global_rank = -1;                   ///< Rank in the global order of levels (set by the import; -1: rank).
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

}  // namespace rs::model

#pragma once
// Reading articles and levels for `runstrength articles` and `runstrength levels`.

#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace rs::store {

/// An article with how much it holds.
struct ArticleSummary {
  std::string slug;                           ///< Identity.
  std::string title;                          ///< Front matter title.
  std::optional<std::string> published_date;  ///< As written.
  std::string source_path;                    ///< File it came from.
  std::string updated_at;                     ///< Last import that changed it (UTC).
  int levels = 0;                             ///< Levels.
  int exercises = 0;                          ///< Exercises.
  int tips = 0;                               ///< Tips.
};

/// A level with its exercise count.
struct LevelSummary {
  std::string article_slug;  ///< Owning article.
  std::string slug;          ///< Level slug.
  std::string name;          ///< Level name.
  int rank = 0;              ///< Global rank (content/levels.yaml: 0 = basics).
  int exercises = 0;         ///< Exercises in it.
};

/// Articles ordered by slug.
std::vector<ArticleSummary> list_articles(Database& db);

/// Levels ordered by article slug and global rank.
std::vector<LevelSummary> list_levels(Database& db);

}  // namespace rs::store

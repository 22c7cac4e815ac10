#pragma once
// Reading the exercise library: exercises with level, video and attributes, and coaching tips.
// Used by the browsing commands and by the planner.

#include <optional>
#include <string>
#include <vector>

#include "model/library.hpp"
#include "store/database.hpp"

namespace rs::store {

/// Narrows list_exercises; empty fields match everything.
struct ExerciseFilter {
  std::optional<std::string> article;  ///< Article slug.
  std::optional<std::string> level;    ///< Level slug.
};

/// Exercises ordered by article slug, level rank, column, position. Exercises whose name has no
/// row in name_attributes carry default attributes with source "default".
std::vector<model::Exercise> list_exercises(Database& db, const ExerciseFilter& filter = {});

/// One exercise per distinct slug: the occurrence stored first (lowest id), with its level, video
/// and attributes; ordered as list_exercises. Costs one index seek per distinct exercise, so a
/// library that repeats the same exercises in thousands of articles reads as fast as a small one.
std::vector<model::Exercise> list_distinct_exercises(Database& db);

/// Coaching tips of the strength articles (those with exercises), by article slug and position.
std::vector<model::Tip> list_tips(Database& db);

/// What the planner reads from the library.
struct LibraryContent {
  std::vector<model::Exercise> exercises;  ///< As list_distinct_exercises(db).
  std::vector<model::Tip> tips;            ///< list_tips(db), at most the first tip_limit of each article.
};

/// The planner's view of the library, read in one read transaction so exercises and tips come
/// from the same state even while an import is committing articles. A plan needs at most one tip
/// per session (planner::tips_needed), drawn from the articles of the session's exercises: reading
/// only that many of each article, and only of the articles the distinct exercises come from,
/// bounds what `plan` reads.
LibraryContent read_plan_library(Database& db, std::size_t tip_limit);

}  // namespace rs::store

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

/// Exercises ordered by article slug, level rank, column, position. Exercises without a row in
/// exercise_attributes carry default attributes with source "default".
std::vector<model::Exercise> list_exercises(Database& db, const ExerciseFilter& filter = {});

/// Coaching tips ordered by article slug and position.
std::vector<model::Tip> list_tips(Database& db);

/// Every exercise and tip, as the planner needs them.
struct LibraryContent {
  std::vector<model::Exercise> exercises;  ///< As list_exercises(db).
  std::vector<model::Tip> tips;            ///< As list_tips(db).
};

/// Exercises and tips read in one read transaction: both come from the same state of the library,
/// even while an import is committing articles.
LibraryContent read_library_content(Database& db);

}  // namespace rs::store

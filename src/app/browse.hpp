#pragma once
// Browsing the library (`runstrength exercises`, `show`): filters checked against what the library
// and the attribute vocabulary know, with "did you mean ...?" for a mistyped value, and exercises
// found by slug, name, or an alias from content/exercises.yaml.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/library.hpp"
#include "store/database.hpp"

namespace rs::app {

/// The filters of `runstrength exercises`; unset fields match everything.
struct ExerciseQuery {
  std::optional<std::string> article;    ///< Article slug.
  std::optional<std::string> level;      ///< Level slug.
  std::optional<std::string> area;       ///< Body area (vocabulary of docs/attributes.md).
  std::optional<std::string> equipment;  ///< Equipment name, or "bodyweight" for none.
};

/// What `runstrength exercises` shows.
struct ExerciseListing {
  std::vector<model::Exercise> exercises;  ///< The matches, in library order.
  bool library_empty = false;              ///< The library has no exercises at all.
  std::string filters;                     ///< The filters given, as typed ("--area core --level x").
};

/// The exercises matching `query`. Throws rs::Error (usage) for a filter value that names nothing
/// the library or the vocabulary knows, with the closest known value when there is one.
ExerciseListing find_exercises(store::Database& db, const ExerciseQuery& query);

/// The exercises called `name`: by slug, by name (case and spelling variants ignored), or by an
/// alias of `content_dir`/exercises.yaml. Throws rs::Error (usage) when none is, suggesting the
/// closest exercise name.
std::vector<model::Exercise> find_exercise(store::Database& db, const std::filesystem::path& content_dir,
                                           std::string_view name);

/// The slugs of the library's exercises, each once (for completions).
std::vector<std::string> exercise_names(store::Database& db);

}  // namespace rs::app

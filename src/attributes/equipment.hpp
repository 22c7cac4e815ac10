#pragma once
// A runner's equipment, and whether an exercise can be done with it. Used by the planner.
//
//   auto kit = parse_equipment("home");            // or "gym", or "weight,step"
//   auto fit = fit_exercise(exercise.attributes, kit);
//   if (fit.usability == Usability::with_substitute) note(fit.substitute_text);

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/library.hpp"
#include "model/plan.hpp"

namespace rs::attributes {

/// What a runner has. Home substitutes (a rucksack of books, the stairs...) are always available.
struct EquipmentSet {
  std::string spec;             ///< As given, e.g. "home", "gym", "weight,step".
  std::set<std::string> items;  ///< Equipment owned (names from the vocabulary); empty = bodyweight.
  /// True when `name` is owned.
  [[nodiscard]] bool has(const std::string& name) const { return items.count(name) > 0; }
};

/// The kit of a schedule's equipment choice: `items` (vocabulary names) on top of nothing for home
/// and custom, everything for gym. `spec` is the choice's name.
EquipmentSet equipment_kit(model::EquipmentChoice choice, const std::vector<std::string>& items = {});

/// Parses "home" (bodyweight plus home substitutes: the default), "gym" (everything), or a comma-
/// separated list of vocabulary names ("weight,step"; spaces ignored; "home" inside a list adds
/// nothing). Throws rs::Error (usage) naming an unknown name and listing the valid ones.
EquipmentSet parse_equipment(std::string_view spec);

/// How an exercise fits a runner's equipment.
enum class Usability {
  as_is,            ///< The runner has everything the exercise needs (or it is bodyweight).
  with_substitute,  ///< Missing equipment all has home substitutes: see substitute_text.
  not_usable,       ///< Some missing equipment has no substitute: leave the exercise out.
};

/// The verdict of fit_exercise.
struct EquipmentFit {
  Usability usability = Usability::as_is;  ///< The verdict.
  std::vector<std::string> missing;        ///< Needed equipment the runner lacks, vocabulary order.
  std::string substitute_text;             ///< with_substitute: "use a rucksack filled with books instead of weight".
};

/// Decides whether the exercise with `attributes` can be done with `kit`.
EquipmentFit fit_exercise(const model::ExerciseAttributes& attributes, const EquipmentSet& kit);

}  // namespace rs::attributes

#pragma once
// What the runner can do with the equipment they have: a thin planner view of
// attributes::fit_exercise (`home` = bodyweight plus the home substitutes, `gym` = everything, or an
// explicit list; docs/planner.md, "Equipment").

#include <optional>
#include <string>

#include "model/library.hpp"
#include "model/plan.hpp"

namespace rs::planner {

/// How an exercise can be done by this runner.
struct Availability {
  bool available = false;                 ///< False: left out of the plan.
  std::optional<std::string> substitute;  ///< Home substitute(s) used for missing equipment.
};

/// Whether `exercise` can be done with the schedule's equipment, and with which substitute.
Availability equipment_availability(const model::Exercise& exercise, const model::Schedule& schedule);

/// True when the exercise needs `item` (e.g. "weight") even if a substitute would replace it.
bool needs_equipment(const model::Exercise& exercise, const std::string& item);

}  // namespace rs::planner

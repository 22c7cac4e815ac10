#include "planner/equipment.hpp"

#include <algorithm>

#include "attributes/equipment.hpp"

namespace rs::planner {

Availability equipment_availability(const model::Exercise& exercise, const model::Schedule& schedule) {
  const auto kit = attributes::equipment_kit(schedule.equipment_choice, schedule.equipment);
  const auto fit = attributes::fit_exercise(exercise.attributes, kit);
  switch (fit.usability) {
    case attributes::Usability::not_usable: return {false, std::nullopt};
    case attributes::Usability::with_substitute: return {true, fit.substitute_text};
    case attributes::Usability::as_is: break;
  }
  return {true, std::nullopt};
}

bool needs_equipment(const model::Exercise& exercise, const std::string& item) {
  const auto& equipment = exercise.attributes.equipment;
  return std::find(equipment.begin(), equipment.end(), item) != equipment.end();
}

}  // namespace rs::planner

#include "planner/equipment.hpp"

#include <algorithm>

namespace rs::planner {

namespace {

bool runner_has(const model::Schedule& schedule, const std::string& item) {
  if (schedule.equipment_name == "gym") return true;
  return std::find(schedule.equipment.begin(), schedule.equipment.end(), item) != schedule.equipment.end();
}

}  // namespace

Availability equipment_availability(const model::Exercise& exercise, const model::Schedule& schedule) {
  Availability result{true, std::nullopt};
  std::string substitutes;
  for (const auto& item : exercise.attributes.equipment) {
    if (runner_has(schedule, item)) continue;
    const auto found = exercise.attributes.substitutes.find(item);
    if (found == exercise.attributes.substitutes.end() || found->second.empty()) return {false, std::nullopt};
    if (!substitutes.empty()) substitutes += "; ";
    substitutes += found->second + " (instead of " + item + ")";
  }
  if (!substitutes.empty()) result.substitute = substitutes;
  return result;
}

bool needs_equipment(const model::Exercise& exercise, const std::string& item) {
  const auto& equipment = exercise.attributes.equipment;
  return std::find(equipment.begin(), equipment.end(), item) != equipment.end();
}

}  // namespace rs::planner

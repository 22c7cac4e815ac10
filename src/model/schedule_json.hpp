#pragma once
// The runner's schedule as JSON: how a saved plan keeps the schedule it was built from.

#include <nlohmann/json.hpp>

#include "model/plan.hpp"

namespace rs::model {

/// {"start", "race", "experience", "sessions", "minutes", "time", "timezone", "equipment_set",
///  "equipment": [...], "week": {"mon": "rest", ...}}.
nlohmann::ordered_json schedule_to_json(const Schedule& schedule);

/// [{"date", "distance_km": number|null, "priority": "A"|"B"|"C"}]: the races of a schedule.
nlohmann::ordered_json races_to_json(const std::vector<Race>& races);

/// Parses schedule_to_json's form; throws rs::Error naming the field that is wrong.
Schedule schedule_from_json(const nlohmann::json& json);

}  // namespace rs::model

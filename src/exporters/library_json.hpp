#pragma once
// The library's exercises as JSON and as short text, shared by `runstrength exercises`, `show`
// and other exporters (docs/library-json.md).

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "model/library.hpp"

namespace rs::exporters {

/// One exercise: slug, name, article, level, level_name, level_rank, column, position, video,
/// areas, kind, dose, equipment, substitutes, attributes_source.
nlohmann::ordered_json exercise_to_json(const model::Exercise& exercise);

/// A JSON array of exercise_to_json, in the given order.
nlohmann::ordered_json exercises_to_json(const std::vector<model::Exercise>& exercises);

/// A dose as text: "2 x 10", "2 x 30 s", with " each side" for one-sided moves.
std::string dose_text(const model::Dose& dose);

/// Equipment as text: "bodyweight" when none, else the items joined by ", ".
std::string equipment_text(const std::vector<std::string>& equipment);

/// True when the exercise works `area` (exact area name).
bool works_area(const model::Exercise& exercise, const std::string& area);

/// True when the exercise needs `name`; "bodyweight" matches exercises that need nothing.
bool uses_equipment(const model::Exercise& exercise, const std::string& name);

}  // namespace rs::exporters

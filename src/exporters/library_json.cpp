#include "exporters/library_json.hpp"

#include <algorithm>

#include "model/library_json.hpp"

namespace rs::exporters {

nlohmann::ordered_json exercise_to_json(const model::Exercise& exercise) {
  nlohmann::ordered_json json;
  json["slug"] = exercise.slug;
  json["name"] = exercise.name;
  json["article"] = exercise.article_slug;
  json["level"] = exercise.level_slug;
  json["level_name"] = exercise.level_name;
  json["level_rank"] = exercise.level_rank;
  json["column"] = exercise.column;
  json["position"] = exercise.position;
  json["video"] = model::video_to_json(exercise.video);
  const auto& attributes = exercise.attributes;
  json["areas"] = attributes.areas;
  json["kind"] = std::string(to_string(attributes.kind));
  json["dose"] = model::dose_to_json(attributes.dose);
  json["equipment"] = attributes.equipment;
  json["substitutes"] = nlohmann::ordered_json::object();
  for (const auto& [equipment, substitute] : attributes.substitutes) json["substitutes"][equipment] = substitute;
  json["attributes_source"] = std::string(to_string(attributes.source));
  return json;
}

nlohmann::ordered_json exercises_to_json(const std::vector<model::Exercise>& exercises) {
  auto array = nlohmann::ordered_json::array();
  for (const auto& exercise : exercises) array.push_back(exercise_to_json(exercise));
  return array;
}

std::string dose_text(const model::Dose& dose) {
  std::string text = std::to_string(dose.sets) + " x ";
  text += dose.type == model::DoseType::reps ? std::to_string(dose.reps) : std::to_string(dose.seconds) + " s";
  if (dose.per_side) text += " each side";
  return text;
}

std::string equipment_text(const std::vector<std::string>& equipment) {
  if (equipment.empty()) return "bodyweight";
  std::string text;
  for (const auto& item : equipment) text += (text.empty() ? "" : ", ") + item;
  return text;
}

bool works_area(const model::Exercise& exercise, const std::string& area) {
  const auto& areas = exercise.attributes.areas;
  return std::find(areas.begin(), areas.end(), area) != areas.end();
}

bool uses_equipment(const model::Exercise& exercise, const std::string& name) {
  const auto& equipment = exercise.attributes.equipment;
  if (name == "bodyweight") return equipment.empty();
  return std::find(equipment.begin(), equipment.end(), name) != equipment.end();
}

}  // namespace rs::exporters

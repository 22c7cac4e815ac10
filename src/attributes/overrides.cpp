#include "attributes/overrides.hpp"

#include <algorithm>

#include "attributes/vocabulary.hpp"

namespace rs::attributes {

namespace {

constexpr int max_sets = 10;
constexpr int max_reps = 100;
constexpr int max_seconds = 600;

bool is_slug(const std::string& text) {
  if (text.empty() || text.front() == '-' || text.back() == '-') return false;
  for (const char c : text) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return text.find("--") == std::string::npos;
}

model::Dose parse_dose(const YamlFile& file, const YAML::Node& node, const std::string& field) {
  expect_map(file, node, field);
  check_keys(file, node, field, {"type", "sets", "reps", "seconds", "per_side"});
  model::Dose dose;
  const auto type = node["type"];
  if (!type) fail_at(file, node, field, "needs a 'type' (reps or hold)");
  const auto text = as_string(file, type, field + ".type");
  if (text != "reps" && text != "hold")
    fail_at(file, type, field + ".type", "must be reps or hold, not '" + text + "'");
  dose.type = text == "reps" ? model::DoseType::reps : model::DoseType::hold;
  if (const auto sets = node["sets"]) dose.sets = as_int(file, sets, field + ".sets", 1, max_sets);
  if (dose.type == model::DoseType::reps) {
    if (node["seconds"]) fail_at(file, node["seconds"], field + ".seconds", "a reps dose has no seconds");
    if (const auto reps = node["reps"]) dose.reps = as_int(file, reps, field + ".reps", 1, max_reps);
  } else {
    if (node["reps"]) fail_at(file, node["reps"], field + ".reps", "a hold dose has no reps");
    dose.reps = 0;
    dose.seconds = 30;
    if (const auto seconds = node["seconds"]) dose.seconds = as_int(file, seconds, field + ".seconds", 1, max_seconds);
  }
  if (const auto per_side = node["per_side"]) dose.per_side = as_bool(file, per_side, field + ".per_side");
  return dose;
}

model::ExerciseAttributes parse_entry(const YamlFile& file, const std::string& slug, const YAML::Node& node,
                                      const Taxonomy& taxonomy) {
  const std::string field = "exercises." + slug;
  expect_map(file, node, field);
  check_keys(file, node, field, {"aliases", "areas", "kind", "dose", "equipment", "substitutes"});
  model::ExerciseAttributes attributes;
  const auto areas = node["areas"];
  if (!areas) fail_at(file, node, field, "needs 'areas'");
  attributes.areas = as_string_list(file, areas, field + ".areas");
  if (attributes.areas.empty()) fail_at(file, areas, field + ".areas", "needs at least one area");
  for (const auto& area : attributes.areas)
    check_in(attributes::areas(), area, "area", where(file, areas, field + ".areas"));
  const auto kind = node["kind"];
  if (!kind) fail_at(file, node, field, "needs 'kind'");
  attributes.kind = checked_kind(as_string(file, kind, field + ".kind"), where(file, kind, field + ".kind"));
  const auto dose = node["dose"];
  if (!dose) fail_at(file, node, field, "needs 'dose'");
  attributes.dose = parse_dose(file, dose, field + ".dose");
  if (const auto equipment = node["equipment"]) {
    attributes.equipment = as_string_list(file, equipment, field + ".equipment");
    for (const auto& name : attributes.equipment) {
      check_in(equipment_names(), name, "equipment", where(file, equipment, field + ".equipment"));
    }
  }
  canonical_order(attributes::areas(), attributes.areas);
  canonical_order(equipment_names(), attributes.equipment);
  for (const auto& name : attributes.equipment) {
    const auto substitute = taxonomy.substitutes.find(name);
    if (substitute != taxonomy.substitutes.end()) attributes.substitutes[name] = substitute->second;
  }
  const auto substitutes = node["substitutes"];
  expect_map(file, substitutes, field + ".substitutes", true);
  if (substitutes && !substitutes.IsNull()) {
    for (const auto& entry : substitutes) {
      const auto name = as_string(file, entry.first, field + ".substitutes");
      const auto sub_field = field + ".substitutes." + name;
      if (std::find(attributes.equipment.begin(), attributes.equipment.end(), name) == attributes.equipment.end()) {
        fail_at(file, entry.first, sub_field, "'" + name + "' is not in this entry's equipment");
      }
      if (entry.second.IsNull()) {
        attributes.substitutes.erase(name);  // `~`: no substitute for this exercise
      } else {
        const auto text = as_string(file, entry.second, sub_field);
        if (text.empty()) fail_at(file, entry.second, sub_field, "must not be empty (write ~ for no substitute)");
        attributes.substitutes[name] = text;
      }
    }
  }
  attributes.source = AttributeSource::overridden;
  return attributes;
}

void claim(const YamlFile& file, const YAML::Node& at, Overrides& overrides, std::map<std::string, int>& lines,
           const std::string& key, const model::ExerciseAttributes& attributes, const std::string& what) {
  if (key.empty()) fail_at(file, at, what, "has no words to match");
  const int line = at.Mark().line + 1;
  const auto [existing, inserted] = lines.emplace(key, line);
  if (!inserted && overrides.at(key) != attributes) {
    fail_at(file, at, what,
            "names the same exercise as the entry at line " + std::to_string(existing->second) + " ('" + key + "')");
  }
  overrides[key] = attributes;
}

}  // namespace

Overrides parse_overrides(const YamlFile& file, const Taxonomy& taxonomy) {
  Overrides overrides;
  if (!file.root || file.root.IsNull()) return overrides;
  expect_map(file, file.root, "exercises.yaml");
  check_keys(file, file.root, "exercises.yaml", {"exercises"});
  const auto entries = file.root["exercises"];
  expect_map(file, entries, "exercises", true);
  if (!entries || entries.IsNull()) return overrides;
  std::map<std::string, int> lines;
  for (const auto& entry : entries) {
    const auto slug = as_string(file, entry.first, "exercises");
    if (!is_slug(slug)) {
      fail_at(file, entry.first, "exercises." + slug, "a key must be an exercise slug (lower-case words joined by -)");
    }
    const auto attributes = parse_entry(file, slug, entry.second, taxonomy);
    claim(file, entry.first, overrides, lines, normalised_key(slug, taxonomy.spelling), attributes,
          "exercises." + slug);
    const auto aliases = entry.second["aliases"];
    for (const auto& alias : as_string_list(file, aliases, "exercises." + slug + ".aliases")) {
      claim(file, aliases, overrides, lines, normalised_key(alias, taxonomy.spelling), attributes,
            "exercises." + slug + ".aliases");
    }
  }
  return overrides;
}

}  // namespace rs::attributes

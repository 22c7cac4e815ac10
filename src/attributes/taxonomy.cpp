#include "attributes/taxonomy.hpp"

#include <algorithm>

#include "attributes/vocabulary.hpp"

namespace rs::attributes {

namespace {

/// Dose bounds shared with exercises.yaml (docs/attributes.md).
constexpr int max_sets = 10;
constexpr int max_reps = 100;
constexpr int max_seconds = 600;

std::vector<std::vector<std::string>> parse_phrases(const YamlFile& file, const YAML::Node& node,
                                                    std::string_view field, const SpellingFixes& spelling) {
  std::vector<std::vector<std::string>> phrases;
  for (const auto& text : as_string_list(file, node, field)) {
    auto words = normalise_words(text, spelling);
    if (words.empty()) fail_at(file, node, field, "'" + text + "' has no words to match");
    phrases.push_back(std::move(words));
  }
  return phrases;
}

SpellingFixes parse_spelling(const YamlFile& file, const YAML::Node& node) {
  SpellingFixes spelling;
  expect_map(file, node, "spelling", true);
  if (!node || node.IsNull()) return spelling;
  for (const auto& entry : node) {
    const auto from = normalise_words(as_string(file, entry.first, "spelling"), {});
    const auto to = normalise_words(as_string(file, entry.second, "spelling"), {});
    if (from.size() != 1) fail_at(file, entry.first, "spelling", "a spelling fix replaces exactly one word");
    if (to.empty()) fail_at(file, entry.second, "spelling", "a spelling fix needs at least one word");
    spelling[from.front()] = to;
  }
  return spelling;
}

std::map<std::string, std::string> parse_substitutes(const YamlFile& file, const YAML::Node& node) {
  std::map<std::string, std::string> substitutes;
  expect_map(file, node, "substitutes", true);
  if (!node || node.IsNull()) return substitutes;
  for (const auto& entry : node) {
    const auto name = as_string(file, entry.first, "substitutes");
    check_in(equipment_names(), name, "equipment", where(file, entry.first, "substitutes"));
    const auto text = as_string(file, entry.second, "substitutes." + name);
    if (text.empty()) fail_at(file, entry.second, "substitutes." + name, "must not be empty");
    substitutes[name] = text;
  }
  return substitutes;
}

void parse_rule_dose(const YamlFile& file, const YAML::Node& node, TaxonomyRule& rule) {
  expect_map(file, node, "dose");
  check_keys(file, node, "dose", {"type", "sets", "reps", "seconds"});
  if (const auto type = node["type"]) {
    const auto text = as_string(file, type, "dose.type");
    if (text != "reps" && text != "hold") fail_at(file, type, "dose.type", "must be reps or hold, not '" + text + "'");
    rule.dose_type = text == "reps" ? model::DoseType::reps : model::DoseType::hold;
  }
  if (const auto sets = node["sets"]) rule.sets = as_int(file, sets, "dose.sets", 1, max_sets);
  if (const auto reps = node["reps"]) rule.reps = as_int(file, reps, "dose.reps", 1, max_reps);
  if (const auto seconds = node["seconds"]) rule.seconds = as_int(file, seconds, "dose.seconds", 1, max_seconds);
}

TaxonomyRule parse_rule(const YamlFile& file, const YAML::Node& node, const SpellingFixes& spelling) {
  expect_map(file, node, "rules[]");
  check_keys(file, node, "rule", {"match", "unless", "areas", "kind", "dose", "per_side", "equipment"});
  TaxonomyRule rule;
  rule.line = node.Mark().line + 1;
  const auto match = node["match"];
  if (!match) fail_at(file, node, "rule", "needs a 'match' list of words or phrases");
  rule.match = parse_phrases(file, match, "match", spelling);
  if (rule.match.empty()) fail_at(file, match, "match", "needs at least one word or phrase");
  if (const auto unless = node["unless"]) rule.unless = parse_phrases(file, unless, "unless", spelling);
  if (const auto areas = node["areas"]) {
    rule.areas = as_string_list(file, areas, "areas");
    for (const auto& area : rule.areas) check_in(attributes::areas(), area, "area", where(file, areas, "areas"));
  }
  if (const auto kind = node["kind"]) {
    rule.kind = checked_kind(as_string(file, kind, "kind"), where(file, kind, "kind"));
  }
  if (const auto dose = node["dose"]) parse_rule_dose(file, dose, rule);
  if (const auto per_side = node["per_side"]) rule.per_side = as_bool(file, per_side, "per_side");
  if (const auto equipment = node["equipment"]) {
    rule.equipment = as_string_list(file, equipment, "equipment");
    for (const auto& name : rule.equipment) {
      check_in(equipment_names(), name, "equipment", where(file, equipment, "equipment"));
    }
  }
  return rule;
}

bool applies(const TaxonomyRule& rule, const std::vector<std::string>& words) {
  const auto found = [&](const std::vector<std::string>& phrase) { return contains_phrase(words, phrase); };
  return std::any_of(rule.match.begin(), rule.match.end(), found) &&
         std::none_of(rule.unless.begin(), rule.unless.end(), found);
}

}  // namespace

bool contains_phrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase) {
  if (phrase.empty()) return false;
  return std::search(words.begin(), words.end(), phrase.begin(), phrase.end()) != words.end();
}

Taxonomy parse_taxonomy(const YamlFile& file) {
  Taxonomy taxonomy;
  if (!file.root || file.root.IsNull()) return taxonomy;
  expect_map(file, file.root, "taxonomy");
  check_keys(file, file.root, "taxonomy", {"spelling", "substitutes", "rules"});
  taxonomy.spelling = parse_spelling(file, file.root["spelling"]);
  taxonomy.substitutes = parse_substitutes(file, file.root["substitutes"]);
  const auto rules = file.root["rules"];
  if (rules && !rules.IsNull()) {
    if (!rules.IsSequence()) fail_at(file, rules, "rules", "expected a list of rules");
    for (const auto& rule : rules) taxonomy.rules.push_back(parse_rule(file, rule, taxonomy.spelling));
  }
  return taxonomy;
}

std::optional<model::ExerciseAttributes> infer(const Taxonomy& taxonomy, const std::vector<std::string>& words) {
  model::ExerciseAttributes attributes;
  std::optional<model::DoseType> type;
  std::optional<int> sets, reps, seconds;
  bool per_side = false;
  for (const auto& rule : taxonomy.rules) {
    if (!applies(rule, words)) continue;
    attributes.areas.insert(attributes.areas.end(), rule.areas.begin(), rule.areas.end());
    attributes.equipment.insert(attributes.equipment.end(), rule.equipment.begin(), rule.equipment.end());
    if (rule.kind) attributes.kind = *rule.kind;
    if (rule.dose_type) type = rule.dose_type;
    if (rule.sets) sets = rule.sets;
    if (rule.reps) reps = rule.reps;
    if (rule.seconds) seconds = rule.seconds;
    if (rule.per_side) per_side = *rule.per_side;
  }
  if (attributes.areas.empty()) return std::nullopt;
  canonical_order(areas(), attributes.areas);
  canonical_order(equipment_names(), attributes.equipment);
  attributes.dose.type = type.value_or(model::DoseType::reps);
  attributes.dose.sets = sets.value_or(2);
  attributes.dose.reps = attributes.dose.type == model::DoseType::reps ? reps.value_or(10) : 0;
  attributes.dose.seconds = attributes.dose.type == model::DoseType::hold ? seconds.value_or(30) : 0;
  attributes.dose.per_side = per_side;
  for (const auto& name : attributes.equipment) {
    const auto substitute = taxonomy.substitutes.find(name);
    if (substitute != taxonomy.substitutes.end()) attributes.substitutes[name] = substitute->second;
  }
  attributes.source = AttributeSource::inferred;
  return attributes;
}

}  // namespace rs::attributes

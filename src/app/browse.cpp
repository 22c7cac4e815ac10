#include "app/browse.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "attributes/normalise.hpp"
#include "attributes/resolver.hpp"
#include "attributes/vocabulary.hpp"
#include "attributes/yaml_file.hpp"
#include "exporters/library_json.hpp"
#include "store/library_browse.hpp"
#include "store/library_queries.hpp"
#include "util/error.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

namespace rs::app {

namespace {

void add_unique(std::vector<std::string>& names, const std::string& name) {
  if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
}

void check_value(const std::optional<std::string>& value, const std::vector<std::string>& known, const char* what) {
  if (!value || std::find(known.begin(), known.end(), *value) != known.end()) return;
  throw_usage(unknown_value_message(what, *value, known, 20));
}

// Normalised name key -> slug, for every slug and alias of exercises.yaml.
std::map<std::string, std::string> alias_slugs(const std::filesystem::path& content_dir,
                                               const attributes::SpellingFixes& spelling) {
  std::map<std::string, std::string> slugs;
  const auto file = attributes::read_yaml_file(content_dir / "exercises.yaml");
  if (!file.root || !file.root.IsMap() || !file.root["exercises"].IsMap()) return slugs;
  for (const auto& entry : file.root["exercises"]) {
    const auto slug = entry.first.as<std::string>();
    slugs.emplace(attributes::normalised_key(slug, spelling), slug);
    const auto aliases = entry.second["aliases"];
    if (!aliases || !aliases.IsSequence()) continue;
    for (const auto& alias : aliases) slugs.emplace(attributes::normalised_key(alias.as<std::string>(), spelling), slug);
  }
  return slugs;
}

}  // namespace

ExerciseListing find_exercises(store::Database& db, const ExerciseQuery& query) {
  ExerciseListing listing;
  std::vector<std::string> articles;
  std::vector<std::string> levels;
  for (const auto& article : store::list_articles(db)) add_unique(articles, article.slug);
  for (const auto& level : store::list_levels(db)) add_unique(levels, level.slug);
  std::vector<std::string> areas(attributes::areas().begin(), attributes::areas().end());
  std::vector<std::string> equipment{"bodyweight"};
  equipment.insert(equipment.end(), attributes::equipment_names().begin(), attributes::equipment_names().end());
  auto all = store::list_exercises(db);
  listing.library_empty = all.empty();
  for (const auto& exercise : all) {
    for (const auto& area : exercise.attributes.areas) add_unique(areas, area);
  }
  if (!listing.library_empty) {
    check_value(query.article, articles, "article");
    check_value(query.level, levels, "level");
  }
  check_value(query.area, areas, "area");
  check_value(query.equipment, equipment, "equipment");
  const auto add_filter = [&](const char* option, const std::optional<std::string>& value) {
    if (value) listing.filters += (listing.filters.empty() ? "" : " ") + std::string(option) + " " + *value;
  };
  add_filter("--article", query.article);
  add_filter("--level", query.level);
  add_filter("--area", query.area);
  add_filter("--equipment", query.equipment);
  std::erase_if(all, [&](const model::Exercise& exercise) {
    return (query.article && exercise.article_slug != *query.article) ||
           (query.level && exercise.level_slug != *query.level) ||
           (query.area && !exporters::works_area(exercise, *query.area)) ||
           (query.equipment && !exporters::uses_equipment(exercise, *query.equipment));
  });
  listing.exercises = std::move(all);
  return listing;
}

std::vector<model::Exercise> find_exercise(store::Database& db, const std::filesystem::path& content_dir,
                                           std::string_view name) {
  const auto resolver = attributes::AttributeResolver::load(content_dir);
  const auto& spelling = resolver.taxonomy().spelling;
  const auto wanted = ascii_lower(name);
  const auto key = attributes::normalised_key(name, spelling);
  const auto aliases = alias_slugs(content_dir, spelling);
  const auto alias = aliases.find(key);
  std::vector<model::Exercise> matches;
  std::vector<std::string> names;
  for (auto& exercise : store::list_exercises(db)) {
    add_unique(names, exercise.name);
    const bool found = exercise.slug == wanted || ascii_lower(exercise.name) == wanted ||
                       (!key.empty() && attributes::normalised_key(exercise.name, spelling) == key) ||
                       (alias != aliases.end() && alias->second == exercise.slug);
    if (found) matches.push_back(std::move(exercise));
  }
  if (!matches.empty()) return matches;
  std::string message = "no exercise named '" + std::string(name) + "'";
  if (const auto match = closest_match(name, names)) {
    throw_usage(message + "; did you mean '" + *match + "'?");
  }
  throw_usage(message + " (see 'runstrength exercises')");
}

std::vector<std::string> exercise_names(store::Database& db) {
  std::vector<std::string> names;
  for (const auto& exercise : store::list_exercises(db)) {
    add_unique(names, exercise.slug);
  }
  return names;
}

}  // namespace rs::app

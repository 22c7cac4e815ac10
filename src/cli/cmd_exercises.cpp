// `runstrength exercises`: the library's exercises by level and column, as tables or JSON.
#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

#include "app/browse.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/table.hpp"
#include "exporters/library_json.hpp"
#include "util/display_width.hpp"

namespace rs::cli {

namespace {

// "*" marks attributes inferred from the name, "?" the documented default.
std::string marker(const model::ExerciseAttributes& attributes) {
  if (attributes.source == model::AttributeSource::inferred) return "*";
  if (attributes.source == model::AttributeSource::defaulted) return "?";
  return "";
}

std::string areas_text(const std::vector<std::string>& areas) {
  if (areas.empty()) return "-";
  std::string text;
  for (const auto& area : areas) text += (text.empty() ? "" : ",") + area;
  return text;
}

Table group_table() {
  return Table({{"col", false}, {"exercise"}, {"areas"}, {"equipment"}, {"dose"}, {"video"}});
}

void print_tables(Context& context, const std::vector<model::Exercise>& exercises) {
  const auto width = context.terminal().width;
  std::string group;
  Table table = group_table();
  bool any_marked = false;
  for (const auto& exercise : exercises) {
    const std::string key = exercise.article_slug + "/" + exercise.level_slug;
    if (key != group) {
      if (!table.empty()) context.out << table.render(width, "  ") << '\n';
      table = group_table();
      const auto heading = exercise.level_name + " (level " + exercise.level_slug + ", rank " +
                           std::to_string(exercise.level_rank) + ", article " + exercise.article_slug + ")";
      context.out << (width ? fit_width(heading, *width) : heading) << '\n';
      group = key;
    }
    const auto mark = marker(exercise.attributes);
    any_marked = any_marked || !mark.empty();
    table.add_row({std::to_string(exercise.column), exercise.name, areas_text(exercise.attributes.areas) + mark,
                   exporters::equipment_text(exercise.attributes.equipment) + mark,
                   exporters::dose_text(exercise.attributes.dose) + mark,
                   exercise.video ? exercise.video->url : "-"});
  }
  if (!table.empty()) context.out << table.render(width, "  ");
  if (any_marked) context.out << "\n* inferred from the exercise name\n? default (no attributes known yet)\n";
}

}  // namespace

void setup_exercises(CLI::App& command, Context& context) {
  auto query = std::make_shared<app::ExerciseQuery>();
  auto json = std::make_shared<bool>(false);
  command.add_option("--level", query->level, "Only this level (slug, e.g. foundational)");
  command.add_option("--article", query->article, "Only this article (slug)");
  command.add_option("--area", query->area, "Only exercises working this area (e.g. core, glutes)");
  command.add_option("--equipment", query->equipment, "Only exercises needing this equipment (or bodyweight)");
  command.add_flag("--json", *json, "Print a JSON array (docs/library-json.md)");
  command.callback([&context, query, json] {
    const auto listing = app::find_exercises(context.library(), *query);
    if (*json) {
      context.out << exporters::exercises_to_json(listing.exercises).dump(2) << '\n';
    } else if (listing.library_empty) {
      context.out << "no exercises (import articles with 'runstrength import')\n";
    } else if (listing.exercises.empty()) {
      context.out << "no exercises match " << listing.filters << '\n';
    } else {
      print_tables(context, listing.exercises);
    }
  });
}

}  // namespace rs::cli

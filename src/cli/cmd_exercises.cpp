// `runstrength exercises`: the library's exercises by level and column, as a table or JSON.
#include <CLI/CLI.hpp>

#include <iomanip>
#include <memory>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "exporters/library_json.hpp"
#include "store/library_queries.hpp"

namespace rs::cli {

namespace {

struct ExercisesOptions {
  std::optional<std::string> level;
  std::optional<std::string> article;
  std::optional<std::string> area;
  std::optional<std::string> equipment;
  bool json = false;
};

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

void print_table(std::ostream& out, const std::vector<model::Exercise>& exercises) {
  std::string group;
  bool any_marked = false;
  for (const auto& exercise : exercises) {
    const std::string key = exercise.article_slug + "/" + exercise.level_slug;
    if (key != group) {
      out << (group.empty() ? "" : "\n") << exercise.level_name << " (level " << exercise.level_slug << ", rank "
          << exercise.level_rank << ", article " << exercise.article_slug << ")\n";
      out << "  " << std::left << std::setw(4) << "col" << std::setw(24) << "exercise" << std::setw(22) << "areas"
          << std::setw(18) << "equipment" << std::setw(20) << "dose"
          << "video\n";
      group = key;
    }
    const auto mark = marker(exercise.attributes);
    any_marked = any_marked || !mark.empty();
    out << "  " << std::left << std::setw(4) << exercise.column << std::setw(24) << exercise.name << std::setw(22)
        << areas_text(exercise.attributes.areas) + mark << std::setw(18)
        << exporters::equipment_text(exercise.attributes.equipment) + mark << std::setw(20)
        << exporters::dose_text(exercise.attributes.dose) + mark << (exercise.video ? exercise.video->url : "-")
        << '\n';
  }
  if (any_marked) out << "\n* inferred from the exercise name   ? default (no attributes known yet)\n";
}

void run_exercises(Context& context, const ExercisesOptions& options) {
  auto exercises = store::list_exercises(context.library(), {options.article, options.level});
  std::erase_if(exercises, [&](const model::Exercise& exercise) {
    return (options.area && !exporters::works_area(exercise, *options.area)) ||
           (options.equipment && !exporters::uses_equipment(exercise, *options.equipment));
  });
  if (options.json) {
    context.out << exporters::exercises_to_json(exercises).dump(2) << '\n';
    return;
  }
  if (exercises.empty()) {
    context.out << "no exercises (import articles with 'runstrength import')\n";
    return;
  }
  print_table(context.out, exercises);
}

}  // namespace

void setup_exercises(CLI::App& command, Context& context) {
  auto options = std::make_shared<ExercisesOptions>();
  command.add_option("--level", options->level, "Only this level (slug, e.g. foundational)");
  command.add_option("--article", options->article, "Only this article (slug)");
  command.add_option("--area", options->area, "Only exercises working this area (e.g. core, glutes)");
  command.add_option("--equipment", options->equipment, "Only exercises needing this equipment (or bodyweight)");
  command.add_flag("--json", options->json, "Print a JSON array (docs/library-json.md)");
  command.callback([&context, options] { run_exercises(context, *options); });
}

}  // namespace rs::cli

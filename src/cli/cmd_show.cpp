// `runstrength show NAME-OR-SLUG`: one exercise with its level, video and attributes.
#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

#include "app/browse.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "exporters/library_json.hpp"
#include "util/paths.hpp"

namespace rs::cli {

namespace {

struct ShowOptions {
  std::string name;
  bool json = false;
};

void print_exercise(std::ostream& out, const model::Exercise& exercise) {
  const auto& attributes = exercise.attributes;
  out << exercise.name << " (" << exercise.slug << ")\n"
      << "  article:     " << exercise.article_slug << '\n'
      << "  level:       " << exercise.level_name << " (" << exercise.level_slug << ", rank " << exercise.level_rank
      << ")\n"
      << "  column:      " << exercise.column << ", position " << exercise.position << '\n'
      << "  video:       " << (exercise.video ? exercise.video->url : "none") << '\n'
      << "  kind:        " << model::to_string(attributes.kind) << '\n'
      << "  areas:       ";
  for (std::size_t i = 0; i < attributes.areas.size(); ++i) out << (i ? ", " : "") << attributes.areas[i];
  out << (attributes.areas.empty() ? "-" : "") << '\n'
      << "  dose:        " << exporters::dose_text(attributes.dose) << '\n'
      << "  equipment:   " << exporters::equipment_text(attributes.equipment) << '\n';
  for (const auto& [equipment, substitute] : attributes.substitutes) {
    out << "  instead of " << equipment << ": " << substitute << '\n';
  }
  out << "  attributes:  " << model::to_string(attributes.source) << '\n';
}

void run_show(Context& context, const ShowOptions& options) {
  const auto matches = app::find_exercise(context.library(), find_content_dir(process_env()), options.name);
  if (options.json) {
    context.out << exporters::exercises_to_json(matches).dump(2) << '\n';
    return;
  }
  for (std::size_t i = 0; i < matches.size(); ++i) {
    if (i > 0) context.out << '\n';
    print_exercise(context.out, matches[i]);
  }
}

}  // namespace

void setup_show(CLI::App& command, Context& context) {
  auto options = std::make_shared<ShowOptions>();
  command.add_option("exercise", options->name, "Exercise name, alias or slug (e.g. side-plank)")->required();
  command.add_flag("--json", options->json, "Print a JSON array of the matching exercises");
  command.callback([&context, options] { run_show(context, *options); });
}

}  // namespace rs::cli

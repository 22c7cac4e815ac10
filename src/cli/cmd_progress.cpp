// `runstrength progress NAME|SLUG`: one exercise's logged sets, reps, load and RPE over time, with
// a small text chart of the work done (docs/log.md).
#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

#include "app/training_log.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "exporters/log_export.hpp"

namespace rs::cli {

namespace {

struct ProgressOptions {
  std::vector<std::string> words;
  bool json = false;
  std::optional<std::string> athlete;
};

void run_progress(Context& context, const ProgressOptions& options) {
  std::string name;
  for (std::size_t i = 0; i < options.words.size(); ++i) name += (i ? " " : "") + options.words[i];
  const auto result = app::progress(context.library(), name, options.athlete);
  if (options.json) {
    context.out << exporters::log_to_json(result.entries).dump(2) << '\n';
    return;
  }
  context.out << exporters::progress_text(result.name, result.entries);
}

}  // namespace

void setup_progress(CLI::App& command, Context& context) {
  auto options = std::make_shared<ProgressOptions>();
  command.add_option("exercise", options->words, "Exercise name or slug")->required();
  command.add_flag("--json", options->json, "Print the exercise's entries as JSON");
  command.add_option("--athlete", options->athlete, "Whose log (default: the library's only athlete)");
  command.callback([&context, options] { run_progress(context, *options); });
}

}  // namespace rs::cli

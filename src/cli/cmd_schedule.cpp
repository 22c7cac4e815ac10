// `runstrength schedule set FILE` and `schedule show`: the runner's saved schedule.
#include <CLI/CLI.hpp>

#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "planner/schedule_reader.hpp"
#include "store/plan_store.hpp"
#include "util/error.hpp"

namespace rs::cli {

namespace {
struct ScheduleOptions {
  std::string file;
};
}  // namespace

void setup_schedule(CLI::App& command, Context& context) {
  auto options = std::make_shared<ScheduleOptions>();
  command.require_subcommand(1);
  auto* set = command.add_subcommand("set", "Check a schedule YAML file and save it as yours");
  set->add_option("FILE", options->file, "Schedule YAML (format in docs/planner.md)")->required();
  set->callback([&context, options] {
    std::ifstream file(options->file, std::ios::binary);
    if (!file) throw_usage("cannot read " + options->file);
    std::ostringstream text;
    text << file.rdbuf();
    planner::parse_schedule(text.str(), options->file, today_utc());  // refuse a bad file before saving
    store::save_runner_schedule(context.library(), text.str());
    context.out << "saved the schedule from " << options->file << '\n';
  });
  auto* show = command.add_subcommand("show", "Print the saved schedule (or the default week)");
  show->callback([&context] {
    if (const auto saved = store::load_runner_schedule(context.library())) {
      context.out << *saved;
      if (!saved->empty() && saved->back() != '\n') context.out << '\n';
      return;
    }
    context.err << "runstrength: note: no schedule saved: this is the default week\n";
    context.out << planner::schedule_to_yaml(planner::default_schedule(today_utc()));
  });
}

}  // namespace rs::cli

// `runstrength schedule set FILE` and `schedule show`: the runner's saved schedule.
#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <ostream>

#include "app/schedule.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"

namespace rs::cli {

namespace {
struct ScheduleOptions {
  std::string file;
  std::optional<std::string> athlete;
};
}  // namespace

void setup_schedule(CLI::App& command, Context& context) {
  auto options = std::make_shared<ScheduleOptions>();
  command.require_subcommand(1);
  command.fallthrough();  // `schedule set FILE --athlete NAME` as well as `schedule --athlete NAME set FILE`
  command.add_option("--athlete", options->athlete, "Whose schedule (default: the library's only athlete)");
  auto* set = command.add_subcommand("set", "Check a schedule YAML file and save it as yours");
  set->add_option("FILE", options->file, "Schedule YAML (format in docs/planner.md)")->required();
  set->callback([&context, options] {
    app::save_schedule_file(context.library(), options->file, today_utc(), options->athlete);
    context.out << "saved the schedule from " << options->file << '\n';
  });
  auto* show = command.add_subcommand("show", "Print the saved schedule (or the default week)");
  show->callback([&context, options] {
    const auto schedule = app::schedule_text(context.library(), today_utc(), options->athlete);
    if (schedule.is_default) context.err << "runstrength: note: no schedule saved: this is the default week\n";
    context.out << schedule.yaml;
    if (!schedule.is_default && !schedule.yaml.empty() && schedule.yaml.back() != '\n') context.out << '\n';
  });
}

}  // namespace rs::cli

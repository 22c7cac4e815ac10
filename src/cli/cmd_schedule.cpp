// `runstrength schedule set FILE`, `schedule import FILE.ics` and `schedule show`: the runner's
// saved schedule and running plan.
#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <ostream>

#include "app/calendar.hpp"
#include "app/schedule.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "model/schedule_json.hpp"

namespace rs::cli {

namespace {
struct ScheduleOptions {
  std::string file;
  std::optional<std::string> athlete;
  bool json = false;
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
  auto* import = command.add_subcommand("import", "Read your running plan from an iCalendar file and save it");
  import->add_option("FILE", options->file, "iCalendar file (.ics) exported by a training app")->required();
  import->callback([&context, options] {
    const auto report = app::import_calendar_file(context.library(), options->file, today_utc(), options->athlete);
    for (const auto& warning : report.warnings) context.err << "runstrength: warning: " << warning << '\n';
    context.out << "saved the running plan from " << options->file << ": " << report.events << " events over "
                << report.weeks << " weeks, " << report.races << " races\n";
  });
  auto* show = command.add_subcommand("show", "Print the saved schedule (or the default week)");
  show->add_flag("--json", options->json, "Print the schedule as JSON (the plan JSON's \"schedule\")");
  show->callback([&context, options] {
    if (options->json) {
      const auto schedule = app::current_schedule(context.library(), today_utc(), options->athlete);
      context.out << model::schedule_to_json(schedule).dump(2) << '\n';
      return;
    }
    const auto schedule = app::schedule_text(context.library(), today_utc(), options->athlete);
    if (schedule.is_default) context.err << "runstrength: note: no schedule saved: this is the default week\n";
    context.out << schedule.yaml;
    if (!schedule.is_default && !schedule.yaml.empty() && schedule.yaml.back() != '\n') context.out << '\n';
  });
}

}  // namespace rs::cli

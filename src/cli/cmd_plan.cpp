// `runstrength plan`: build a strength plan around the runner's week, print it and save it;
// `plan show ID` and `plan delete ID` for saved ones.
#include <CLI/CLI.hpp>

#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/plan_output.hpp"
#include "exporters/replan.hpp"
#include "planner/planner.hpp"
#include "planner/schedule_reader.hpp"
#include "store/library_queries.hpp"
#include "store/plan_store.hpp"
#include "util/error.hpp"

namespace rs::cli {

namespace {

struct PlanOptions {
  std::string schedule_file;
  int weeks = planner::default_weeks;
  planner::ScheduleOverrides overrides;
  std::string name;
  bool explain = false;
  PlanOutput output;
  bool no_save = false;
  long long id = 0;
  long long replan_id = 0;
  // Set when given on the command line (a re-plan otherwise keeps the saved plan's values).
  CLI::Option* weeks_option = nullptr;
  CLI::Option* schedule_option = nullptr;
};

std::string read_text(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw_usage("--schedule: cannot read " + path);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

model::Schedule runner_schedule(Context& context, const PlanOptions& options) {
  const Date today = today_utc();
  if (!options.schedule_file.empty()) {
    return planner::parse_schedule(read_text(options.schedule_file), options.schedule_file, today);
  }
  if (const auto saved = store::load_runner_schedule(context.library())) {
    return planner::parse_schedule(*saved, "saved schedule", today);
  }
  context.err << "runstrength: note: no schedule saved and no --schedule given: using the default week "
                 "(see docs/planner.md; save yours with `runstrength schedule set FILE`)\n";
  return planner::default_schedule(today);
}

model::Plan saved_plan(Context& context, long long id) {
  auto plan = store::load_plan(context.library(), id);
  if (!plan) throw_usage("no saved plan with id " + std::to_string(id) + " (see `runstrength plans`)");
  return *plan;
}

// `plan --replan ID`: rebuild a saved plan (its schedule and length unless overridden) on today's
// library, keeping its id, identity and calendar UIDs and raising SEQUENCE on changed sessions.
void run_replan(Context& context, const PlanOptions& options) {
  if (options.no_save) throw_usage("--replan rewrites a saved plan; it cannot be combined with --no-save");
  const model::Plan saved = saved_plan(context, options.replan_id);
  model::Schedule schedule = options.schedule_option->count() > 0 ? runner_schedule(context, options) : saved.schedule;
  planner::apply_overrides(schedule, options.overrides);
  const int weeks = options.weeks_option->count() > 0 ? options.weeks : saved.weeks_count;
  planner::validate_schedule(schedule, weeks);
  auto& library = context.library();
  auto content = store::read_plan_library(library, planner::tips_needed(weeks));
  auto fresh = planner::build_plan(schedule, weeks, options.name.empty() ? saved.name : options.name, content.exercises,
                                   content.tips);
  model::Plan plan = exporters::replan(saved, std::move(fresh.plan));
  if (!options.name.empty()) plan.name = options.name;
  store::replace_plan(library, options.replan_id, plan);
  write_plan(context, plan, options.output, options.explain ? fresh.explanation : std::vector<std::string>{});
  context.err << "re-planned plan " << plan.id << '\n';
}

void run_plan(Context& context, const PlanOptions& options) {
  if (options.replan_id != 0) return run_replan(context, options);
  model::Schedule schedule = runner_schedule(context, options);
  planner::apply_overrides(schedule, options.overrides);
  planner::validate_schedule(schedule, options.weeks);
  auto& library = context.library();
  auto content = store::read_plan_library(library, planner::tips_needed(options.weeks));
  auto result = planner::build_plan(schedule, options.weeks, options.name, content.exercises, content.tips);
  if (!options.no_save) store::save_plan(library, result.plan);
  write_plan(context, result.plan, options.output, options.explain ? result.explanation : std::vector<std::string>{});
  if (!options.no_save) context.err << "saved as plan " << result.plan.id << '\n';
}

void add_format_options(CLI::App& command, PlanOptions& options) {
  command.add_option("--format", options.output.format, "Output format: text, json or ics (iCalendar)")
      ->check(CLI::IsMember(plan_formats()));
  command.add_option("-o,--output", options.output.file, "Write to FILE instead of standard output");
  command
      .add_option("--alarm", options.output.alarm_minutes, "iCalendar: a reminder MINUTES before each timed session")
      ->check(CLI::Range(0, 10080));
}

}  // namespace

void setup_plan(CLI::App& command, Context& context) {
  auto options = std::make_shared<PlanOptions>();
  auto& o = *options;
  o.schedule_option = command.add_option("--schedule", o.schedule_file,
                                         "Schedule YAML file (default: the saved one, else the default week)");
  o.weeks_option = command.add_option("--weeks", o.weeks, "Plan length in weeks, 1 to 52 (default 8)");
  command.add_option("--start", o.overrides.start, "First day of week 1, YYYY-MM-DD (default: next Monday)");
  command.add_option("--race", o.overrides.race, "Race day, YYYY-MM-DD");
  command.add_option("--experience", o.overrides.experience, "new, returning or experienced");
  command.add_option("--sessions", o.overrides.sessions, "Strength sessions wanted per week, 1 to 4");
  command.add_option("--minutes", o.overrides.minutes, "Minutes per session, 15 to 60");
  command.add_option("--equipment", o.overrides.equipment, "home, gym, or a list such as weight,step,ab-wheel");
  command.add_option("--week", o.overrides.week, "Runs by weekday, e.g. \"mon=rest,tue=intervals,sun=long\"");
  command.add_option("--name", o.name, "Name of the new plan");
  command.add_flag("--explain", o.explain, "Say for every weekday why it was or was not chosen");
  command.add_flag("--no-save", o.no_save, "Print the plan without saving it");
  command.add_option("--replan", o.replan_id, "Rebuild saved plan ID in place, keeping its identity and calendar UIDs");
  add_format_options(command, o);

  auto* show = command.add_subcommand("show", "Print a saved plan");
  show->add_option("ID", o.id, "Plan id (see `runstrength plans`)")->required();
  add_format_options(*show, o);
  show->callback([&context, options] { write_plan(context, saved_plan(context, options->id), options->output); });

  auto* remove = command.add_subcommand("delete", "Delete a saved plan");
  remove->add_option("ID", o.id, "Plan id (see `runstrength plans`)")->required();
  remove->callback([&context, options] {
    if (!store::delete_plan(context.library(), options->id)) {
      throw_usage("no saved plan with id " + std::to_string(options->id) + " (see `runstrength plans`)");
    }
    context.out << "deleted plan " << options->id << '\n';
  });

  command.callback([&context, options, show, remove] {
    if (show->parsed() || remove->parsed()) return;
    run_plan(context, *options);
  });
}

}  // namespace rs::cli

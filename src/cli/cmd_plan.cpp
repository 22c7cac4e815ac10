// `runstrength plan`: build a strength plan around the runner's week, print it and save it;
// `plan show ID` and `plan delete ID` for saved ones. The use cases live in src/app/make_plan.
#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <ostream>

#include "app/export_plan.hpp"
#include "app/make_plan.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/usage.hpp"
#include "util/error.hpp"

namespace rs::cli {

namespace {

// Where and how a plan is written.
struct PlanOutput {
  std::string format = "text";
  bool json = false;  // --json: another spelling of --format json
  std::string file;
  std::optional<int> alarm_minutes;
};

struct PlanOptions {
  std::string schedule_file;
  std::string runs_file;
  int weeks = app::default_weeks;
  app::ScheduleOverrides overrides;
  std::string name;
  bool explain = false;
  PlanOutput output;
  bool no_save = false;
  bool until_race = false;
  std::optional<std::string> athlete;
  bool all = false;
  long long id = 0;
  long long replan_id = 0;
  bool force = false;
  // Set when given on the command line (a re-plan otherwise keeps the saved plan's values).
  CLI::Option* weeks_option = nullptr;
  CLI::Option* schedule_option = nullptr;
};

// Prints `plan` as asked: the explanation goes into the text, or to standard error with the
// export formats.
void print_plan(Context& context, const model::Plan& plan, const PlanOutput& output,
                const std::vector<std::string>& explanation = {}) {
  auto format = exporters::parse_export_format(output.format);
  if (!format) throw_usage("--format must be one of text, json, ics, html (not \"" + output.format + "\")");
  if (output.json) {
    if (*format != exporters::ExportFormat::text && *format != exporters::ExportFormat::json) {
      throw_usage("--json is --format json; it cannot be combined with --format " + output.format);
    }
    format = exporters::ExportFormat::json;
  }
  if (*format != exporters::ExportFormat::text) {
    for (const auto& line : explanation) context.err << line << '\n';
  }
  exporters::ExportOptions options{output.alarm_minutes, explanation, {}};
  if (output.file.empty() || output.file == "-") {
    options.text_style = {context.terminal().width, context.terminal().color};
  }
  app::write_plan(plan, *format, options, output.file, context.out);
}

app::PlanRequest plan_request(const PlanOptions& options) {
  app::PlanRequest request;
  if (options.schedule_option->count() > 0) request.schedule_file = options.schedule_file;
  request.overrides = options.overrides;
  if (!options.runs_file.empty()) request.runs_file = options.runs_file;
  if (options.weeks_option->count() > 0 || (options.replan_id == 0 && !options.until_race)) {
    request.weeks = options.weeks;
  }
  request.until_race = options.until_race;
  request.name = options.name;
  request.save = !options.no_save;
  request.athlete = options.athlete;
  return request;
}

// `plan --all`: one line per athlete on standard output, notes on standard error.
void run_plan_all(Context& context, const PlanOptions& options) {
  if (options.replan_id != 0) throw_usage("--all makes new plans: it cannot be combined with --replan");
  for (const auto& made : app::plan_all(context.library(), plan_request(options))) {
    for (const auto& note : made.outcome.notes) context.err << "runstrength: note: " << made.athlete << ": " << note << '\n';
    context.out << made.athlete << ": ";
    if (made.outcome.plan.id != 0) {
      context.out << "saved as plan " << made.outcome.plan.id;
    } else {
      context.out << "planned (not saved)";
    }
    int sessions = 0;
    for (const auto& week : made.outcome.plan.weeks) sessions += static_cast<int>(week.sessions.size());
    context.out << ", " << made.outcome.plan.weeks_count << " weeks, " << sessions << " sessions\n";
  }
}

void run_plan(Context& context, const PlanOptions& options) {
  if (options.all) {
    run_plan_all(context, options);
    return;
  }
  const auto request = plan_request(options);
  auto& library = context.library();
  const bool replan = options.replan_id != 0;
  const auto outcome = replan ? app::replan_saved_plan(library, options.replan_id, request)
                              : app::make_plan(library, request);
  for (const auto& note : outcome.notes) context.err << "runstrength: note: " << note << '\n';
  print_plan(context, outcome.plan, options.output, options.explain ? outcome.explanation : std::vector<std::string>{});
  if (replan) {
    context.err << "re-planned plan " << outcome.plan.id << '\n';
  } else if (outcome.identical_to) {
    context.err << "identical to saved plan " << *outcome.identical_to << ": not saved again\n";
  } else if (request.save) {
    context.err << "saved as plan " << outcome.plan.id << '\n';
  }
}

void add_format_options(CLI::App& command, PlanOptions& options) {
  command.add_option("--format", options.output.format, "Output format: text, json, ics (iCalendar) or html (a page)")
      ->check(one_of(exporters::export_format_names(), "format"));
  command.add_flag("--json", options.output.json, "Same as --format json");
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
  command.add_option("--runs", o.runs_file,
                     "iCalendar running plan (.ics) for this plan only (default: the one saved by `schedule import`)");
  o.weeks_option = command.add_option("--weeks", o.weeks, "Plan length in weeks, 1 to 52 (default 8)");
  command.add_option("--start", o.overrides.start, "First day of week 1, YYYY-MM-DD (default: next Monday)");
  command.add_option("--race", o.overrides.race, "Race day, YYYY-MM-DD (one A race)");
  command.add_flag("--until-race", o.until_race, "Plan up to the A race and the two return weeks after it");
  command.add_option("--experience", o.overrides.experience, "new, returning or experienced")
      ->check(one_of({"new", "returning", "experienced"}, "value"));
  command.add_option("--sessions", o.overrides.sessions, "Strength sessions wanted per week, 1 to 4");
  command.add_option("--minutes", o.overrides.minutes, "Minutes per session, 15 to 60");
  command.add_option("--equipment", o.overrides.equipment, "home, gym, or a list such as weight,step,ab-wheel");
  command.add_option("--week", o.overrides.week, "Runs by weekday, e.g. \"mon=rest,tue=intervals,sun=long\"");
  command.add_option("--days", o.overrides.days, "The only weekdays for strength, e.g. mon,fri");
  command.add_option("--name", o.name, "Name of the new plan");
  command.add_flag("--explain", o.explain, "Say for every weekday why it was or was not chosen");
  command.add_flag("--no-save", o.no_save, "Print the plan without saving it");
  command.add_option("--replan", o.replan_id, "Rebuild saved plan ID in place, keeping its identity and calendar UIDs");
  command.add_option("--athlete", o.athlete, "Whose plan (default: the library's only athlete)");
  command.add_flag("--all", o.all, "Plan every athlete from their own schedule (one summary line each)");
  add_format_options(command, o);

  auto* show = command.add_subcommand("show", "Print a saved plan");
  show->add_option("ID", o.id, "Plan id (see `runstrength plans`)")->required();
  add_format_options(*show, o);
  show->callback([&context, options] {
    print_plan(context, app::saved_plan(context.library(), options->id), options->output);
  });

  auto* remove = command.add_subcommand("delete", "Delete a saved plan");
  remove->add_option("ID", o.id, "Plan id (see `runstrength plans`)")->required();
  remove->add_flag("--force", o.force, "Delete a plan with training log entries (they are kept, without a plan)");
  remove->callback([&context, options] {
    app::delete_saved_plan(context.library(), options->id, options->force);
    context.out << "deleted plan " << options->id << '\n';
  });

  command.callback([&context, options, show, remove] {
    if (show->parsed() || remove->parsed()) return;
    run_plan(context, *options);
  });
}

}  // namespace rs::cli

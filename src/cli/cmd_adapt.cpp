// `runstrength adapt [ID] [--format text|json|ics]`: re-plans saved plan ID (default: the newest)
// from today, keeping the weeks already lived and adapting the rest to the training log
// (docs/log.md, "Adaptation").
#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <ostream>

#include "app/athletes.hpp"
#include "app/export_plan.hpp"
#include "app/make_plan.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "store/log_store.hpp"
#include "util/error.hpp"

namespace rs::cli {

namespace {

struct AdaptOptions {
  std::optional<long long> id;
  std::string format = "text";
  std::string file;
  std::optional<std::string> athlete;
};

void run_adapt(Context& context, const AdaptOptions& options) {
  auto& db = context.library();
  const auto id = options.id ? options.id : store::newest_plan_id(db, app::resolve_athlete(db, options.athlete));
  if (!id) throw_usage("no saved plan to adapt (make one with `runstrength plan`)");
  const auto format = exporters::parse_export_format(options.format);
  if (!format) throw_usage("--format must be one of text, json, ics (not \"" + options.format + "\")");
  app::PlanRequest request;
  request.athlete = options.athlete;
  const auto outcome = app::replan_with_log(db, *id, request, true);
  app::write_plan(outcome.plan, *format, {}, options.file, context.out);
  context.err << "adapted plan " << outcome.plan.id << '\n';
}

}  // namespace

void setup_adapt(CLI::App& command, Context& context) {
  auto options = std::make_shared<AdaptOptions>();
  command.add_option("ID", options->id, "Plan id (default: the athlete's newest plan)");
  command.add_option("--athlete", options->athlete, "Whose plan (default: the library's only athlete)");
  command.add_option("--format", options->format, "Output format: text, json or ics (iCalendar)");
  command.add_option("-o,--output", options->file, "Write to FILE instead of standard output");
  command.callback([&context, options] { run_adapt(context, *options); });
}

}  // namespace rs::cli

// `runstrength export PLAN-ID --format ics|json [-o FILE] [--alarm MINUTES]`: a saved plan as
// iCalendar or JSON. The formats live in src/exporters; this file only parses options and loads.
#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "exporters/export.hpp"
#include "store/plan_store.hpp"
#include "util/error.hpp"

namespace rs::cli {

namespace {
struct ExportOptions {
  long long id = 0;
  std::string format = "ics";
  std::string output;
  std::optional<int> alarm;
};

void run_export(Context& context, const ExportOptions& options) {
  const auto format = exporters::parse_export_format(options.format);
  if (!format) throw_usage("--format must be ics or json, not \"" + options.format + "\"");
  const auto plan = store::load_plan(context.library(), options.id);
  if (!plan) throw_usage("no saved plan with id " + std::to_string(options.id) + " (see `runstrength plans`)");
  exporters::ExportOptions export_options;
  export_options.alarm_minutes = options.alarm;
  exporters::deliver_export(exporters::export_plan(*plan, *format, export_options), options.output, context.out);
}
}  // namespace

void setup_export(CLI::App& command, Context& context) {
  auto options = std::make_shared<ExportOptions>();
  command.add_option("PLAN-ID", options->id, "Id of a saved plan (see `runstrength plans`)")->required();
  command.add_option("--format", options->format, "ics (iCalendar, default) or json")
      ->check(CLI::IsMember({"ics", "json"}));
  command.add_option("-o,--output", options->output, "Write to FILE instead of standard output");
  command.add_option("--alarm", options->alarm, "iCalendar: a reminder MINUTES before each timed session")
      ->check(CLI::Range(0, 10080));
  command.callback([&context, options] { run_export(context, *options); });
}

}  // namespace rs::cli

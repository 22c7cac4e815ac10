// `runstrength export PLAN-ID --format ics|json|html [-o FILE] [--alarm MINUTES]`: a saved plan as
// iCalendar, JSON or an HTML page. The use case lives in src/app/export_plan; this file only parses options.
#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>

#include "app/export_plan.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/usage.hpp"
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
  if (!format || *format == exporters::ExportFormat::text) {
    throw_usage("--format must be ics, json or html, not \"" + options.format + "\"");
  }
  app::export_saved_plan(context.library(), {options.id, *format, options.alarm, options.output}, context.out);
}
}  // namespace

void setup_export(CLI::App& command, Context& context) {
  auto options = std::make_shared<ExportOptions>();
  command.add_option("PLAN-ID", options->id, "Id of a saved plan (see `runstrength plans`)")->required();
  command.add_option("--format", options->format, "ics (iCalendar, default), json or html (a page to look at and print)")
      ->check(one_of(exporters::export_format_names(true), "export format"));
  command.add_option("-o,--output", options->output, "Write to FILE instead of standard output");
  command.add_option("--alarm", options->alarm, "iCalendar: a reminder MINUTES before each timed session")
      ->check(CLI::Range(0, 10080));
  command.callback([&context, options] { run_export(context, *options); });
}

}  // namespace rs::cli

// `runstrength export [PLAN-ID] [--athlete NAME | --all] --format ics|json|html [-o FILE|DIR]
// [--alarm MINUTES]`: a saved plan (or every athlete's newest) as iCalendar, JSON or an HTML page.
// The use case lives in src/app/export_plan; this file only parses options.
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
  std::optional<std::string> athlete;
  bool all = false;
};

void run_export(Context& context, const ExportOptions& options) {
  const auto format = exporters::parse_export_format(options.format);
  if (!format || *format == exporters::ExportFormat::text) {
    throw_usage("--format must be ics, json or html, not \"" + options.format + "\"");
  }
  if (options.all) {
    if (options.id != 0 || options.athlete) throw_usage("--all exports every athlete: give no PLAN-ID or --athlete");
    const auto written = app::export_all(context.library(), *format, options.alarm, options.output);
    for (const auto& file : written.files) context.out << file.athlete << ": " << file.path << '\n';
    for (const auto& name : written.skipped) context.err << "runstrength: note: " << name << ": no saved plan\n";
    return;
  }
  app::export_saved_plan(context.library(), {options.id, *format, options.alarm, options.output, options.athlete},
                         context.out);
}
}  // namespace

void setup_export(CLI::App& command, Context& context) {
  auto options = std::make_shared<ExportOptions>();
  command.add_option("PLAN-ID", options->id, "Id of a saved plan (default: the athlete's newest; see `runstrength plans`)")
      ->check(CLI::PositiveNumber);
  command.add_option("--athlete", options->athlete, "Whose plan (default: the library's only athlete)");
  command.add_flag("--all", options->all, "Every athlete's newest plan, one file each into the folder -o DIR");
  command.add_option("--format", options->format, "ics (iCalendar, default), json or html (a page to look at and print)")
      ->check(one_of(exporters::export_format_names(true), "export format"));
  command.add_option("-o,--output", options->output, "Write to FILE instead of standard output (--all: folder DIR)");
  command.add_option("--alarm", options->alarm, "iCalendar: a reminder MINUTES before each timed session")
      ->check(CLI::Range(0, 10080));
  command.callback([&context, options] { run_export(context, *options); });
}

}  // namespace rs::cli

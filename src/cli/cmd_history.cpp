// `runstrength history [--from D] [--to D] [--json|--csv]`: the training log, detached entries
// included (docs/log.md).
#include <CLI/CLI.hpp>

#include <iomanip>
#include <memory>
#include <ostream>

#include "app/training_log.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "exporters/log_export.hpp"
#include "util/error.hpp"

namespace rs::cli {

namespace {

struct HistoryOptions {
  std::string from;
  std::string to;
  bool json = false;
  bool csv = false;
  std::optional<std::string> athlete;
};

void run_history(Context& context, const HistoryOptions& options) {
  if (options.json && options.csv) throw_usage("--json and --csv cannot be combined");
  const auto entries = app::history(context.library(), options.from, options.to, options.athlete);
  if (options.json) {
    context.out << exporters::log_to_json(entries).dump(2) << '\n';
    return;
  }
  if (options.csv) {
    context.out << exporters::log_to_csv(entries);
    return;
  }
  if (entries.empty()) {
    context.out << "nothing logged yet (see `runstrength log --help`)\n";
    return;
  }
  for (const auto& entry : entries) {
    context.out << format_date(entry.date) << "  " << std::left << std::setw(6)
                << (entry.plan_id ? "#" + std::to_string(*entry.plan_id) : std::string("-")) << std::setw(28)
                << (entry.kind == model::LogKind::session ? std::string("session") : entry.name)
                << exporters::entry_summary(entry) << (entry.extra ? " (extra)" : "")
                << (entry.note.empty() ? "" : "  " + entry.note) << '\n';
  }
}

}  // namespace

void setup_history(CLI::App& command, Context& context) {
  auto options = std::make_shared<HistoryOptions>();
  command.add_option("--from", options->from, "First day, YYYY-MM-DD");
  command.add_option("--to", options->to, "Last day, YYYY-MM-DD");
  command.add_option("--athlete", options->athlete, "Whose log (default: the library's only athlete)");
  command.add_flag("--json", options->json, "Print JSON (schemas/log.schema.json)");
  command.add_flag("--csv", options->csv, "Print CSV (`log --file` reads it back)");
  command.callback([&context, options] { run_history(context, *options); });
}

}  // namespace rs::cli

// `runstrength plans`: the saved plans, newest first.
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "app/athletes.hpp"
#include "cli/table.hpp"
#include "store/plan_store.hpp"
#include "util/date.hpp"

namespace rs::cli {

namespace {
struct PlansOptions {
  bool json = false;
  std::optional<std::string> athlete;
};

// True when the listed plans belong to more than one athlete (the text then names them).
bool several_athletes(const std::vector<store::PlanSummary>& plans) {
  for (const auto& plan : plans) {
    if (plan.athlete != plans.front().athlete) return true;
  }
  return false;
}

void run_plans(Context& context, const PlansOptions& options) {
  std::optional<long long> athlete_id;
  if (options.athlete) athlete_id = app::resolve_athlete(context.library(), options.athlete);
  const auto plans = store::list_plans(context.library(), athlete_id);
  if (options.json) {
    auto doc = nlohmann::ordered_json::array();
    for (const auto& plan : plans) {
      doc.push_back({{"id", plan.id}, {"athlete", plan.athlete}, {"name", plan.name}, {"start", plan.start}, {"weeks", plan.weeks},
                     {"sessions", plan.sessions}, {"saved_at", plan.saved_at}});
    }
    context.out << doc.dump(2) << '\n';
    return;
  }
  if (plans.empty()) {
    context.out << "no saved plans (make one with `runstrength plan`)\n";
    return;
  }
  const bool with_athlete = several_athletes(plans);
  std::vector<Column> columns = {{"id", false}, {"start", false}, {"weeks", false}, {"sessions", false},
                                        {"saved (UTC)", false}};
  if (with_athlete) columns.push_back({"athlete"});
  columns.push_back({"name"});
  Table table(columns);
  for (const auto& plan : plans) {
    std::vector<std::string> row = {std::to_string(plan.id), plan.start, std::to_string(plan.weeks),
                                    std::to_string(plan.sessions), human_timestamp(plan.saved_at)};
    if (with_athlete) row.push_back(plan.athlete);
    row.push_back(plan.name);
    table.add_row(row);
  }
  context.out << table.render(context.terminal().width);
}
}  // namespace

void setup_plans(CLI::App& command, Context& context) {
  auto options = std::make_shared<PlansOptions>();
  command.add_flag("--json", options->json, "Print machine-readable JSON");
  command.add_option("--athlete", options->athlete, "Only this athlete's plans (default: every athlete's)");
  command.callback([&context, options] { run_plans(context, *options); });
}

}  // namespace rs::cli

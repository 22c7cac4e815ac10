// `runstrength plans`: the saved plans, newest first.
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include <iomanip>
#include <memory>
#include <optional>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "app/athletes.hpp"
#include "store/plan_store.hpp"

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
  context.out << std::left << std::setw(6) << "id" << std::setw(12) << "start" << std::setw(7) << "weeks"
              << std::setw(10) << "sessions" << std::setw(18) << "saved";
  const bool with_athlete = several_athletes(plans);
  if (with_athlete) context.out << std::setw(20) << "athlete";
  context.out << "name\n";
  for (const auto& plan : plans) {
    context.out << std::setw(6) << plan.id << std::setw(12) << plan.start << std::setw(7) << plan.weeks << std::setw(10)
                << plan.sessions << std::setw(18) << plan.saved_at;
    if (with_athlete) context.out << std::setw(20) << plan.athlete;
    context.out << plan.name << '\n';
  }
}
}  // namespace

void setup_plans(CLI::App& command, Context& context) {
  auto options = std::make_shared<PlansOptions>();
  command.add_flag("--json", options->json, "Print machine-readable JSON");
  command.add_option("--athlete", options->athlete, "Only this athlete's plans (default: every athlete's)");
  command.callback([&context, options] { run_plans(context, *options); });
}

}  // namespace rs::cli

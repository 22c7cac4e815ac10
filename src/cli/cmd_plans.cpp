// `runstrength plans`: the saved plans, newest first.
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include <iomanip>
#include <memory>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "store/plan_store.hpp"

namespace rs::cli {

namespace {
struct PlansOptions {
  bool json = false;
};

void run_plans(Context& context, const PlansOptions& options) {
  const auto plans = store::list_plans(context.library());
  if (options.json) {
    auto doc = nlohmann::ordered_json::array();
    for (const auto& plan : plans) {
      doc.push_back({{"id", plan.id}, {"name", plan.name}, {"start", plan.start}, {"weeks", plan.weeks},
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
              << std::setw(10) << "sessions" << std::setw(18) << "saved" << "name\n";
  for (const auto& plan : plans) {
    context.out << std::setw(6) << plan.id << std::setw(12) << plan.start << std::setw(7) << plan.weeks << std::setw(10)
                << plan.sessions << std::setw(18) << plan.saved_at << plan.name << '\n';
  }
}
}  // namespace

void setup_plans(CLI::App& command, Context& context) {
  auto options = std::make_shared<PlansOptions>();
  command.add_flag("--json", options->json, "Print machine-readable JSON");
  command.callback([&context, options] { run_plans(context, *options); });
}

}  // namespace rs::cli

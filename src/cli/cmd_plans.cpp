// `runstrength plans`: the saved plans, newest first.
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/table.hpp"
#include "store/plan_store.hpp"
#include "util/date.hpp"

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
  Table table({{"id", false}, {"start", false}, {"weeks", false}, {"sessions", false}, {"saved (UTC)", false},
               {"name"}});
  for (const auto& plan : plans) {
    table.add_row({std::to_string(plan.id), plan.start, std::to_string(plan.weeks), std::to_string(plan.sessions),
                   human_timestamp(plan.saved_at), plan.name});
  }
  context.out << table.render(context.terminal().width);
}
}  // namespace

void setup_plans(CLI::App& command, Context& context) {
  auto options = std::make_shared<PlansOptions>();
  command.add_flag("--json", options->json, "Print machine-readable JSON");
  command.callback([&context, options] { run_plans(context, *options); });
}

}  // namespace rs::cli

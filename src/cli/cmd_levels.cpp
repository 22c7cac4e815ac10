// `runstrength levels`: every level of every article, in rank order.
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/table.hpp"
#include "store/library_browse.hpp"

namespace rs::cli {

namespace {

struct LevelsOptions {
  bool json = false;
};

void run_levels(Context& context, const LevelsOptions& options) {
  const auto levels = store::list_levels(context.library());
  if (options.json) {
    auto array = nlohmann::ordered_json::array();
    for (const auto& level : levels) {
      array.push_back({{"article", level.article_slug},
                       {"slug", level.slug},
                       {"name", level.name},
                       {"rank", level.rank},
                       {"exercises", level.exercises}});
    }
    context.out << array.dump(2) << '\n';
    return;
  }
  if (levels.empty()) {
    context.out << "no levels (import articles with 'runstrength import')\n";
    return;
  }
  Table table({{"rank", false}, {"level"}, {"name"}, {"exercises", false}, {"article"}});
  for (const auto& level : levels) {
    table.add_row({std::to_string(level.rank), level.slug, level.name, std::to_string(level.exercises),
                   level.article_slug});
  }
  context.out << table.render(context.terminal().width);
}

}  // namespace

void setup_levels(CLI::App& command, Context& context) {
  auto options = std::make_shared<LevelsOptions>();
  command.add_flag("--json", options->json, "Print a JSON array");
  command.callback([&context, options] { run_levels(context, *options); });
}

}  // namespace rs::cli

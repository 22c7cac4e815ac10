// `runstrength levels`: every level of every article, in rank order.
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include <iomanip>
#include <memory>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
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
  context.out << std::left << std::setw(6) << "rank" << std::setw(24) << "level" << std::setw(28) << "name"
              << std::setw(11) << "exercises"
              << "article\n";
  for (const auto& level : levels) {
    context.out << std::left << std::setw(6) << level.rank << std::setw(24) << level.slug << std::setw(28) << level.name
                << std::setw(11) << level.exercises << level.article_slug << '\n';
  }
}

}  // namespace

void setup_levels(CLI::App& command, Context& context) {
  auto options = std::make_shared<LevelsOptions>();
  command.add_flag("--json", options->json, "Print a JSON array");
  command.callback([&context, options] { run_levels(context, *options); });
}

}  // namespace rs::cli

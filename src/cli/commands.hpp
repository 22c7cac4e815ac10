#pragma once
// The table of subcommands. Each lives in its own cmd_<name>.cpp and registers its options and
// callback on the CLI11 subcommand it is given.

#include <vector>

namespace CLI {
class App;
}

namespace rs::cli {

class Context;

/// One subcommand: its name, a one-line description, and the function that sets it up.
struct Command {
  const char* name;                              ///< As typed: "import", "plan", ...
  const char* description;                       ///< Shown by --help.
  void (*setup)(CLI::App& command, Context& context);  ///< Adds options and the callback.
};

/// All subcommands, in the order --help lists them.
const std::vector<Command>& commands();

/// `runstrength db`: library path, schema version and row counts.
void setup_db(CLI::App& command, Context& context);

/// `runstrength import [PATH...]`: articles into the library (docs/import.md).
void setup_import(CLI::App& command, Context& context);

/// `runstrength exercises`: exercises by level and column, or JSON (docs/library-json.md).
void setup_exercises(CLI::App& command, Context& context);

/// `runstrength show NAME-OR-SLUG`: one exercise in full.
void setup_show(CLI::App& command, Context& context);

/// `runstrength levels`: the levels of every article.
void setup_levels(CLI::App& command, Context& context);

/// `runstrength articles`: the imported articles.
void setup_articles(CLI::App& command, Context& context);

/// `runstrength plan`, `plan show ID`, `plan delete ID`: build, print, save and delete plans.
void setup_plan(CLI::App& command, Context& context);

/// `runstrength plans`: list the saved plans.
void setup_plans(CLI::App& command, Context& context);

/// `runstrength schedule set FILE` / `schedule show`: the runner's saved schedule.
void setup_schedule(CLI::App& command, Context& context);

/// `runstrength export PLAN-ID --format ics|json|html [-o FILE] [--alarm MINUTES]`.
void setup_export(CLI::App& command, Context& context);

/// `runstrength completion bash|zsh|fish`, `completion --words plans|exercises`.
void setup_completion(CLI::App& command, Context& context);
/// `runstrength today [--date D] [--json]`: the day's session, the next one, the last unlogged one.
void setup_today(CLI::App& command, Context& context);

/// `runstrength log DATE done|skipped|partial`, `log DATE exercise NAME ...`, `log --file FILE`.
void setup_log(CLI::App& command, Context& context);

/// `runstrength adapt [ID]`: re-plan from today, following the training log.
void setup_adapt(CLI::App& command, Context& context);

/// `runstrength history [--from D] [--to D] [--json|--csv]`: the training log.
void setup_history(CLI::App& command, Context& context);

/// `runstrength progress NAME|SLUG`: one exercise over time, with a text chart.
void setup_progress(CLI::App& command, Context& context);


/// `runstrength athlete add|list|show|rename|remove|token`: the coach's roster.
void setup_athlete(CLI::App& command, Context& context);

/// `runstrength serve [--listen HOST:PORT]`: the calendar subscriptions over HTTP (docs/serve.md).
void setup_serve(CLI::App& command, Context& context);

}  // namespace rs::cli

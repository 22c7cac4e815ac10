// `runstrength log DATE done|skipped|partial`, `log DATE exercise NAME --sets N --reps N`, and
// `log --file FILE`: the training log (docs/log.md). The use cases live in src/app/training_log.
#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <ostream>

#include "app/training_log.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "exporters/log_export.hpp"
#include "util/error.hpp"

namespace rs::cli {

namespace {

struct LogOptions {
  std::vector<std::string> words;
  std::string file;
  std::optional<int> sets;
  std::optional<int> reps;
  std::optional<int> seconds;
  std::optional<std::string> load;
  std::optional<int> rpe;
  bool pain = false;
  std::string note;
  std::optional<long long> plan_id;
  std::optional<std::string> athlete;
};

void print_entry(Context& context, const model::LogEntry& entry) {
  context.out << "logged " << format_date(entry.date) << ' ';
  if (entry.kind == model::LogKind::exercise) context.out << entry.name << ' ';
  context.out << exporters::entry_summary(entry);
  if (entry.extra) context.out << " (extra: not in that day's plan)";
  context.out << (entry.plan_id ? " in plan " + std::to_string(*entry.plan_id) : std::string(" (no plan)")) << '\n';
}

void run_log(Context& context, const LogOptions& options) {
  auto& db = context.library();
  if (!options.file.empty()) {
    if (!options.words.empty()) throw_usage("--file takes the entries from the file: give no DATE");
    const auto entries = app::log_file(db, options.file, today_utc(), options.athlete);
    context.out << "logged " << entries.size() << (entries.size() == 1 ? " entry" : " entries") << " from "
                << options.file << '\n';
    return;
  }
  if (options.words.size() < 2) {
    throw_usage("usage: log DATE done|skipped|partial, log DATE exercise NAME --sets N --reps N, or log --file FILE");
  }
  if (options.words[1] != "exercise") {
    if (options.words.size() > 2) throw_usage("unexpected \"" + options.words[2] + "\" after " + options.words[1]);
    if (options.sets || options.reps || options.seconds || options.load || options.pain) {
      throw_usage("--sets, --reps, --seconds, --load and --pain belong to `log DATE exercise NAME`");
    }
    print_entry(context, app::log_session(db, {options.words[0], options.words[1], options.rpe, options.note,
                                               options.plan_id, today_utc(), options.athlete}));
    return;
  }
  if (options.words.size() < 3) throw_usage("log DATE exercise: name the exercise (name or slug)");
  if (!options.sets) throw_usage("log DATE exercise NAME: --sets is required");
  app::ExerciseLogRequest request;
  request.date = options.words[0];
  for (std::size_t i = 2; i < options.words.size(); ++i) request.exercise += (i > 2 ? " " : "") + options.words[i];
  request.sets = *options.sets;
  request.reps = options.reps;
  request.seconds = options.seconds;
  request.load = options.load;
  request.rpe = options.rpe;
  request.pain = options.pain;
  request.note = options.note;
  request.plan_id = options.plan_id;
  request.athlete = options.athlete;
  print_entry(context, app::log_exercise(db, request));
}

}  // namespace

void setup_log(CLI::App& command, Context& context) {
  auto options = std::make_shared<LogOptions>();
  auto& o = *options;
  command.add_option("words", o.words, "DATE done|skipped|partial, or DATE exercise NAME|SLUG");
  command.add_option("--file", o.file, "Log every entry of a YAML or CSV file, all or nothing (docs/log.md)");
  command.add_option("--sets", o.sets, "Sets done");
  command.add_option("--reps", o.reps, "Reps per set");
  command.add_option("--seconds", o.seconds, "Seconds per set (holds)");
  command.add_option("--load", o.load, "External load with its unit, e.g. 16kg or 35lb");
  command.add_option("--rpe", o.rpe, "Rating of perceived exertion, 1 (very easy) to 10 (maximal)");
  command.add_flag("--pain", o.pain, "It hurt (the plan will ease or replace it)");
  command.add_option("--note", o.note, "A note");
  command.add_option("--plan", o.plan_id, "Plan id (default: the athlete's newest plan)");
  command.add_option("--athlete", o.athlete, "Whose log (default: the library's only athlete)");
  command.callback([&context, options] { run_log(context, *options); });
}

}  // namespace rs::cli

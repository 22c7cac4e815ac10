#include "cli/run.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/usage.hpp"
#include "util/error.hpp"
#include "util/version.hpp"

namespace rs::cli {

namespace {

int report(std::ostream& err, const std::string& message, int status) {
  err << "runstrength: error: " << message << '\n';
  return status;
}

int usage_error(std::ostream& err, const std::string& message) {
  report(err, message, exit_usage);
  err << "Run 'runstrength --help' for usage.\n";
  return exit_usage;
}

void add_global_options(CLI::App& app, Context& context) {
  app.set_version_flag("--version", std::string("runstrength ") + version, "Print the version and exit");
  app.add_option("--db", context.db_option,
                 "Library file (default $RUNSTRENGTH_DB, else $XDG_DATA_HOME/runstrength/runstrength.db)");
  app.add_option_function<std::string>(
         "--color", [&context](const std::string& value) { context.color_mode = *parse_color_mode(value); },
         "Colour: auto (on a terminal, unless NO_COLOR is set), always or never")
      ->check(one_of({"auto", "always", "never"}, "colour mode"));
  app.add_flag("--no-pager", context.no_pager, "Print long output directly instead of through $PAGER");
}

// Parses and runs one command; its standard output goes to `context.out`.
int parse_and_run(CLI::App& app, Context& context, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::ExtrasError& error) {
    return usage_error(context.err, unexpected_argument_error(app, error));
  } catch (const CLI::RequiredError& error) {
    return usage_error(context.err, missing_command_error(app).value_or(error.what()));
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) return app.exit(error);  // --help, --version
    return usage_error(context.err, error.what());
  } catch (const Error& error) {
    return report(context.err, error.what(), error.kind() == ErrorKind::usage ? exit_usage : exit_failure);
  } catch (const std::exception& error) {
    return report(context.err, std::string("internal error: ") + error.what(), exit_failure);
  }
  return context.exit_status;
}

}  // namespace

int run(int argc, char** argv) {
  std::ostringstream out;  // shown at the end, through the pager when long
  Context context(out, std::cerr);
  CLI::App app{"runstrength: strength training plans for runners, built around their running week.",
               "runstrength"};
  add_global_options(app, context);
  app.require_subcommand(1);
  app.fallthrough();
  for (const auto& command : commands()) {
    CLI::App* sub = app.add_subcommand(command.name, command.description);
    command.setup(*sub, context);
  }
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cout << short_help(context.terminal().width) << std::flush;
    return exit_ok;
  }
  if (const auto unknown = unknown_command_error(args)) return usage_error(context.err, *unknown);
  const int status = parse_and_run(app, context, argc, argv);
  const auto text = out.str();
  if (!text.empty() && !show_output(context.terminal(), text)) {
    return report(context.err, "could not write to standard output", exit_failure);
  }
  return status;
}

}  // namespace rs::cli

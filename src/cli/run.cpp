#include "cli/run.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "util/error.hpp"
#include "util/version.hpp"

namespace rs::cli {

namespace {

int report(std::ostream& err, const std::string& message, int status) {
  err << "runstrength: error: " << message << '\n';
  return status;
}

}  // namespace

int run(int argc, char** argv) {
  Context context(std::cout, std::cerr);
  CLI::App app{"runstrength: strength training plans for runners, built around their running week.",
               "runstrength"};
  app.set_version_flag("--version", std::string("runstrength ") + version, "Print the version and exit");
  app.add_option("--db", context.db_option,
                 "Library file (default $RUNSTRENGTH_DB, else $XDG_DATA_HOME/runstrength/runstrength.db)");
  app.require_subcommand(1);
  app.fallthrough();
  for (const auto& command : commands()) {
    CLI::App* sub = app.add_subcommand(command.name, command.description);
    command.setup(*sub, context);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) return app.exit(error);  // --help, --version
    report(context.err, error.what(), exit_usage);
    context.err << "Run 'runstrength --help' for usage.\n";
    return exit_usage;
  } catch (const Error& error) {
    return report(context.err, error.what(), error.kind() == ErrorKind::usage ? exit_usage : exit_failure);
  } catch (const std::exception& error) {
    return report(context.err, std::string("internal error: ") + error.what(), exit_failure);
  }
  std::cout.flush();
  if (!std::cout) return report(context.err, "could not write to standard output", exit_failure);
  return context.exit_status;
}

}  // namespace rs::cli

#pragma once
// The command-line entry point: parses arguments, runs one subcommand, maps errors to exit codes.

namespace rs::cli {

/// Exit statuses (documented in README.md).
enum ExitStatus : int {
  exit_ok = 0,       ///< Success.
  exit_failure = 1,  ///< Bad input, some files failed, a busy library.
  exit_usage = 2,    ///< A bad command line or option value.
};

/// Runs runstrength with the given arguments and returns the process exit status. The only place
/// that catches rs::Error; prints "runstrength: error: ..." to stderr.
int run(int argc, char** argv);

}  // namespace rs::cli

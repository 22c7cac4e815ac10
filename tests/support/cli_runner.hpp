#pragma once
// Runs the built runstrength binary as a child process, the way a user would, and captures its
// output. CLI tests use it with their own temporary library.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rs::test {

/// What a finished run printed and returned.
struct CliResult {
  int status = -1;     ///< Exit status (128 + signal when killed by a signal).
  std::string out;     ///< Standard output.
  std::string err;     ///< Standard error.
};

/// Options for a run.
struct CliOptions {
  /// Environment changes: a value sets the variable, nullopt removes it. RUNSTRENGTH_DB,
  /// XDG_DATA_HOME and HOME are removed by default unless set here, so no test touches a real library.
  std::map<std::string, std::optional<std::string>> env;
  std::string stdin_text;        ///< Fed to standard input.
  std::string working_dir;       ///< Empty: the test's own working directory.
};

/// Runs `runstrength args...` and waits for it.
CliResult run_cli(const std::vector<std::string>& args, const CliOptions& options = {});

/// The path of the binary under test.
std::string binary_path();

}  // namespace rs::test

#pragma once
// Runs the built runstrength binary as a child process, the way a user would, and captures its
// output. CLI tests use it with their own temporary library.

#include <sys/types.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rs::test {

/// What a finished run printed and returned.
struct CliResult {
  int status = -1;  ///< Exit status (128 + signal when killed by a signal).
  std::string out;  ///< Standard output.
  std::string err;  ///< Standard error.
  /// The child's peak resident set size (wait4 ru_maxrss), in KiB. Linux charges a forked child
  /// with the pages it shared with the test process, so this is at least the test's own size,
  /// unless CliOptions::own_peak_rss is set.
  long peak_rss_kb = 0;
};

/// Options for a run.
struct CliOptions {
  /// Environment changes: a value sets the variable, nullopt removes it. RUNSTRENGTH_DB,
  /// XDG_DATA_HOME, HOME, COLUMNS, NO_COLOR and PAGER are removed by default unless set here, so no test
  /// touches a real library or depends on the terminal it was started from.
  std::map<std::string, std::optional<std::string>> env;
  std::string stdin_text;   ///< Fed to standard input.
  std::string working_dir;  ///< Empty: the test's own working directory.
  /// run_cli only: start the binary from a small python3 launcher that reports its wait4 peak RSS,
  /// so that CliResult::peak_rss_kb is the program's own peak, not the test process's size.
  bool own_peak_rss = false;
  /// When set, the child drops to this user and group id (no supplementary groups) before exec:
  /// for tests of permission errors, which root would not see.
  std::optional<unsigned> run_as_id;
  /// When set, the child may write files up to this many bytes (RLIMIT_FSIZE, as `ulimit -f`) and
  /// ignores SIGXFSZ, so a write past it fails with EFBIG as on a full disk.
  std::optional<long> file_size_limit;
  /// Another program to run instead of runstrength, with the same arguments and environment (a
  /// shell, script(1) giving runstrength a terminal, an unpacked copy of the binary).
  std::optional<std::string> program;
};

/// Runs `runstrength args...` and waits for it.
CliResult run_cli(const std::vector<std::string>& args, const CliOptions& options = {});

/// A runstrength started in the background: the test polls the library, signals the process and
/// then collects it. Output goes to temporary files, so a chatty child never blocks on a full pipe.
/// The destructor kills (SIGKILL) and reaps a child that is still running.
class CliProcess {
 public:
  /// Starts `runstrength args...` (standard input is /dev/null; options.stdin_text is not used).
  explicit CliProcess(const std::vector<std::string>& args, const CliOptions& options = {});
  ~CliProcess();
  CliProcess(const CliProcess&) = delete;
  CliProcess& operator=(const CliProcess&) = delete;

  /// True until the child has exited (reaps it without blocking when it has).
  bool running();
  /// Sends `signal` to the child if it is still running.
  void kill(int signal);
  /// What the child has written to standard error so far (read without moving its offset).
  std::string err_so_far() const;
  /// Waits for the child and returns what it printed and its status (128 + signal when killed).
  CliResult finish();

 private:
  pid_t pid_ = -1;
  bool reaped_ = false;
  int wait_status_ = 0;
  long peak_rss_kb_ = 0;
  int out_fd_ = -1;
  int err_fd_ = -1;
};

/// The path of the binary under test.
std::string binary_path();

}  // namespace rs::test

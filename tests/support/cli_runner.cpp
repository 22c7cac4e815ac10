#include "support/cli_runner.hpp"

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace rs::test {

std::string binary_path() { return RS_BINARY_PATH; }

namespace {

std::vector<std::string> child_environment(const CliOptions& options) {
  std::map<std::string, std::optional<std::string>> changes = {
      {"RUNSTRENGTH_DB", std::nullopt}, {"XDG_DATA_HOME", std::nullopt}, {"HOME", std::nullopt},
      {"COLUMNS", std::nullopt}, {"NO_COLOR", std::nullopt}, {"PAGER", std::nullopt}};
  for (const auto& [key, value] : options.env) changes[key] = value;
  std::vector<std::string> result;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    std::string item(*entry);
    const auto eq = item.find('=');
    if (changes.count(item.substr(0, eq)) == 0) result.push_back(item);
  }
  for (const auto& [key, value] : changes) {
    if (value) result.push_back(key + "=" + *value);
  }
  return result;
}

// Runs argv[2:] as its child and writes the child's peak RSS (KiB) to argv[1]; exits as the child did.
constexpr const char* rss_launcher = R"py(import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(str(usage.ru_maxrss))
sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))
)py";

// argv and envp of a child, built before fork (nothing is allocated in the child).
struct ChildCommand {
  std::vector<std::string> argv_strings;
  std::vector<std::string> env_strings;
  std::vector<char*> argv;
  std::vector<char*> envp;

  ChildCommand(const std::vector<std::string>& args, const CliOptions& options, const std::string& rss_file = "")
      : env_strings(child_environment(options)) {
    if (!rss_file.empty()) argv_strings = {"/usr/bin/python3", "-c", rss_launcher, rss_file};
    argv_strings.push_back(options.program.value_or(binary_path()));
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    for (auto& arg : argv_strings) argv.push_back(arg.data());
    argv.push_back(nullptr);
    for (auto& entry : env_strings) envp.push_back(entry.data());
    envp.push_back(nullptr);
  }

  // In the child: standard streams onto `in`, `out`, `err` (dup2 clears close-on-exec), then exec.
  [[noreturn]] void exec(int in, int out, int err, const CliOptions& options) {
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    if (!options.working_dir.empty() && chdir(options.working_dir.c_str()) != 0) _exit(127);
    if (options.run_as_id &&
        (setgroups(0, nullptr) != 0 || setgid(*options.run_as_id) != 0 || setuid(*options.run_as_id) != 0)) {
      _exit(126);
    }
    if (options.file_size_limit) {
      const rlimit limit{static_cast<rlim_t>(*options.file_size_limit), static_cast<rlim_t>(*options.file_size_limit)};
      if (std::signal(SIGXFSZ, SIG_IGN) == SIG_ERR || setrlimit(RLIMIT_FSIZE, &limit) != 0) _exit(125);
    }
    execve(argv[0], argv.data(), envp.data());
    _exit(127);
  }
};

int exit_status_of(int wait_status) {
  return WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : 128 + WTERMSIG(wait_status);
}

std::string read_all(int fd) {
  std::string text;
  char buffer[65536];
  lseek(fd, 0, SEEK_SET);
  ssize_t got = 0;
  while ((got = read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<std::size_t>(got));
  return text;
}

}  // namespace

CliResult run_cli(const std::vector<std::string>& args, const CliOptions& options) {
  int in_pipe[2], out_pipe[2], err_pipe[2];
  // Close-on-exec, so that a child started meanwhile from another thread holds no copy of these pipes.
  if (pipe2(in_pipe, O_CLOEXEC) != 0 || pipe2(out_pipe, O_CLOEXEC) != 0 || pipe2(err_pipe, O_CLOEXEC) != 0) {
    throw std::runtime_error("pipe failed");
  }
  std::string rss_file;
  if (options.own_peak_rss) {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/runstrength-rss-XXXXXX";
    const int fd = mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error("mkstemp failed");
    close(fd);
    rss_file = pattern;
  }
  ChildCommand command(args, options, rss_file);
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) command.exec(in_pipe[0], out_pipe[1], err_pipe[1], options);
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  // Feed stdin (small inputs only) and close it so the child sees EOF.
  if (!options.stdin_text.empty()) {
    [[maybe_unused]] auto written = write(in_pipe[1], options.stdin_text.data(), options.stdin_text.size());
  }
  close(in_pipe[1]);

  CliResult result;
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&result.out, &result.err};
  int open_count = 2;
  char buffer[65536];
  while (open_count > 0) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
      const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        sinks[i]->append(buffer, static_cast<std::size_t>(n));
      } else {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_count;
      }
    }
  }
  int wait_status = 0;
  rusage usage{};
  while (wait4(pid, &wait_status, 0, &usage) < 0 && errno == EINTR) {
  }
  result.status = exit_status_of(wait_status);
  result.peak_rss_kb = usage.ru_maxrss;
  if (!rss_file.empty()) {
    std::FILE* file = std::fopen(rss_file.c_str(), "r");
    if (file == nullptr || std::fscanf(file, "%ld", &result.peak_rss_kb) != 1) result.peak_rss_kb = 0;
    if (file != nullptr) std::fclose(file);
    std::remove(rss_file.c_str());
  }
  return result;
}

CliProcess::CliProcess(const std::vector<std::string>& args, const CliOptions& options) {
  std::FILE* out = std::tmpfile();
  std::FILE* err = std::tmpfile();
  if (out == nullptr || err == nullptr) throw std::runtime_error("tmpfile failed");
  out_fd_ = fcntl(fileno(out), F_DUPFD_CLOEXEC, 3);
  err_fd_ = fcntl(fileno(err), F_DUPFD_CLOEXEC, 3);
  std::fclose(out);
  std::fclose(err);
  const int null_in = open("/dev/null", O_RDONLY | O_CLOEXEC);
  ChildCommand command(args, options);
  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) command.exec(null_in, out_fd_, err_fd_, options);
  close(null_in);
}

CliProcess::~CliProcess() {
  if (!reaped_) {
    kill(SIGKILL);
    finish();
  }
  close(out_fd_);
  close(err_fd_);
}

std::string CliProcess::err_so_far() const {
  std::string text;
  char buffer[65536];
  ssize_t got = 0;
  while ((got = pread(err_fd_, buffer, sizeof buffer, static_cast<off_t>(text.size()))) > 0) {
    text.append(buffer, static_cast<std::size_t>(got));
  }
  return text;
}

bool CliProcess::running() {
  if (reaped_) return false;
  rusage usage{};
  if (wait4(pid_, &wait_status_, WNOHANG, &usage) == pid_) {
    reaped_ = true;
    peak_rss_kb_ = usage.ru_maxrss;
  }
  return !reaped_;
}

void CliProcess::kill(int signal) {
  if (!reaped_) ::kill(pid_, signal);
}

CliResult CliProcess::finish() {
  if (!reaped_) {
    rusage usage{};
    while (wait4(pid_, &wait_status_, 0, &usage) < 0 && errno == EINTR) {
    }
    reaped_ = true;
    peak_rss_kb_ = usage.ru_maxrss;
  }
  return {exit_status_of(wait_status_), read_all(out_fd_), read_all(err_fd_), peak_rss_kb_};
}

}  // namespace rs::test

#include "support/library_dump.hpp"


#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>

namespace rs::test {

namespace {

// Runs sqlite3 with arguments (no shell), returning standard output.
std::string run_sqlite(const std::string& db_path, const std::string& command) {
  int out_pipe[2];
  if (pipe(out_pipe) != 0) throw std::runtime_error("pipe failed");
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    dup2(out_pipe[1], STDOUT_FILENO);
    close(out_pipe[0]);
    close(out_pipe[1]);
    execlp("sqlite3", "sqlite3", "-batch", db_path.c_str(), command.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out_pipe[1]);
  std::string output;
  std::array<char, 4096> buffer{};
  ssize_t got = 0;
  while ((got = read(out_pipe[0], buffer.data(), buffer.size())) > 0) output.append(buffer.data(), static_cast<std::size_t>(got));
  close(out_pipe[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("sqlite3 failed: " + command);
  return output;
}

}  // namespace

std::string dump_library(const std::string& db_path) { return run_sqlite(db_path, ".dump"); }

std::string query_library(const std::string& db_path, const std::string& sql) { return run_sqlite(db_path, sql); }

}  // namespace rs::test

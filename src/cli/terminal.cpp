#include "cli/terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace rs::cli {

namespace {

std::optional<std::string> env(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr) return std::nullopt;
  return std::string(value);
}

std::optional<std::size_t> positive_number(const std::string& text) {
  if (text.empty() || text.size() > 5 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  const auto value = std::stoul(text);
  if (value == 0) return std::nullopt;
  return value;
}

bool write_all(std::FILE* file, std::string_view text) {
  return std::fwrite(text.data(), 1, text.size(), file) == text.size() && std::fflush(file) == 0;
}

}  // namespace

std::optional<ColorMode> parse_color_mode(std::string_view name) {
  if (name == "auto") return ColorMode::automatic;
  if (name == "always") return ColorMode::always;
  if (name == "never") return ColorMode::never;
  return std::nullopt;
}

Terminal detect_terminal(ColorMode mode, bool no_pager) {
  Terminal terminal;
  const bool tty = ::isatty(STDOUT_FILENO) == 1;
  winsize size{};
  const bool sized = tty && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0;
  if (const auto columns = env("COLUMNS")) terminal.width = positive_number(*columns);
  if (!terminal.width && sized && size.ws_col > 0) terminal.width = size.ws_col;
  if (sized && size.ws_row > 0) terminal.rows = size.ws_row;
  const auto no_color = env("NO_COLOR");
  const bool color_ok = (!no_color || no_color->empty()) && env("TERM").value_or("") != "dumb";
  terminal.color = mode == ColorMode::always || (mode == ColorMode::automatic && tty && color_ok);
  if (tty && !no_pager) {
    const auto pager = env("PAGER").value_or("less");
    if (!pager.empty() && pager != "cat") terminal.pager = pager;
  }
  return terminal;
}

bool show_output(const Terminal& terminal, std::string_view text) {
  const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  if (!terminal.pager || lines < terminal.rows) return write_all(stdout, text);
  std::fflush(stdout);
  ::setenv("LESS", "FRX", 0);
  std::FILE* pipe = ::popen(terminal.pager->c_str(), "w");
  if (pipe == nullptr) return write_all(stdout, text);
  const auto previous = std::signal(SIGPIPE, SIG_IGN);  // quitting the pager early is no error
  write_all(pipe, text);
  ::pclose(pipe);
  std::signal(SIGPIPE, previous);
  return true;
}

std::string paint(bool on, std::string_view code, std::string_view text) {
  if (!on) return std::string(text);
  return "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m";
}

}  // namespace rs::cli

#pragma once
// State shared by the subcommands of one invocation: global options and the library, opened on
// first use.

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "app/library.hpp"
#include "cli/terminal.hpp"
#include "store/database.hpp"

namespace rs::cli {

/// Global options and lazily opened resources for one run of the program.
class Context {
 public:
  /// Creates a context writing to the given streams.
  Context(std::ostream& out, std::ostream& err);

  /// Value of the global `--db PATH` option, if given.
  std::optional<std::string> db_option;

  /// Where the library lives (`--db` > $RUNSTRENGTH_DB > XDG default).
  [[nodiscard]] std::filesystem::path library_path() const;

  /// Value of the global `--color auto|always|never` option.
  ColorMode color_mode = ColorMode::automatic;

  /// True when `--no-pager` was given.
  bool no_pager = false;

  /// Width, colour and pager of standard output, decided on first call (after the options are parsed).
  const Terminal& terminal();

  /// The library, opened (and migrated) on first call.
  store::Database& library();

  /// The library as the use cases of src/app take it (not opened until one needs it).
  app::Library& library_file();

  /// Standard output for results.
  std::ostream& out;
  /// Standard error for warnings and progress.
  std::ostream& err;

  /// Exit status a command may set without throwing (e.g. 1 when some files failed).
  int exit_status = 0;

 private:
  std::optional<app::Library> library_;
  std::optional<Terminal> terminal_;
};

}  // namespace rs::cli

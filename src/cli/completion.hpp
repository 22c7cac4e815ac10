#pragma once
// Shell completion scripts for bash, zsh and fish, written from the command table itself: the
// commands, their sub-commands and options, the values of options with a fixed set, and saved plan
// ids and exercise slugs asked of `runstrength completion --words` as the user types.

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace rs::cli {

/// The shells a completion script is written for.
enum class Shell { bash, zsh, fish };

/// Parses "bash", "zsh" or "fish"; nullopt otherwise.
std::optional<Shell> parse_shell(std::string_view name);

/// The completion script for `shell`, covering every command of `root` (the program's CLI11 app).
std::string completion_script(const CLI::App& root, Shell shell);

}  // namespace rs::cli

#pragma once
// Usage help and usage errors: the short help of a bare `runstrength`, "did you mean ...?" for a
// mistyped command, option or option value.

#include <CLI/CLI.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rs::cli {

/// The short help printed by a bare `runstrength`: what it does, the commands, where to read more;
/// fitted to `width` columns when given.
std::string short_help(std::optional<std::size_t> width);

/// The error for the first command-line word that names no command (global options and their
/// values skipped), with the closest command; nullopt when the command is known or there is none.
std::optional<std::string> unknown_command_error(const std::vector<std::string>& args);

/// The error for arguments CLI11 did not expect (`extras`, after `error` was thrown by `app`): an
/// unknown option or sub-command of the command being parsed, with the closest of its own.
std::string unexpected_argument_error(const CLI::App& app, const CLI::ExtrasError& error);

/// The error for a command that needs a sub-command (`schedule`) and got none or an unknown one,
/// after CLI11 said a subcommand is required; nullopt when that is not the case.
std::optional<std::string> missing_command_error(const CLI::App& app);

/// A CLI11 check that the value is one of `names` ("unknown WHAT 'x'; did you mean 'y'?").
CLI::Validator one_of(std::vector<std::string> names, const std::string& what);

}  // namespace rs::cli

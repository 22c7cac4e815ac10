#include "cli/usage.hpp"

#include <algorithm>

#include "cli/commands.hpp"
#include "cli/table.hpp"
#include "util/display_width.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

namespace rs::cli {

namespace {

// Global options that take a value (the value is not a command).
bool takes_value(const std::string& arg) { return arg == "--db" || arg == "--color"; }

std::vector<std::string> command_names() {
  std::vector<std::string> names;
  for (const auto& command : commands()) names.emplace_back(command.name);
  return names;
}

// The deepest sub-command that was being parsed.
const CLI::App* parsed_command(const CLI::App& app) {
  for (const auto* sub : app.get_subcommands()) {
    if (sub->parsed()) return parsed_command(*sub);
  }
  return &app;
}

void add_options(const CLI::App& app, std::vector<std::string>& names) {
  for (const auto* option : app.get_options()) {
    for (const auto& name : option->get_lnames()) names.push_back("--" + name);
  }
}

}  // namespace

std::string short_help(std::optional<std::size_t> width) {
  const auto prose = [&](std::string_view paragraph) {
    if (!width) return std::string(paragraph) + "\n";
    std::string lines;
    for (const auto& line : wrap_words(paragraph, *width)) lines += line + "\n";
    return lines;
  };
  std::string text = prose("runstrength: strength training plans for runners, built around their running week.") +
                     "\n" + prose("usage: runstrength [--db FILE] COMMAND [OPTIONS]") + "\ncommands:\n";
  Table table({{"command", false}, {"what it does", true}});
  for (const auto& command : commands()) table.add_row({command.name, command.description});
  const auto rendered = table.render(width, "  ", 20);
  text += rendered.substr(rendered.find('\n') + 1);  // no header line
  text += "\n" + prose("Start with 'runstrength import', then 'runstrength plan'.") +
          prose("'runstrength COMMAND --help' shows a command's options; 'runstrength --help' all of them.");
  return text;
}

std::optional<std::string> unknown_command_error(const std::vector<std::string>& args) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& arg = args[i];
    if (takes_value(arg)) {
      ++i;
      continue;
    }
    if (!arg.empty() && arg[0] == '-') continue;
    const auto names = command_names();
    if (std::find(names.begin(), names.end(), arg) != names.end()) return std::nullopt;
    return unknown_value_message("command", arg, names, 0);
  }
  return std::nullopt;
}

std::string unexpected_argument_error(const CLI::App& app, const CLI::ExtrasError& error) {
  std::string what = error.what();
  const auto colon = what.find(": ");
  std::string first;
  for (const auto& word : split(colon == std::string::npos ? what : what.substr(colon + 2), ' ')) {
    if (first.empty() || (first[0] != '-' && !word.empty() && word[0] == '-')) first = word;  // options first
  }
  const auto* command = parsed_command(app);
  const std::string where = command == &app ? "" : " of '" + command->get_name() + "'";
  std::vector<std::string> names;
  if (!first.empty() && first[0] == '-') {
    const auto equals = first.find('=');
    if (equals != std::string::npos) first.resize(equals);
    add_options(*command, names);
    if (command != &app) add_options(app, names);
    return unknown_value_message("option" + where, first, names, 0);
  }
  for (const auto* sub : command->get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
  if (names.empty()) return "unexpected argument '" + first + "'" + (where.empty() ? "" : where.substr(1));
  return unknown_value_message("command" + where, first, names, 0);
}

std::optional<std::string> missing_command_error(const CLI::App& app) {
  const auto* command = parsed_command(app);
  if (command == &app) return std::nullopt;
  std::vector<std::string> names;
  for (const auto* sub : command->get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
  if (names.empty()) return std::nullopt;
  auto rest = command->remaining();
  if (rest.empty()) rest = app.remaining(true);
  const std::string where = " of '" + command->get_name() + "'";
  if (!rest.empty() && !rest.front().empty() && rest.front()[0] != '-') {
    return unknown_value_message("command" + where, rest.front(), names, 0);
  }
  std::string message = "'" + command->get_name() + "' needs a command: ";
  for (std::size_t i = 0; i < names.size(); ++i) message += (i ? " or " : "") + names[i];
  return message;
}

CLI::Validator one_of(std::vector<std::string> names, const std::string& what) {
  std::string description;
  for (const auto& name : names) description += (description.empty() ? "" : "|") + name;
  return CLI::Validator(
      [names = std::move(names), what](std::string& value) -> std::string {
        if (std::find(names.begin(), names.end(), value) != names.end()) return {};
        return unknown_value_message(what, value, names);
      },
      description);
}

}  // namespace rs::cli

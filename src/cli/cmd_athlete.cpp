// `runstrength athlete add|list|show|rename|remove|token`: the coach's roster and their calendar
// subscription tokens. The use cases live in
// src/app/athletes; this file parses options and prints.
#include <CLI/CLI.hpp>

#include <iomanip>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "app/athletes.hpp"
#include "app/tokens.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"

namespace rs::cli {

namespace {

struct AthleteOptions {
  std::string name;
  std::string new_name;
  std::optional<std::string> schedule_file;
  bool force = false;
  bool rotate = false;
};

void print_list(Context& context) {
  const auto roster = app::athletes(context.library());
  if (roster.empty()) {
    context.out << "no athletes (add one with `runstrength athlete add NAME`)\n";
    return;
  }
  context.out << std::left << std::setw(6) << "id" << std::setw(7) << "plans" << std::setw(10) << "schedule"
              << std::setw(7) << "token" << "name\n";
  for (const auto& athlete : roster) {
    context.out << std::setw(6) << athlete.id << std::setw(7) << athlete.plans << std::setw(10)
                << (athlete.schedule ? "saved" : "default") << std::setw(7) << (athlete.has_token ? "yes" : "no")
                << athlete.name << '\n';
  }
}

void print_show(Context& context, const std::string& name) {
  const auto athlete = app::athlete(context.library(), name);
  context.out << "name:     " << athlete.name << '\n'
              << "id:       " << athlete.id << '\n'
              << "added:    " << (athlete.created_at.empty() ? "with the library" : athlete.created_at) << '\n'
              << "schedule: " << (athlete.schedule ? "saved (see `schedule show --athlete`)" : "none (default week)")
              << '\n'
              << "plans:    " << athlete.plans;
  if (athlete.latest_plan) context.out << " (newest: " << *athlete.latest_plan << ")";
  context.out << '\n' << "token:    " << (athlete.has_token ? "made (`athlete token --rotate` replaces it)" : "none")
              << '\n';
}

}  // namespace

void setup_athlete(CLI::App& command, Context& context) {
  auto options = std::make_shared<AthleteOptions>();
  auto& o = *options;
  command.require_subcommand(1);

  auto* add = command.add_subcommand("add", "Add an athlete");
  add->add_option("NAME", o.name, "The athlete's name (unique, 1 to 64 bytes)")->required();
  add->add_option("--schedule", o.schedule_file, "Their schedule YAML file (format in docs/planner.md)");
  add->callback([&context, options] {
    const auto id = app::add_athlete(context.library(), options->name, options->schedule_file);
    context.out << "added athlete " << options->name << " (id " << id << ")\n";
  });

  command.add_subcommand("list", "List the athletes")->callback([&context] { print_list(context); });

  auto* show = command.add_subcommand("show", "Show one athlete");
  show->add_option("NAME", o.name, "The athlete's name")->required();
  show->callback([&context, options] { print_show(context, options->name); });

  auto* rename = command.add_subcommand("rename", "Rename an athlete");
  rename->add_option("OLD", o.name, "The athlete's name")->required();
  rename->add_option("NEW", o.new_name, "The new name")->required();
  rename->callback([&context, options] {
    app::rename_athlete(context.library(), options->name, options->new_name);
    context.out << "renamed athlete " << options->name << " to " << options->new_name << '\n';
  });

  auto* remove = command.add_subcommand("remove", "Remove an athlete (refused while they have plans)");
  remove->add_option("NAME", o.name, "The athlete's name")->required();
  remove->add_flag("--force", o.force, "Remove their saved plans with them");
  remove->callback([&context, options] {
    const int plans = app::remove_athlete(context.library(), options->name, options->force);
    context.out << "removed athlete " << options->name;
    if (plans > 0) context.out << " and " << plans << " saved plan(s)";
    context.out << '\n';
  });

  auto* token = command.add_subcommand("token", "Make the athlete's calendar subscription token and print it");
  token->add_option("NAME", o.name, "The athlete's name")->required();
  token->add_flag("--rotate", o.rotate, "Replace the token; the old one stops working at once");
  token->callback([&context, options] {
    context.out << app::issue_token(context.library(), options->name, options->rotate) << '\n';
  });
}

}  // namespace rs::cli

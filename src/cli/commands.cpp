#include "cli/commands.hpp"

namespace rs::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"db", "Show the library's location, schema version and row counts", setup_db},
      {"import", "Import the coach's Markdown articles into the library", setup_import},
      {"exercises", "List the library's exercises by level and column", setup_exercises},
      {"show", "Show one exercise: level, video and attributes", setup_show},
      {"levels", "List the levels of the imported articles", setup_levels},
      {"articles", "List the imported articles", setup_articles},
      {"plan", "Build a strength plan around your running week (also: plan show ID, plan delete ID)", setup_plan},
      {"plans", "List the saved plans", setup_plans},
      {"schedule", "Save or show your running week (schedule set FILE, schedule show)", setup_schedule},
      {"export", "Export a saved plan as iCalendar, JSON or an HTML page", setup_export},
      {"completion", "Print a completion script for bash, zsh or fish", setup_completion},
      {"today", "Show the session due today (or the next one) of the current plan", setup_today},
      {"log", "Log a session (done, skipped, partial) or an exercise, or a file of entries", setup_log},
      {"adapt", "Re-plan a saved plan from today, following the training log", setup_adapt},
      {"history", "Show the training log", setup_history},
      {"progress", "Show one exercise's logged progress", setup_progress},
      {"athlete", "The coach's athletes (athlete add|list|show|rename|remove|token)", setup_athlete},
      {"serve", "Serve the athletes' calendar subscriptions over HTTP (read-only)", setup_serve},
  };
  return table;
}

}  // namespace rs::cli

#include "cli/commands.hpp"

namespace rs::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"db", "Show the library's location, schema version and row counts", setup_db},
      {"plan", "Build a strength plan around your running week (also: plan show ID, plan delete ID)", setup_plan},
      {"plans", "List the saved plans", setup_plans},
      {"schedule", "Save or show your running week (schedule set FILE, schedule show)", setup_schedule},
      {"export", "Export a saved plan as iCalendar or JSON", setup_export},
  };
  return table;
}

}  // namespace rs::cli

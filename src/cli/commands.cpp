#include "cli/commands.hpp"

namespace rs::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"db", "Show the library's location, schema version and row counts", setup_db},
#if __has_include("store/plan_store.hpp")
      {"export", "Export a saved plan as iCalendar or JSON", setup_export},
#endif
  };
  return table;
}

}  // namespace rs::cli

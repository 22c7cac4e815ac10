#include "cli/commands.hpp"

namespace rs::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"db", "Show the library's location, schema version and row counts", setup_db},
  };
  return table;
}

}  // namespace rs::cli

// `runstrength db`: where the library is, its schema version and how many rows each table holds
// (with --json, also how many migrations this run applied to it).
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/table.hpp"
#include "store/migrations.hpp"

namespace rs::cli {

namespace {
struct DbOptions {
  bool json = false;
};

void run_db(Context& context, const DbOptions& options) {
  auto& library = context.library();
  const auto counts = library.table_counts();
  if (options.json) {
    nlohmann::ordered_json tables = nlohmann::ordered_json::object();
    for (const auto& count : counts) tables[count.table] = count.rows;
    nlohmann::ordered_json doc = {{"path", library.path().string()},
                                  {"schema_version", library.schema_version()},
                                  {"latest_schema_version", store::latest_schema_version()},
                                  {"migrations_applied", library.migrations_applied()},
                                  {"tables", tables}};
    context.out << doc.dump(2) << '\n';
    return;
  }
  context.out << "library:        " << library.path().string() << '\n'
              << "schema version: " << library.schema_version() << " (this runstrength supports up to "
              << store::latest_schema_version() << ")\n";
  Table table({{"table"}, {"rows", false}});
  for (const auto& count : counts) table.add_row({count.table, std::to_string(count.rows)});
  context.out << table.render(context.terminal().width, "  ");
}
}  // namespace

void setup_db(CLI::App& command, Context& context) {
  auto options = std::make_shared<DbOptions>();
  command.add_flag("--json", options->json, "Print machine-readable JSON");
  command.callback([&context, options] { run_db(context, *options); });
}

}  // namespace rs::cli

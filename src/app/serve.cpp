#include "app/serve.hpp"

#include <system_error>

#include "app/tokens.hpp"
#include "exporters/export.hpp"
#include "store/plan_store.hpp"
#include "util/error.hpp"

namespace rs::app {

std::optional<Feed> subscription_feed(store::Database& db, std::string_view token, FeedKind kind) {
  std::optional<model::Plan> plan;
  db.run_in_snapshot([&] {
    const auto athlete_id = athlete_for_token(db, token);
    if (!athlete_id) return;
    const auto plans = store::list_plans(db, *athlete_id);
    if (!plans.empty()) plan = store::load_plan(db, plans.front().id);
  });
  if (!plan) return std::nullopt;
  const auto format = kind == FeedKind::calendar ? exporters::ExportFormat::ics : exporters::ExportFormat::html;
  return Feed{exporters::export_plan(*plan, format, {}), plan->saved_at};
}

store::Database open_served_library(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    throw Error("no library at " + path.string() + " (serve never creates one: import or plan first)");
  }
  return store::Database::open(path);
}

}  // namespace rs::app

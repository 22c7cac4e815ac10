#include "app/serve.hpp"

#include <system_error>

#include "app/tokens.hpp"
#include "exporters/export.hpp"
#include "store/plan_store.hpp"
#include "util/error.hpp"
#include "util/sha256.hpp"

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

std::optional<Feed> FeedCache::get(store::Database& db, std::string_view token, FeedKind kind) {
  const long long version = db.data_version();  // read first: a commit after it empties the cache next time
  if (version != version_) {
    feeds_.clear();
    version_ = version;
  }
  const std::string key = (kind == FeedKind::calendar ? "c" : "p") + sha256_hex(token);
  if (const auto found = feeds_.find(key); found != feeds_.end()) return found->second;
  auto feed = subscription_feed(db, token, kind);
  if (!feed) return feed;  // unknown tokens are not kept: guessing cannot fill the cache
  if (feeds_.size() >= capacity) feeds_.clear();
  feeds_.emplace(key, *feed);
  return feed;
}

store::Database open_served_library(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    throw Error("no library at " + path.string() + " (serve never creates one: import or plan first)");
  }
  return store::Database::open(path);
}

}  // namespace rs::app

#include "store/level_ranks_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>
#include <vector>

#include "store/sql_error.hpp"
#include "store/transaction.hpp"

namespace rs::store {

namespace {

constexpr const char* fingerprint_key = "levels_fingerprint";

std::optional<std::string> stored_fingerprint(SQLite::Database& sql) {
  SQLite::Statement query(sql, "SELECT value FROM library_meta WHERE key = ?1");
  query.bind(1, fingerprint_key);
  if (!query.executeStep()) return std::nullopt;
  return query.getColumn(0).getString();
}

// The front matter's `levels` mapping of an article (null when absent or unreadable).
nlohmann::ordered_json mapping_of(const std::string& front_matter) {
  const auto json = nlohmann::ordered_json::parse(front_matter, nullptr, false);
  if (json.is_discarded() || !json.is_object() || !json.contains("levels")) return nullptr;
  return json["levels"];
}

}  // namespace

int rank_stored_levels(Database& db, const attributes::LevelScale& scale) {
  return guard_sql("ranking stored levels", [&] {
    // Read first: most imports find levels.yaml unchanged and take no write lock at all.
    if (stored_fingerprint(db.sql()) == scale.fingerprint()) return 0;
    Transaction transaction(db.sql(), TransactionMode::write);
    if (stored_fingerprint(db.sql()) == scale.fingerprint()) return 0;  // another import did it
    SQLite::Statement levels(db.sql(),
                             "SELECT l.rank, l.article_id, l.name, a.front_matter FROM levels l "
                             "JOIN articles a ON a.id = l.article_id ORDER BY l.article_id, l.rank");
    SQLite::Statement update(db.sql(), "UPDATE levels SET global_rank = ?2 WHERE article_id = ?3 AND rank = ?1");
    int ranked = 0;
    std::int64_t article = -1;
    std::vector<std::int64_t> ids;  // the article's level ranks
    std::vector<std::string> names;
    nlohmann::ordered_json mapping;
    auto flush = [&] {
      const auto ranks = attributes::rank_levels(names, mapping, scale);
      for (std::size_t i = 0; i < ids.size(); ++i) {
        update.bind(1, static_cast<int64_t>(ids[i]));
        update.bind(2, ranks[i].rank);
        update.bind(3, static_cast<int64_t>(article));
        update.exec();
        update.reset();
        ++ranked;
      }
      ids.clear();
      names.clear();
    };
    while (levels.executeStep()) {
      if (levels.getColumn(1).getInt64() != article) {
        flush();
        article = levels.getColumn(1).getInt64();
        mapping = mapping_of(levels.getColumn(3).getString());
      }
      ids.push_back(levels.getColumn(0).getInt64());
      names.push_back(levels.getColumn(2).getString());
    }
    flush();
    SQLite::Statement meta(db.sql(),
                           "INSERT INTO library_meta (key, value) VALUES (?1, ?2) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    meta.bind(1, fingerprint_key);
    meta.bind(2, scale.fingerprint());
    meta.exec();
    transaction.commit();
    return ranked;
  });
}

}  // namespace rs::store

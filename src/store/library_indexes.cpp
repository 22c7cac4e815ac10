#include "store/library_indexes.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <array>
#include <string>

#include "store/sql_error.hpp"
#include "store/transaction.hpp"

namespace rs::store {

namespace {

struct IndexDefinition {
  const char* name;
  const char* create;  // CREATE INDEX IF NOT EXISTS ...
};

// The same definitions as migrations/0015_lean_library.sql.
constexpr std::array<IndexDefinition, 2> deferrable = {{
    {"exercises_slug", "CREATE INDEX IF NOT EXISTS exercises_slug ON exercises (slug)"},
    {"exercises_video",
     "CREATE INDEX IF NOT EXISTS exercises_video ON exercises (video_id, video_provider) WHERE video_id IS NOT NULL"},
}};

int missing_indexes(SQLite::Database& db) {
  SQLite::Statement query(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN (?1, ?2)");
  query.bind(1, deferrable[0].name);
  query.bind(2, deferrable[1].name);
  query.executeStep();
  return static_cast<int>(deferrable.size()) - query.getColumn(0).getInt();
}

}  // namespace

bool library_is_empty(Database& db) {
  return guard_sql("reading the library",
                   [&] { return db.sql().execAndGet("SELECT NOT EXISTS (SELECT 1 FROM exercises)").getInt() != 0; });
}

void drop_deferrable_indexes(Database& db) {
  guard_sql("preparing the import", [&] {
    for (const auto& index : deferrable) db.sql().exec(std::string("DROP INDEX IF EXISTS ") + index.name);
  });
}

int ensure_library_indexes(SQLite::Database& db) {
  return guard_sql("building the library's indexes", [&] {
    if (missing_indexes(db) == 0) return 0;
    Transaction transaction(db, TransactionMode::write, "indexes");
    const int missing = missing_indexes(db);  // another process may have built them meanwhile
    for (const auto& index : deferrable) db.exec(index.create);
    transaction.commit();
    return missing;
  });
}

}  // namespace rs::store

#include "store/migrations.hpp"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <cctype>

#include "store/sql_error.hpp"
#include "store/transaction.hpp"
#include "util/error.hpp"

namespace rs::store {

namespace {

int version_of(std::string_view name) {
  const bool ok = name.size() > 9 && name.ends_with(".sql") && name[4] == '_' &&
                  std::all_of(name.begin(), name.begin() + 4, [](unsigned char c) { return std::isdigit(c); });
  if (!ok) throw Error("migration file name '" + std::string(name) + "' is not NNNN_name.sql");
  return std::stoi(std::string(name.substr(0, 4)));
}

}  // namespace

std::vector<Migration> parse_migrations(const std::vector<EmbeddedFile>& files) {
  std::vector<Migration> result;
  for (const auto& file : files) {
    result.push_back(Migration{version_of(file.name), std::string(file.name), file.data});
  }
  std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
  for (std::size_t i = 0; i < result.size(); ++i) {
    if (result[i].version != static_cast<int>(i) + 1) {
      throw Error("migrations must be numbered 0001, 0002, ... without gaps or duplicates; found " +
                  result[i].name + " at position " + std::to_string(i + 1));
    }
  }
  return result;
}

const std::vector<Migration>& builtin_migrations() {
  static const std::vector<Migration> migrations = parse_migrations(embedded_migrations());
  return migrations;
}

int latest_schema_version() {
  const auto& migrations = builtin_migrations();
  return migrations.empty() ? 0 : migrations.back().version;
}

int read_schema_version(SQLite::Database& db) {
  return guard_sql("reading the library's schema version",
                   [&] { return db.execAndGet("PRAGMA user_version").getInt(); });
}

int migrate(SQLite::Database& db, const std::vector<Migration>& migrations, std::string_view label) {
  const int latest = migrations.empty() ? 0 : migrations.back().version;
  auto refuse_if_newer = [&](int current) {
    if (current > latest) {
      throw Error("library " + std::string(label) + " has schema version " + std::to_string(current) +
                  "; this runstrength supports up to " + std::to_string(latest) +
                  " (upgrade runstrength to use it)");
    }
  };
  int current = read_schema_version(db);
  refuse_if_newer(current);
  int applied = 0;
  for (const auto& migration : migrations) {
    if (migration.version <= current) continue;
    guard_sql("applying migration " + migration.name + " to " + std::string(label), [&] {
      Transaction transaction(db, TransactionMode::write);
      current = read_schema_version(db);  // another process may have migrated meanwhile
      refuse_if_newer(current);
      if (migration.version > current) {
        db.exec(std::string(migration.sql));
        db.exec("PRAGMA user_version = " + std::to_string(migration.version));
        current = migration.version;
        ++applied;
      }
      transaction.commit();
    });
  }
  return applied;
}

}  // namespace rs::store

#include "support/library_snapshot.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace rs::test {

namespace {

// One query per part of an article: the slug, then the values that make up the part, in a stable order.
constexpr const char* article_parts_sql[] = {
    "SELECT a.slug, 'article', a.title, a.description, a.front_matter, a.content_hash, a.published_date, a.draft "
    "FROM articles a ORDER BY a.slug",
    "SELECT a.slug, 'level', l.rank, l.slug, l.name FROM levels l JOIN articles a ON a.id = l.article_id "
    "ORDER BY a.slug, l.rank",
    "SELECT a.slug, 'exercise', l.rank, e.column_number, e.position, e.slug, e.name, e.source_line, "
    "       e.video_provider, e.video_id, e.video_url, x.kind, x.areas, x.dose, x.equipment, x.substitutes, x.source "
    "FROM exercises e JOIN articles a ON a.id = e.article_id "
    "JOIN levels l ON l.article_id = e.article_id AND l.rank = e.level_rank "
    "LEFT JOIN name_attributes x ON x.name = e.name "
    "ORDER BY a.slug, l.rank, e.column_number, e.position",
    "SELECT a.slug, 'tip', t.position, t.section, t.title, t.body FROM tips t JOIN articles a ON a.id = t.article_id "
    "ORDER BY a.slug, t.position",
};

SQLite::Database open_library(const std::string& db_path) {
  // Read-write, as runstrength opens it: a library left by a killed process may need its WAL recovered.
  return SQLite::Database(db_path, SQLite::OPEN_READWRITE, 10000);
}

}  // namespace

std::map<std::string, std::string> article_snapshots(const std::string& db_path) {
  auto db = open_library(db_path);
  std::map<std::string, std::string> articles;
  for (const char* sql : article_parts_sql) {
    SQLite::Statement rows(db, sql);
    while (rows.executeStep()) {
      auto& text = articles[rows.getColumn(0).getString()];
      text += rows.getColumn(1).getString() + ":";
      // Values separated by a tab and quoted, so that no two different rows print alike; NULL as NULL.
      for (int i = 2; i < rows.getColumnCount(); ++i) {
        const auto value = rows.getColumn(i);
        text += value.isNull() ? "\tNULL" : "\t[" + value.getString() + "]";
      }
      text += "\n";
    }
  }
  return articles;
}

std::string video_rows(const std::string& db_path) {
  auto db = open_library(db_path);
  // The videos view: the distinct videos the exercises show.
  SQLite::Statement rows(db, "SELECT provider || ':' || provider_id || ' ' || url FROM videos ORDER BY 1");
  std::string text;
  while (rows.executeStep()) text += rows.getColumn(0).getString() + "\n";
  return text;
}

std::string library_problems(const std::string& db_path) {
  auto db = open_library(db_path);
  std::string problems;
  SQLite::Statement integrity(db, "PRAGMA integrity_check");
  while (integrity.executeStep()) {
    const auto line = integrity.getColumn(0).getString();
    if (line != "ok") problems += "integrity_check: " + line + "\n";
  }
  SQLite::Statement foreign(db, "PRAGMA foreign_key_check");
  while (foreign.executeStep()) {
    problems += "foreign_key_check: " + foreign.getColumn(0).getString() + " rowid " +
                foreign.getColumn(1).getString() + " -> " + foreign.getColumn(2).getString() + "\n";
  }
  // An exercise names its level by rank; no foreign key checks that the level is there.
  const auto levelless = db.execAndGet(
                               "SELECT count(*) FROM exercises e WHERE NOT EXISTS "
                               "(SELECT 1 FROM levels l WHERE l.article_id = e.article_id AND l.rank = e.level_rank)")
                             .getInt();
  if (levelless != 0) problems += std::to_string(levelless) + " exercises whose level does not exist\n";
  const auto bare = db.execAndGet(
                          "SELECT count(*) FROM exercises e WHERE NOT EXISTS "
                          "(SELECT 1 FROM name_attributes x WHERE x.name = e.name)")
                        .getInt();
  if (bare != 0) problems += std::to_string(bare) + " exercises without attributes\n";
  return problems;
}

}  // namespace rs::test

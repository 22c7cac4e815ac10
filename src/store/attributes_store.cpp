#include "store/attributes_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include <optional>

#include "model/library_json.hpp"
#include "store/sql_error.hpp"

namespace rs::store {

namespace {

constexpr const char* fingerprint_key = "attributes_fingerprint";

struct Pending {
  long long id = 0;
  std::string name;
  std::string article;
  std::string source_path;
  int line = 0;
};

std::optional<std::string> stored_fingerprint(SQLite::Database& sql) {
  SQLite::Statement query(sql, "SELECT value FROM library_meta WHERE key = ?1");
  query.bind(1, fingerprint_key);
  if (!query.executeStep()) return std::nullopt;
  return query.getColumn(0).getString();
}

// Exercises to resolve: all of them, those without attributes, or (article_id > 0) one article's.
std::vector<Pending> pending_exercises(SQLite::Database& sql, bool all, std::int64_t article_id = 0) {
  SQLite::Statement query(sql,
                          "SELECT e.id, e.name, a.slug, a.source_path, e.source_line FROM exercises e "
                          "JOIN articles a ON a.id = e.article_id "
                          "LEFT JOIN exercise_attributes x ON x.exercise_id = e.id "
                          "WHERE (?2 > 0 AND e.article_id = ?2) OR (?2 = 0 AND (?1 OR x.exercise_id IS NULL)) "
                          "ORDER BY e.id");
  query.bind(1, all ? 1 : 0);
  query.bind(2, static_cast<int64_t>(article_id));
  std::vector<Pending> rows;
  while (query.executeStep()) {
    rows.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(), query.getColumn(2).getString(),
                    query.getColumn(3).getString(), query.getColumn(4).isNull() ? 0 : query.getColumn(4).getInt()});
  }
  return rows;
}

void write_row(SQLite::Statement& insert, long long id, const model::ExerciseAttributes& attributes) {
  insert.reset();
  insert.bind(1, static_cast<int64_t>(id));
  insert.bind(2, nlohmann::json(attributes.areas).dump());
  insert.bind(3, attributes.kind);
  insert.bind(4, model::dose_to_json(attributes.dose).dump());
  insert.bind(5, nlohmann::json(attributes.equipment).dump());
  insert.bind(6, nlohmann::json(attributes.substitutes).dump());
  insert.bind(7, attributes.source);
  insert.exec();
}

// Resolves and stores `exercises`, counting them (and the defaults' warnings) in `report`.
void resolve_rows(SQLite::Database& sql, const attributes::AttributeResolver& resolver,
                  const std::vector<Pending>& exercises, AttributeResolutionReport& report) {
  SQLite::Statement insert(sql,
                           "INSERT INTO exercise_attributes (exercise_id, areas, kind, dose, equipment, "
                           "substitutes, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                           "ON CONFLICT (exercise_id) DO UPDATE SET areas = excluded.areas, kind = excluded.kind, "
                           "dose = excluded.dose, equipment = excluded.equipment, "
                           "substitutes = excluded.substitutes, source = excluded.source");
  for (const auto& exercise : exercises) {
    const auto attributes = resolver.resolve(exercise.name);
    write_row(insert, exercise.id, attributes);
    if (attributes.source == "override") {
      ++report.overrides;
    } else if (attributes.source == "inferred") {
      ++report.inferred;
    } else {
      ++report.defaults;
      report.warnings.push_back({exercise.source_path, exercise.line, exercise.article,
                                 exercise.article + ": exercise '" + exercise.name +
                                     "' matched no entry or rule; using the default (full-body strength, 2x10, "
                                     "bodyweight); add it to exercises.yaml"});
    }
  }
}

}  // namespace

AttributeResolutionReport resolve_article_attributes(Database& db, const attributes::AttributeResolver& resolver,
                                                     std::int64_t article_id) {
  return guard_sql("storing exercise attributes", [&] {
    AttributeResolutionReport report;
    resolve_rows(db.sql(), resolver, pending_exercises(db.sql(), false, article_id), report);
    return report;
  });
}

AttributeResolutionReport resolve_library_attributes(Database& db, const attributes::AttributeResolver& resolver) {
  return guard_sql("storing exercise attributes", [&] {
    AttributeResolutionReport report;
    SQLite::Transaction transaction(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    report.full = stored_fingerprint(db.sql()) != resolver.fingerprint();
    resolve_rows(db.sql(), resolver, pending_exercises(db.sql(), report.full), report);
    if (report.full) {
      SQLite::Statement meta(db.sql(),
                             "INSERT INTO library_meta (key, value) VALUES (?1, ?2) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
      meta.bind(1, fingerprint_key);
      meta.bind(2, resolver.fingerprint());
      meta.exec();
    }
    transaction.commit();
    return report;
  });
}

}  // namespace rs::store

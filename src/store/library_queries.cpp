#include "store/library_queries.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <nlohmann/json.hpp>

#include <set>
#include <string>

#include "model/library_json.hpp"
#include "store/sql_error.hpp"
#include "store/transaction.hpp"
#include "util/error.hpp"

namespace rs::store {

namespace {

model::ExerciseAttributes read_attributes(SQLite::Statement& row, int first) {
  model::ExerciseAttributes attributes;
  if (row.getColumn(first).isNull()) return attributes;  // not resolved yet: documented default
  attributes.areas = nlohmann::json::parse(row.getColumn(first).getString()).get<std::vector<std::string>>();
  attributes.kind = model::parse_kind(row.getColumn(first + 1).getString()).value_or(model::ExerciseKind::strength);
  attributes.dose = model::dose_from_json(nlohmann::json::parse(row.getColumn(first + 2).getString()));
  attributes.equipment = nlohmann::json::parse(row.getColumn(first + 3).getString()).get<std::vector<std::string>>();
  attributes.substitutes =
      nlohmann::json::parse(row.getColumn(first + 4).getString()).get<std::map<std::string, std::string>>();
  attributes.source =
      model::parse_source(row.getColumn(first + 5).getString()).value_or(model::AttributeSource::defaulted);
  return attributes;
}

// The columns read_exercises reads, and the joins from `e` (an exercises row) that give them.
constexpr const char* exercise_columns =
    "SELECT e.id, e.slug, e.name, a.slug, l.slug, l.name, l.global_rank, e.column_number, "
    "       e.position, e.video_provider, e.video_id, e.video_url, "
    "       x.areas, x.kind, x.dose, x.equipment, x.substitutes, x.source ";
constexpr const char* exercise_joins =
    "JOIN articles a ON a.id = e.article_id "
    "JOIN levels l ON l.article_id = e.article_id AND l.rank = e.level_rank "
    "LEFT JOIN name_attributes x ON x.name = e.name ";
constexpr const char* exercise_order = "ORDER BY a.slug, l.rank, e.column_number, e.position";

// Steps a query selecting exercise_columns to its end.
std::vector<model::Exercise> read_exercises(SQLite::Statement& query) {
  std::vector<model::Exercise> exercises;
  try {
    while (query.executeStep()) {
      model::Exercise exercise;
      exercise.id = query.getColumn(0).getInt64();
      exercise.slug = query.getColumn(1).getString();
      exercise.name = query.getColumn(2).getString();
      exercise.article_slug = query.getColumn(3).getString();
      exercise.level_slug = query.getColumn(4).getString();
      exercise.level_name = query.getColumn(5).getString();
      exercise.level_rank = query.getColumn(6).getInt();
      exercise.column = query.getColumn(7).getInt();
      exercise.position = query.getColumn(8).getInt();
      if (!query.getColumn(9).isNull()) {
        exercise.video = model::Video{
            query.getColumn(9).getString() == "vimeo" ? model::VideoProvider::vimeo : model::VideoProvider::youtube,
            query.getColumn(10).getString(), query.getColumn(11).getString()};
      }
      exercise.attributes = read_attributes(query, 12);
      exercises.push_back(std::move(exercise));
    }
  } catch (const nlohmann::json::exception& error) {
    throw Error(std::string("library holds malformed exercise attributes: ") + error.what());
  }
  return exercises;
}

// The tips of strength articles (those with exercises) in list order: all of them, or the first
// `limit` of each article; only those of the articles `of` names (a JSON array of slugs) when given.
std::vector<model::Tip> read_tips(Database& db, std::optional<std::size_t> limit,
                                  const std::optional<std::string>& of = std::nullopt) {
  // articles drives the loop so both indexes give the order: no sort; positions count from 1 in
  // each article, so the per-article limit is a range of the tips index.
  SQLite::Statement query(db.sql(),
                          "SELECT a.slug, t.section, t.title, t.body, t.position FROM articles a "
                          "CROSS JOIN tips t ON t.article_id = a.id "
                          "WHERE EXISTS (SELECT 1 FROM exercises e WHERE e.article_id = a.id) "
                          "AND (?1 < 0 OR t.position <= ?1) "
                          "AND (?2 IS NULL OR a.slug IN (SELECT value FROM json_each(?2))) ORDER BY a.slug, t.position");
  query.bind(1, limit ? static_cast<int64_t>(*limit) : int64_t{-1});
  if (of) query.bind(2, *of);
  std::vector<model::Tip> tips;
  while (query.executeStep()) {
    tips.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(), query.getColumn(2).getString(),
                    query.getColumn(3).getString(), query.getColumn(4).getInt()});
  }
  return tips;
}

}  // namespace

std::vector<model::Exercise> list_exercises(Database& db, const ExerciseFilter& filter) {
  return guard_sql("reading exercises", [&] {
    SQLite::Statement query(db.sql(), std::string(exercise_columns) + "FROM exercises e " + exercise_joins +
                                          "WHERE (?1 IS NULL OR a.slug = ?1) AND (?2 IS NULL OR l.slug = ?2) " +
                                          exercise_order);
    if (filter.article) query.bind(1, *filter.article);
    if (filter.level) query.bind(2, *filter.level);
    return read_exercises(query);
  });
}

std::vector<model::Exercise> list_distinct_exercises(Database& db) {
  return guard_sql("reading exercises", [&] {
    // A loose index scan of exercises_slug: one seek per distinct slug, then the lowest id of each
    // slug, so the cost grows with the number of distinct exercises, not with the library.
    SQLite::Statement query(db.sql(),
                            "WITH RECURSIVE distinct_slugs (slug) AS ("
                            "  SELECT min(slug) FROM exercises"
                            "  UNION ALL"
                            "  SELECT (SELECT min(slug) FROM exercises WHERE slug > d.slug) FROM distinct_slugs d"
                            "  WHERE d.slug IS NOT NULL) " +
                                std::string(exercise_columns) +
                                "FROM distinct_slugs d JOIN exercises e ON e.id = "
                                "  (SELECT id FROM exercises WHERE slug = d.slug ORDER BY id LIMIT 1) " +
                                exercise_joins + "WHERE d.slug IS NOT NULL " + exercise_order);
    return read_exercises(query);
  });
}

std::vector<model::Tip> list_tips(Database& db) {
  return guard_sql("reading tips", [&] { return read_tips(db, std::nullopt); });
}

LibraryContent read_plan_library(Database& db, std::size_t tip_limit) {
  return guard_sql("reading the library", [&] {
    Transaction snapshot(db.sql(), TransactionMode::read);
    // A session's note draws only on the tips of the articles its exercises come from (planner):
    // the tips of the articles that hold the distinct exercises are all a plan can use.
    auto exercises = list_distinct_exercises(db);
    std::set<std::string> articles;
    for (const auto& exercise : exercises) articles.insert(exercise.article_slug);
    auto tips = read_tips(db, tip_limit, nlohmann::json(articles).dump());
    LibraryContent content{std::move(exercises), std::move(tips)};
    snapshot.commit();
    return content;
  });
}

}  // namespace rs::store

#include "store/attributes_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "model/library_json.hpp"
#include "store/multi_row.hpp"
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

// The columns every pending-exercise query selects, and their reading.
constexpr const char* pending_columns =
    "SELECT e.id, e.name, a.slug, a.source_path, e.source_line FROM exercises e JOIN articles a ON a.id = "
    "e.article_id ";

std::vector<Pending> read_pending(SQLite::Statement& query) {
  std::vector<Pending> rows;
  while (query.executeStep()) {
    rows.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(), query.getColumn(2).getString(),
                    query.getColumn(3).getString(), query.getColumn(4).isNull() ? 0 : query.getColumn(4).getInt()});
  }
  return rows;
}

// Exercises to resolve: all of them, or those without attributes.
std::vector<Pending> pending_exercises(SQLite::Database& sql, bool all) {
  SQLite::Statement query(sql, std::string(pending_columns) +
                                   "LEFT JOIN exercise_attributes x ON x.exercise_id = e.id "
                                   "WHERE ?1 OR x.exercise_id IS NULL ORDER BY e.id");
  query.bind(1, all ? 1 : 0);
  return read_pending(query);
}

// One resolved name, with its columns as stored (exercise names repeat across articles: each
// distinct name is resolved and serialised once per run).
struct ResolvedRow {
  model::ExerciseAttributes attributes;
  std::string areas, dose, equipment, substitutes;
};

const ResolvedRow& resolve_cached(std::unordered_map<std::string, ResolvedRow>& cache,
                                  const attributes::AttributeResolver& resolver, const std::string& name) {
  auto found = cache.find(name);
  if (found != cache.end()) return found->second;
  auto attributes = resolver.resolve(name);
  ResolvedRow row{attributes, nlohmann::json(attributes.areas).dump(), model::dose_to_json(attributes.dose).dump(),
                  nlohmann::json(attributes.equipment).dump(), nlohmann::json(attributes.substitutes).dump()};
  return cache.emplace(name, std::move(row)).first->second;
}

void count_row(AttributeResolutionReport& report, const Pending& exercise,
               const model::ExerciseAttributes& attributes) {
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

// True when some exercise may lack attributes. Every exercise_attributes row belongs to an
// exercise (foreign key, ON DELETE CASCADE), so equal counts mean none is missing; counting is
// cheap where finding the missing ones scans every exercise.
bool any_pending(SQLite::Database& sql) {
  return sql.execAndGet("SELECT (SELECT count(*) FROM exercises) <> (SELECT count(*) FROM exercise_attributes)")
             .getInt() != 0;
}

using ResolvedCache = std::unordered_map<std::string, ResolvedRow>;

// The upsert of exercise_attributes rows, several at a time.
MultiRowInsert attribute_insert(SQLite::Database& sql) {
  return MultiRowInsert(
      sql, "INSERT INTO exercise_attributes (exercise_id, areas, kind, dose, equipment, substitutes, source)", 7,
      "ON CONFLICT (exercise_id) DO UPDATE SET areas = excluded.areas, kind = excluded.kind, "
      "dose = excluded.dose, equipment = excluded.equipment, "
      "substitutes = excluded.substitutes, source = excluded.source");
}

// Resolves and stores `exercises` with multi-row inserts (each distinct name resolved once per
// cache), counting them (and the defaults' warnings) in `report`.
void resolve_rows(MultiRowInsert& insert, ResolvedCache& cache, const attributes::AttributeResolver& resolver,
                  const std::vector<Pending>& exercises, AttributeResolutionReport& report) {
  for (std::size_t first = 0; first < exercises.size(); first += MultiRowInsert::max_rows) {
    const auto count = std::min<std::size_t>(MultiRowInsert::max_rows, exercises.size() - first);
    auto& statement = insert.rows(static_cast<int>(count));
    for (std::size_t r = 0; r < count; ++r) {
      const auto& exercise = exercises[first + r];
      const auto& row = resolve_cached(cache, resolver, exercise.name);
      const auto at = [&](int column) { return insert.index(static_cast<int>(r), column); };
      statement.bind(at(0), static_cast<int64_t>(exercise.id));
      statement.bind(at(1), row.areas);
      statement.bind(at(2), row.attributes.kind);
      statement.bind(at(3), row.dose);
      statement.bind(at(4), row.equipment);
      statement.bind(at(5), row.substitutes);
      statement.bind(at(6), row.attributes.source);
      count_row(report, exercise, row.attributes);
    }
    statement.exec();
  }
}

}  // namespace

struct ArticleAttributeWriter::State {
  State(SQLite::Database& sql, const attributes::AttributeResolver& resolver)
      : resolver(resolver),
        select(sql, std::string(pending_columns) + "WHERE e.article_id = ?1 ORDER BY e.id"),
        insert(attribute_insert(sql)) {}
  const attributes::AttributeResolver& resolver;
  SQLite::Statement select;
  MultiRowInsert insert;
  ResolvedCache cache;
};

ArticleAttributeWriter::ArticleAttributeWriter(Database& db, const attributes::AttributeResolver& resolver)
    : state_(guard_sql("preparing to store exercise attributes",
                       [&] { return std::make_unique<State>(db.sql(), resolver); })) {}

ArticleAttributeWriter::~ArticleAttributeWriter() = default;

AttributeResolutionReport ArticleAttributeWriter::write(std::int64_t article_id) {
  return guard_sql("storing exercise attributes", [&] {
    AttributeResolutionReport report;
    state_->select.tryReset();
    state_->select.bind(1, static_cast<int64_t>(article_id));
    resolve_rows(state_->insert, state_->cache, state_->resolver, read_pending(state_->select), report);
    return report;
  });
}

AttributeResolutionReport resolve_library_attributes(Database& db, const attributes::AttributeResolver& resolver) {
  return guard_sql("storing exercise attributes", [&] {
    AttributeResolutionReport report;
    SQLite::Transaction transaction(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    report.full = stored_fingerprint(db.sql()) != resolver.fingerprint();
    const auto pending =
        report.full || any_pending(db.sql()) ? pending_exercises(db.sql(), report.full) : std::vector<Pending>{};
    auto insert = attribute_insert(db.sql());
    ResolvedCache cache;
    resolve_rows(insert, cache, resolver, pending, report);
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

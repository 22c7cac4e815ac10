#include "store/attributes_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "attributes/vocabulary.hpp"
#include "model/library_json.hpp"
#include "store/library_writer.hpp"
#include "store/multi_row.hpp"
#include "store/sql_error.hpp"
#include "store/transaction.hpp"

namespace rs::store {

namespace {

constexpr const char* fingerprint_key = "attributes_fingerprint";

// What is known of a name's exercises when warning about a default: where the exercise is.
// Views: the strings outlive the count_exercise() call that reads them.
struct Occurrence {
  std::string_view name;
  std::string_view article;
  std::string_view source_path;
  int line = 0;
};

std::optional<std::string> stored_fingerprint(SQLite::Database& sql) {
  SQLite::Statement query(sql, "SELECT value FROM library_meta WHERE key = ?1");
  query.bind(1, fingerprint_key);
  if (!query.executeStep()) return std::nullopt;
  return query.getColumn(0).getString();
}

// One resolved name, with its columns as stored; each distinct name is resolved and serialised
// once per writer or pass.
struct ResolvedRow {
  model::ExerciseAttributes attributes;
  std::string areas, dose, equipment, substitutes;
};

using ResolvedCache = std::unordered_map<std::string, ResolvedRow>;

const ResolvedRow& resolve_cached(ResolvedCache& cache, const attributes::AttributeResolver& resolver,
                                  const std::string& name) {
  auto found = cache.find(name);
  if (found != cache.end()) return found->second;
  auto attributes = resolver.resolve(name);
  ResolvedRow row{attributes, nlohmann::json(attributes.areas).dump(), model::dose_to_json(attributes.dose).dump(),
                  nlohmann::json(attributes.equipment).dump(), nlohmann::json(attributes.substitutes).dump()};
  return cache.emplace(name, std::move(row)).first->second;
}

// Counts one exercise resolved as `attributes` in `report`, with a warning when it is the default.
void count_exercise(AttributeResolutionReport& report, const Occurrence& exercise,
                    const model::ExerciseAttributes& attributes) {
  const auto source = attributes.source;
  if (source == attributes::AttributeSource::overridden) {
    ++report.overrides;
  } else if (source == attributes::AttributeSource::inferred) {
    ++report.inferred;
  } else {
    ++report.defaults;
    const std::string article(exercise.article);
    report.warnings.push_back({std::string(exercise.source_path), exercise.line, article,
                               article + ": exercise '" + std::string(exercise.name) +
                                   "' matched no entry or rule; using the default (full-body strength, 2x10, "
                                   "bodyweight); add it to exercises.yaml"});
  }
}

// Inserts of name_attributes rows, several at a time; a name already stored keeps its row (it is
// current: see resolve_library_attributes, which empties the table before writing every name).
MultiRowInsert name_insert(SQLite::Database& sql) {
  return MultiRowInsert(sql, "INSERT INTO name_attributes (name, areas, kind, dose, equipment, substitutes, source)", 7,
                        "ON CONFLICT (name) DO NOTHING");
}

// Resolves and stores distinct `names` with multi-row inserts.
void store_names(MultiRowInsert& insert, ResolvedCache& cache, const attributes::AttributeResolver& resolver,
                 const std::vector<std::string>& names) {
  for (std::size_t first = 0; first < names.size(); first += MultiRowInsert::max_rows) {
    const auto count = std::min<std::size_t>(MultiRowInsert::max_rows, names.size() - first);
    auto& statement = insert.rows(static_cast<int>(count));
    for (std::size_t r = 0; r < count; ++r) {
      const auto& name = names[first + r];
      const auto& row = resolve_cached(cache, resolver, name);
      const auto at = [&](int column) { return insert.index(static_cast<int>(r), column); };
      statement.bindNoCopy(at(0), name);  // names and cached rows outlive the step
      statement.bindNoCopy(at(1), row.areas);
      statement.bindNoCopy(at(2), model::to_string(row.attributes.kind).data());  // static names
      statement.bindNoCopy(at(3), row.dose);
      statement.bindNoCopy(at(4), row.equipment);
      statement.bindNoCopy(at(5), row.substitutes);
      statement.bindNoCopy(at(6), model::to_string(row.attributes.source).data());
    }
    statement.exec();
  }
}

}  // namespace

struct ArticleAttributeWriter::State {
  State(SQLite::Database& sql, const attributes::AttributeResolver& resolver)
      : resolver(resolver),
        // Probing the primary key first: an INSERT that meets a stored name still checks the
        // row's CHECK constraints, which costs several times more than the probe.
        missing(sql,
                "SELECT j.value FROM json_each(?1) j "
                "WHERE NOT EXISTS (SELECT 1 FROM name_attributes n WHERE n.name = j.value)"),
        insert(name_insert(sql)) {}
  const attributes::AttributeResolver& resolver;
  SQLite::Statement missing;
  MultiRowInsert insert;
  ResolvedCache cache;
  // Names a probe found stored: they stay stored for the writer's life (rows are only ever added
  // while it runs, and a run whose transaction SQLite rolls back as a whole stops), so an article
  // whose names are all here needs no probe. Names this writer inserts join only once a later
  // probe finds them, so a savepoint rolled back after inserting one never leaves it here.
  std::unordered_set<std::string> present;
};

ArticleAttributeWriter::ArticleAttributeWriter(Database& db, const attributes::AttributeResolver& resolver)
    : state_(guard_sql("preparing to store exercise attributes",
                       [&] { return std::make_unique<State>(db.sql(), resolver); })) {}

ArticleAttributeWriter::~ArticleAttributeWriter() = default;

AttributeResolutionReport ArticleAttributeWriter::write(const model::ParsedArticle& article,
                                                        const std::string& source_path) {
  return write(article, source_path, exercise_names_json(article));
}

AttributeResolutionReport ArticleAttributeWriter::write(const model::ParsedArticle& article,
                                                        const std::string& source_path,
                                                        const std::string& names_json) {
  return guard_sql("storing exercise attributes", [&] {
    AttributeResolutionReport report;
    std::vector<const std::string*> unknown;  // names not known to be stored, maybe repeated
    for (const auto& level : article.levels) {
      for (const auto& exercise : level.exercises) {
        const auto& row = resolve_cached(state_->cache, state_->resolver, exercise.name);
        count_exercise(report, {exercise.name, article.slug, source_path, exercise.line}, row.attributes);
        if (state_->present.count(exercise.name) == 0) unknown.push_back(&exercise.name);
      }
    }
    if (unknown.empty()) return report;
    auto& missing = state_->missing;
    missing.tryReset();
    missing.bindNoCopy(1, names_json);
    std::vector<std::string> names;
    while (missing.executeStep()) names.push_back(missing.getColumn(0).getString());
    const std::unordered_set<std::string_view> absent(names.begin(), names.end());
    for (const auto* name : unknown) {
      if (absent.count(*name) == 0) state_->present.insert(*name);
    }
    store_names(state_->insert, state_->cache, state_->resolver, names);
    return report;
  });
}

AttributeResolutionReport resolve_library_attributes(Database& db, const attributes::AttributeResolver& resolver) {
  return guard_sql("storing exercise attributes", [&] {
    AttributeResolutionReport report;
    // Read first: most imports find the files unchanged and then take no write lock at all.
    if (stored_fingerprint(db.sql()) == resolver.fingerprint()) return report;
    Transaction transaction(db.sql(), TransactionMode::write);
    if (stored_fingerprint(db.sql()) == resolver.fingerprint()) return report;  // another import did it
    report.full = true;
    // Every name in use, resolved again; names no exercise uses any more go.
    std::vector<std::string> names;
    SQLite::Statement distinct(db.sql(), "SELECT DISTINCT name FROM exercises ORDER BY name");
    while (distinct.executeStep()) names.push_back(distinct.getColumn(0).getString());
    db.sql().exec("DELETE FROM name_attributes");
    auto insert = name_insert(db.sql());
    ResolvedCache cache;
    store_names(insert, cache, resolver, names);
    // Counts and warnings are per exercise, as when the articles were written.
    SQLite::Statement exercises(db.sql(),
                                "SELECT e.name, a.slug, a.source_path, e.source_line FROM exercises e "
                                "JOIN articles a ON a.id = e.article_id ORDER BY e.id");
    while (exercises.executeStep()) {
      const std::string name = exercises.getColumn(0).getString(), article = exercises.getColumn(1).getString(),
                        path = exercises.getColumn(2).getString();
      const Occurrence exercise{name, article, path, exercises.getColumn(3).isNull() ? 0 : exercises.getColumn(3).getInt()};
      count_exercise(report, exercise, resolve_cached(cache, resolver, name).attributes);
    }
    SQLite::Statement meta(db.sql(),
                           "INSERT INTO library_meta (key, value) VALUES (?1, ?2) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    meta.bind(1, fingerprint_key);
    meta.bind(2, resolver.fingerprint());
    meta.exec();
    transaction.commit();
    return report;
  });
}

}  // namespace rs::store

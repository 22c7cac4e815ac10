#include "store/log_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "store/sql_error.hpp"
#include "store/transaction.hpp"
#include "util/error.hpp"

namespace rs::store {

namespace {

constexpr const char* insert_sql =
    "INSERT INTO training_log (plan_id, date, kind, outcome, slug, name, extra, sets, reps, seconds, load, "
    "load_unit, rpe, pain, note, athlete_id) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,"
    "coalesce((SELECT athlete_id FROM plans WHERE id = ?1), ?16))";

void bind_int(SQLite::Statement& statement, int index, const std::optional<int>& value) {
  if (value) {
    statement.bind(index, *value);
  } else {
    statement.bind(index);
  }
}

std::optional<int> column_int(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getInt();
}

void bind_entry(SQLite::Statement& insert, const model::LogEntry& entry) {
  if (entry.plan_id) {
    insert.bind(1, static_cast<int64_t>(*entry.plan_id));
  } else {
    insert.bind(1);
  }
  insert.bind(2, format_date(entry.date));
  insert.bind(3, std::string(model::to_string(entry.kind)));
  if (entry.outcome) {
    insert.bind(4, std::string(model::to_string(*entry.outcome)));
  } else {
    insert.bind(4);
  }
  insert.bind(5, entry.slug);
  insert.bind(6, entry.name);
  insert.bind(7, entry.extra ? 1 : 0);
  insert.bind(8, entry.sets);
  bind_int(insert, 9, entry.reps);
  bind_int(insert, 10, entry.seconds);
  if (entry.load) {
    insert.bind(11, entry.load->amount);
    insert.bind(12, std::string(model::to_string(entry.load->unit)));
  } else {
    insert.bind(11);
    insert.bind(12);
  }
  bind_int(insert, 13, entry.rpe);
  insert.bind(14, entry.pain ? 1 : 0);
  insert.bind(15, entry.note);
}

model::LogEntry read_entry(SQLite::Statement& query) {
  model::LogEntry entry;
  entry.id = query.getColumn(0).getInt64();
  if (!query.getColumn(1).isNull()) entry.plan_id = query.getColumn(1).getInt64();
  const auto date = parse_date(query.getColumn(2).getString());
  const auto kind = model::parse_log_kind(query.getColumn(3).getString());
  if (!date || !kind) throw Error("training log row " + std::to_string(entry.id) + " is damaged");
  entry.date = *date;
  entry.kind = *kind;
  if (!query.getColumn(4).isNull()) entry.outcome = model::parse_outcome(query.getColumn(4).getString());
  entry.slug = query.getColumn(5).getString();
  entry.name = query.getColumn(6).getString();
  entry.extra = query.getColumn(7).getInt() != 0;
  entry.sets = query.getColumn(8).getInt();
  entry.reps = column_int(query.getColumn(9));
  entry.seconds = column_int(query.getColumn(10));
  if (!query.getColumn(11).isNull()) {
    const auto unit = query.getColumn(12).getString() == "lb" ? model::LoadUnit::lb : model::LoadUnit::kg;
    entry.load = model::Load{query.getColumn(11).getDouble(), unit};
  }
  entry.rpe = column_int(query.getColumn(13));
  entry.pain = query.getColumn(14).getInt() != 0;
  entry.note = query.getColumn(15).getString();
  return entry;
}

}  // namespace

void add_log_entries(Database& db, std::vector<model::LogEntry>& entries, long long athlete_id) {
  guard_sql("writing the training log", [&] {
    Transaction transaction(db.sql(), TransactionMode::write);
    SQLite::Statement insert(db.sql(), insert_sql);
    for (auto& entry : entries) {
      bind_entry(insert, entry);
      insert.bind(16, static_cast<int64_t>(athlete_id));
      insert.exec();
      insert.reset();
      entry.id = db.sql().getLastInsertRowid();
    }
    transaction.commit();
  });
}

std::vector<model::LogEntry> read_log(Database& db, const LogQuery& query) {
  return guard_sql("reading the training log", [&] {
    SQLite::Statement select(db.sql(),
                             "SELECT id, plan_id, date, kind, outcome, slug, name, extra, sets, reps, seconds, load, "
                             "load_unit, rpe, pain, note FROM training_log "
                             "WHERE (?1 IS NULL OR date >= ?1) AND (?2 IS NULL OR date <= ?2) "
                             "AND (?3 IS NULL OR plan_id = ?3) AND (?4 IS NULL OR slug = ?4) "
                             "AND (?5 IS NULL OR athlete_id = ?5) ORDER BY date, id");
    if (query.from) select.bind(1, format_date(*query.from));
    if (query.to) select.bind(2, format_date(*query.to));
    if (query.plan_id) select.bind(3, static_cast<int64_t>(*query.plan_id));
    if (query.slug) select.bind(4, *query.slug);
    if (query.athlete_id) select.bind(5, static_cast<int64_t>(*query.athlete_id));
    std::vector<model::LogEntry> entries;
    while (select.executeStep()) entries.push_back(read_entry(select));
    return entries;
  });
}

long long count_plan_log(Database& db, long long plan_id) {
  return guard_sql("reading the training log", [&] {
    SQLite::Statement count(db.sql(), "SELECT count(*) FROM training_log WHERE plan_id = ?");
    count.bind(1, static_cast<int64_t>(plan_id));
    count.executeStep();
    return static_cast<long long>(count.getColumn(0).getInt64());
  });
}

std::optional<long long> newest_plan_id(Database& db, long long athlete_id) {
  return guard_sql("reading the saved plans", [&]() -> std::optional<long long> {
    SQLite::Statement query(db.sql(), "SELECT max(id) FROM plans WHERE athlete_id = ?");
    query.bind(1, static_cast<int64_t>(athlete_id));
    if (!query.executeStep() || query.getColumn(0).isNull()) return std::nullopt;
    return query.getColumn(0).getInt64();
  });
}

}  // namespace rs::store

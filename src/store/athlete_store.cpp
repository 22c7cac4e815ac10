#include "store/athlete_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "store/sql_error.hpp"
#include "util/date.hpp"
#include "util/error.hpp"

namespace rs::store {

namespace {

const char* const select_athletes =
    "SELECT a.id, a.name, a.schedule, a.token_hash IS NOT NULL, a.created_at, "
    "(SELECT count(*) FROM plans p WHERE p.athlete_id = a.id), "
    "(SELECT max(p.id) FROM plans p WHERE p.athlete_id = a.id), "
    "(SELECT count(*) FROM training_log l WHERE l.athlete_id = a.id) FROM athletes a ";

Athlete athlete_row(SQLite::Statement& query) {
  Athlete athlete;
  athlete.id = query.getColumn(0).getInt64();
  athlete.name = query.getColumn(1).getString();
  if (!query.getColumn(2).isNull()) athlete.schedule = query.getColumn(2).getString();
  athlete.has_token = query.getColumn(3).getInt() != 0;
  if (!query.getColumn(4).isNull()) athlete.created_at = query.getColumn(4).getString();
  athlete.plans = query.getColumn(5).getInt();
  if (!query.getColumn(6).isNull()) athlete.latest_plan = query.getColumn(6).getInt64();
  athlete.log_entries = query.getColumn(7).getInt();
  return athlete;
}

// True when another athlete than `except` is called `name` (case-insensitive).
bool name_taken(SQLite::Database& sql, const std::string& name, long long except) {
  SQLite::Statement query(sql, "SELECT 1 FROM athletes WHERE name = ? AND id <> ?");
  query.bind(1, name);
  query.bind(2, static_cast<int64_t>(except));
  return query.executeStep();
}

void refuse_taken(SQLite::Database& sql, const std::string& name, long long except) {
  if (name_taken(sql, name, except)) throw_usage("an athlete named \"" + name + "\" exists already");
}

}  // namespace

std::vector<Athlete> list_athletes(Database& db) {
  return guard_sql("listing athletes", [&] {
    SQLite::Statement query(db.sql(), std::string(select_athletes) + "ORDER BY a.id");
    std::vector<Athlete> athletes;
    while (query.executeStep()) athletes.push_back(athlete_row(query));
    return athletes;
  });
}

std::optional<Athlete> find_athlete(Database& db, const std::string& name) {
  return guard_sql("finding the athlete", [&]() -> std::optional<Athlete> {
    SQLite::Statement query(db.sql(), std::string(select_athletes) + "WHERE a.name = ?");
    query.bind(1, name);
    if (!query.executeStep()) return std::nullopt;
    return athlete_row(query);
  });
}

long long insert_athlete(Database& db, const std::string& name, const std::optional<std::string>& schedule) {
  return guard_sql("adding the athlete", [&] {
    refuse_taken(db.sql(), name, 0);
    SQLite::Statement insert(db.sql(), "INSERT INTO athletes (name, schedule, created_at) VALUES (?, ?, ?)");
    insert.bind(1, name);
    if (schedule) {
      insert.bind(2, *schedule);
    } else {
      insert.bind(2);
    }
    insert.bind(3, utc_now_iso8601());
    insert.exec();
    return static_cast<long long>(db.sql().getLastInsertRowid());
  });
}

void update_athlete_name(Database& db, long long id, const std::string& name) {
  guard_sql("renaming the athlete", [&] {
    refuse_taken(db.sql(), name, id);
    SQLite::Statement update(db.sql(), "UPDATE athletes SET name = ? WHERE id = ?");
    update.bind(1, name);
    update.bind(2, static_cast<int64_t>(id));
    update.exec();
  });
}

bool delete_athlete(Database& db, long long id) {
  return guard_sql("removing the athlete", [&] {
    SQLite::Statement remove(db.sql(), "DELETE FROM athletes WHERE id = ?");
    remove.bind(1, static_cast<int64_t>(id));
    return remove.exec() > 0;
  });
}

void save_athlete_schedule(Database& db, long long id, const std::string& yaml_text) {
  guard_sql("saving the schedule", [&] {
    SQLite::Statement update(db.sql(), "UPDATE athletes SET schedule = ? WHERE id = ?");
    update.bind(1, yaml_text);
    update.bind(2, static_cast<int64_t>(id));
    if (update.exec() == 0) throw Error("no athlete with id " + std::to_string(id));
  });
}

std::optional<std::string> load_athlete_schedule(Database& db, long long id) {
  return guard_sql("reading the saved schedule", [&]() -> std::optional<std::string> {
    SQLite::Statement query(db.sql(), "SELECT schedule FROM athletes WHERE id = ? AND schedule IS NOT NULL");
    query.bind(1, static_cast<int64_t>(id));
    if (!query.executeStep()) return std::nullopt;
    return query.getColumn(0).getString();
  });
}

void save_athlete_calendar(Database& db, long long id, const std::string& ics_text, const std::string& file_name) {
  guard_sql("saving the calendar", [&] {
    SQLite::Statement update(db.sql(), "UPDATE athletes SET calendar = ?, calendar_file = ? WHERE id = ?");
    update.bind(1, ics_text);
    update.bind(2, file_name);
    update.bind(3, static_cast<int64_t>(id));
    if (update.exec() == 0) throw Error("no athlete with id " + std::to_string(id));
  });
}

std::optional<SavedCalendar> load_athlete_calendar(Database& db, long long id) {
  return guard_sql("reading the saved calendar", [&]() -> std::optional<SavedCalendar> {
    SQLite::Statement query(db.sql(), "SELECT calendar, coalesce(calendar_file, '') FROM athletes "
                                      "WHERE id = ? AND calendar IS NOT NULL");
    query.bind(1, static_cast<int64_t>(id));
    if (!query.executeStep()) return std::nullopt;
    return SavedCalendar{query.getColumn(0).getString(), query.getColumn(1).getString()};
  });
}

void set_token_hash(Database& db, long long id, const std::string& token_hash) {
  guard_sql("saving the token", [&] {
    SQLite::Statement update(db.sql(), "UPDATE athletes SET token_hash = ? WHERE id = ?");
    update.bind(1, token_hash);
    update.bind(2, static_cast<int64_t>(id));
    if (update.exec() == 0) throw Error("no athlete with id " + std::to_string(id));
  });
}

std::optional<std::pair<long long, std::string>> find_token_hash(Database& db, const std::string& token_hash) {
  return guard_sql("reading tokens", [&]() -> std::optional<std::pair<long long, std::string>> {
    SQLite::Statement query(db.sql(), "SELECT id, token_hash FROM athletes WHERE token_hash = ?");
    query.bind(1, token_hash);
    if (!query.executeStep()) return std::nullopt;
    return std::pair{static_cast<long long>(query.getColumn(0).getInt64()), query.getColumn(1).getString()};
  });
}

}  // namespace rs::store

// Flow test over migrations/0012_athletes.sql, src/store/database.cpp and athlete_store.cpp: a
// library made at the schema version before athletes (its saved schedule, imported calendar, two
// saved plans and a training log with an attached and a detached entry) upgrades with every plan
// and log row intact, ids and UIDs kept, everything owned by the athlete `default`, who also gets
// the saved schedule and calendar.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <string>
#include <vector>

#include "exporters/export.hpp"
#include "planner/planner.hpp"
#include "store/athlete_store.hpp"
#include "store/database.hpp"
#include "store/migrations.hpp"
#include "store/plan_store.hpp"
#include "support/planner_fixtures.hpp"
#include "support/temp_dir.hpp"

namespace rs::store {
namespace {

const std::vector<std::string> plan_tables = {"plans", "plan_weeks", "plan_runs", "plan_sessions",
                                              "plan_session_exercises"};

// The version just before the athletes migration.
int athletes_version() {
  for (const auto& migration : builtin_migrations()) {
    if (migration.name.find("_athletes") != std::string::npos) return migration.version;
  }
  throw std::runtime_error("no athletes migration");
}

// The columns `table` has in `schema` ("main" or an attached database).
std::vector<std::string> columns(SQLite::Database& db, const std::string& schema, const std::string& table) {
  std::vector<std::string> names;
  SQLite::Statement info(db, "SELECT name FROM pragma_table_info(?1, ?2) ORDER BY cid");
  info.bind(1, table);
  info.bind(2, schema);
  while (info.executeStep()) names.push_back(info.getColumn(0).getString());
  return names;
}

// Every row of the plan tables, in rowid order, over `only`'s columns of each table.
std::string plan_rows(SQLite::Database& db, const std::vector<std::vector<std::string>>& only) {
  std::string text;
  for (std::size_t t = 0; t < plan_tables.size(); ++t) {
    std::string select = "SELECT ''";
    for (const auto& column : only[t]) select += " || '|' || quote(\"" + column + "\")";
    SQLite::Statement rows(db, select + " FROM \"" + plan_tables[t] + "\" ORDER BY rowid");
    while (rows.executeStep()) text += plan_tables[t] + rows.getColumn(0).getString() + "\n";
  }
  return text;
}

// Every training-log row over the columns it had before athletes, in id order.
std::string log_rows(SQLite::Database& db) {
  std::string text;
  SQLite::Statement rows(db, "SELECT id, quote(plan_id), date, kind, quote(outcome), quote(rpe), note "
                             "FROM training_log ORDER BY id");
  while (rows.executeStep()) {
    for (int i = 0; i < rows.getColumnCount(); ++i) text += rows.getColumn(i).getString() + "|";
    text += "\n";
  }
  return text;
}

TEST(AthletesMigration, ScheduleAndPlansMoveToTheDefaultAthleteWithEveryRowKept) {
  test::TempDir dir;
  const auto current = dir / "current.db";
  std::vector<model::Plan> plans;
  {
    auto db = Database::open(current);
    for (const char* name : {"Spring 10k", "Autumn half"}) {
      auto plan = planner::build_plan(test::example_schedule(), 3, name, test::synthetic_library(3),
                                      test::synthetic_tips()).plan;
      plan.athlete_id = default_athlete_id;
      save_plan(db, plan);
      plans.push_back(plan);
    }
  }
  const auto old = dir / "before-athletes.db";
  const std::string schedule_yaml = "start: 2026-12-07\nweek:\n  mon: rest\n";
  const std::string calendar_text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
  std::string before;
  std::string log_before;
  std::vector<std::vector<std::string>> old_columns;
  {
    SQLite::Database raw(old.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    const auto& all = builtin_migrations();
    migrate(raw, {all.begin(), all.begin() + (athletes_version() - 1)}, "old");
    raw.exec("ATTACH DATABASE '" + current.string() + "' AS current");
    for (const auto& table : plan_tables) {
      old_columns.push_back(columns(raw, "main", table));
      std::string list;
      for (const auto& column : old_columns.back()) list += (list.empty() ? "\"" : ", \"") + column + "\"";
      raw.exec("INSERT INTO main." + table + " (" + list + ") SELECT " + list + " FROM current." + table);
    }
    raw.exec("DETACH DATABASE current");
    SQLite::Statement meta(raw, "INSERT INTO library_meta (key, value) VALUES ('runner_schedule', ?1), "
                                "('runner_calendar', ?2), ('runner_calendar_file', 'runs.ics')");
    meta.bind(1, schedule_yaml);
    meta.bind(2, calendar_text);
    meta.exec();
    SQLite::Statement log(raw, "INSERT INTO training_log (plan_id, date, kind, outcome, rpe, note) VALUES "
                               "(?1, '2026-12-08', 'session', 'done', 6, 'felt good'), "
                               "(NULL, '2026-11-02', 'session', 'skipped', NULL, 'from a deleted plan')");
    log.bind(1, static_cast<int64_t>(plans[0].id));
    log.exec();
    log_before = log_rows(raw);
    ASSERT_NE(log_before.find("from a deleted plan"), std::string::npos);
    ASSERT_EQ(read_schema_version(raw), athletes_version() - 1);
    before = plan_rows(raw, old_columns);
    ASSERT_NE(before.find("Autumn half"), std::string::npos);
  }
  for (int reopen = 0; reopen < 2; ++reopen) {  // upgrade, then open again as it is
    auto db = Database::open(old);
    EXPECT_EQ(db.schema_version(), latest_schema_version());
    EXPECT_EQ(plan_rows(db.sql(), old_columns), before) << "open " << reopen + 1;
    EXPECT_EQ(db.sql().execAndGet("SELECT group_concat(athlete_id, ',') FROM plans").getString(), "1,1");
    EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM library_meta WHERE key LIKE 'runner_%'").getInt(), 0);
    EXPECT_EQ(log_rows(db.sql()), log_before) << "open " << reopen + 1;
    EXPECT_EQ(db.sql().execAndGet("SELECT group_concat(athlete_id, ',') FROM training_log").getString(), "1,1");
    const auto calendar = load_athlete_calendar(db, default_athlete_id);
    ASSERT_TRUE(calendar);
    EXPECT_EQ(calendar->text, calendar_text);
    EXPECT_EQ(calendar->file, "runs.ics");
    EXPECT_FALSE(db.sql().execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt());
    const auto roster = list_athletes(db);
    ASSERT_EQ(roster.size(), 1u);
    EXPECT_EQ(roster[0].id, default_athlete_id);
    EXPECT_EQ(roster[0].name, "default");
    EXPECT_EQ(roster[0].schedule, schedule_yaml);
    EXPECT_FALSE(roster[0].has_token);
    EXPECT_EQ(roster[0].plans, 2);
    EXPECT_EQ(roster[0].log_entries, 2);
    EXPECT_EQ(roster[0].latest_plan, plans[1].id);
    for (const auto& plan : plans) {
      const auto loaded = load_plan(db, plan.id);
      ASSERT_TRUE(loaded);
      EXPECT_EQ(loaded->athlete_id, default_athlete_id);
      EXPECT_EQ(exporters::export_plan(*loaded, exporters::ExportFormat::ics),
                exporters::export_plan(plan, exporters::ExportFormat::ics));
    }
  }
}

TEST(AthletesMigration, AFreshLibraryHasTheDefaultAthleteWithoutSchedule) {
  auto db = Database::open_in_memory();
  const auto roster = list_athletes(db);
  ASSERT_EQ(roster.size(), 1u);
  EXPECT_EQ(roster[0].name, "default");
  EXPECT_FALSE(roster[0].schedule);
  EXPECT_EQ(roster[0].plans, 0);
}

}  // namespace
}  // namespace rs::store

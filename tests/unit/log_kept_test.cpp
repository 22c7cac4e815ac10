// Flow test over src/store (migrations, log_store, plan_store) and src/app (import, plan, re-plan,
// plan deletion): the training log survives a library upgrade from the version that introduced
// it, re-imports, re-plans (adapted or not) and the deletion of its plan, compared as table
// dumps; deleting the plan needs force and only detaches its entries.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "app/import_library.hpp"
#include "app/library.hpp"
#include "app/make_plan.hpp"
#include "store/log_store.hpp"
#include "store/migrations.hpp"
#include "support/imported_library.hpp"
#include "support/temp_dir.hpp"

namespace rs::test {
namespace {

// Every row of training_log in id order, every column quoted (types and NULLs kept apart); with
// `plan` false, without plan_id.
std::string log_dump(const std::filesystem::path& path, bool plan = true) {
  SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
  std::string select = "SELECT ''";
  SQLite::Statement info(db, "SELECT name FROM pragma_table_info('training_log') ORDER BY cid");
  while (info.executeStep()) {
    const auto column = info.getColumn(0).getString();
    // athlete_id came later (0012_athletes) and is checked on its own after the upgrade.
    if (column == "athlete_id") continue;
    if (plan || column != "plan_id") select += " || '|' || quote(\"" + column + "\")";
  }
  std::string text;
  SQLite::Statement rows(db, select + " FROM training_log ORDER BY id");
  while (rows.executeStep()) text += rows.getColumn(0).getString() + "\n";
  return text;
}

// The built-in migrations up to and including the one that created the training log.
std::vector<store::Migration> up_to_training_log() {
  std::vector<store::Migration> migrations;
  for (const auto& migration : store::builtin_migrations()) {
    migrations.push_back(migration);
    if (migration.name.find("_training_log") != std::string::npos) return migrations;
  }
  throw std::runtime_error("no training_log migration");
}

void import_content(app::Library& library) {
  app::ImportRequest request;
  request.content_dir = source_dir / "content";
  ASSERT_FALSE(app::import_library(library, request).any_failed());
}

TEST(LogKept, ThroughUpgradeReimportReplanAndPlanDeletion) {
  TempDir dir;
  const auto path = dir / "lib.db";
  {
    // A library as the first version with the log left it, with entries of a plan since deleted.
    SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    const auto old = up_to_training_log();
    store::migrate(raw, old, "old");
    ASSERT_LT(store::read_schema_version(raw), store::latest_schema_version());
    raw.exec(
        "INSERT INTO training_log (plan_id, date, kind, outcome, rpe, note) VALUES (NULL, '2026-11-02', 'session', "
        "'done', 7, 'felt fine');"
        "INSERT INTO training_log (plan_id, date, kind, slug, name, sets, reps, load, load_unit, rpe, pain, note) "
        "VALUES (NULL, '2026-11-02', 'exercise', 'goblet-squats', 'Goblet squats', 3, 10, 16.5, 'kg', 9, 1, "
        "'left knee, \"sharp\" – ouch');"
        "INSERT INTO training_log (plan_id, date, kind, slug, name, extra, sets, seconds, load, load_unit) VALUES "
        "(NULL, '2026-11-04', 'exercise', 'side-plank', 'Side plank', 1, 2, 30, 35, 'lb');");
  }
  const auto before = log_dump(path);
  ASSERT_EQ(std::count(before.begin(), before.end(), '\n'), 3);
  app::Library library(path);
  ASSERT_NO_THROW(library.db());  // upgrades
  EXPECT_EQ(log_dump(path), before) << "upgrade";
  EXPECT_EQ(SQLite::Database(path.string()).execAndGet("SELECT group_concat(athlete_id) FROM training_log").getString(),
            "1,1,1");  // every entry is the default athlete's
  import_content(library);
  EXPECT_EQ(log_dump(path), before) << "first import";

  // A plan, and entries of it.
  app::PlanRequest request;
  request.schedule_file = week_file;
  request.today = *parse_date("2026-12-21");
  const auto plan = app::make_plan(library.db(), request).plan;
  const auto& w1 = plan.weeks.at(0).sessions;
  std::vector<model::LogEntry> entries(3);
  entries[0].plan_id = plan.id, entries[0].date = w1.at(0).date, entries[0].outcome = model::Outcome::done;
  entries[1].plan_id = plan.id, entries[1].date = w1.at(1).date, entries[1].outcome = model::Outcome::skipped;
  entries[2] = {};
  entries[2].plan_id = plan.id, entries[2].date = w1.at(0).date, entries[2].kind = model::LogKind::exercise;
  entries[2].slug = w1.at(0).exercises.at(0).slug, entries[2].name = w1.at(0).exercises.at(0).name;
  entries[2].sets = 2, entries[2].reps = 8, entries[2].rpe = 10, entries[2].pain = true;
  store::add_log_entries(library.db(), entries);
  const auto logged = log_dump(path);
  ASSERT_EQ(std::count(logged.begin(), logged.end(), '\n'), 6);

  import_content(library);
  EXPECT_EQ(log_dump(path), logged) << "re-import";
  const auto adapted = app::replan_with_log(library.db(), plan.id, request, true).plan;
  EXPECT_TRUE(std::any_of(adapted.weeks.begin(), adapted.weeks.end(), [](const model::Week& week) {
    return std::any_of(week.sessions.begin(), week.sessions.end(),
                       [](const model::Session& session) { return !session.adapted.empty(); });
  })) << "the log was used";
  EXPECT_EQ(log_dump(path), logged) << "adapt";
  app::replan_saved_plan(library.db(), plan.id, request);
  EXPECT_EQ(log_dump(path), logged) << "re-plan";

  // Deleting the plan: refused without force, nothing changed; with force, the entries stay,
  // detached, and history still lists them.
  const auto refused = usage_error([&] { app::delete_saved_plan(library.db(), plan.id); });
  EXPECT_NE(refused.find("--force"), std::string::npos) << refused;
  EXPECT_EQ(log_dump(path), logged) << "refused deletion";
  const auto without_plan = log_dump(path, false);
  app::delete_saved_plan(library.db(), plan.id, true);
  EXPECT_EQ(log_dump(path, false), without_plan) << "deletion";
  {
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM training_log WHERE plan_id IS NOT NULL").getInt(), 0) << "detached";
  }
  const auto history = store::read_log(library.db());
  ASSERT_EQ(history.size(), 6u);
  for (const auto& entry : history) EXPECT_FALSE(entry.plan_id.has_value());
}

}  // namespace
}  // namespace rs::test

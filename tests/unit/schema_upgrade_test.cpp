// Flow test over src/store/database.cpp and migrations.cpp: libraries made by older schema versions
// upgrade to the latest with their content intact: the first version's articles and exercises, the
// plans version's saved plans, the exercises, levels, videos and tips of the version before the lean
// library (0015); a library from a newer runstrength is refused and left byte-identical, WAL files
// included.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <filesystem>
#include <map>

#include "exporters/plan_json.hpp"
#include "exporters/plan_text.hpp"
#include "planner/planner.hpp"
#include "store/database.hpp"
#include "store/library_queries.hpp"
#include "store/library_writer.hpp"
#include "store/migrations.hpp"
#include "store/athlete_store.hpp"
#include "store/plan_store.hpp"
#include "support/cli_runner.hpp"
#include "support/planner_fixtures.hpp"
#include "support/temp_dir.hpp"
#include "util/error.hpp"

namespace rs::store {
namespace {

namespace fs = std::filesystem;

// The first `count` built-in migrations: a library as an older runstrength left it.
std::vector<Migration> first_migrations(std::size_t count) {
  const auto& all = builtin_migrations();
  return {all.begin(), all.begin() + static_cast<std::ptrdiff_t>(count)};
}

// Version of the migration whose name contains `part`.
std::size_t version_of(const std::string& part) {
  for (const auto& migration : builtin_migrations()) {
    if (migration.name.find(part) != std::string::npos) return static_cast<std::size_t>(migration.version);
  }
  throw std::runtime_error("no migration named *" + part + "*");
}

// Version of the migration that introduced saved plans.
std::size_t plans_version() { return version_of("_plans"); }

// The columns of each of `tables`, in order.
std::map<std::string, std::vector<std::string>> columns_of(SQLite::Database& db,
                                                           const std::vector<std::string>& tables) {
  std::map<std::string, std::vector<std::string>> columns;
  for (const auto& table : tables) {
    SQLite::Statement info(db, "SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    info.bind(1, table);
    while (info.executeStep()) columns[table].push_back(info.getColumn(0).getString());
  }
  return columns;
}

// Every row of `tables`, exactly (quote() keeps types and NULLs apart), in rowid order: all their
// columns, or those of `only` (the columns an older version had).
std::string rows_of(SQLite::Database& db, const std::vector<std::string>& tables,
                    const std::map<std::string, std::vector<std::string>>& only = {}) {
  std::string text;
  const auto all = columns_of(db, tables);
  for (const auto& table : tables) {
    const auto& columns = only.empty() ? all.at(table) : only.at(table);
    std::string select = "SELECT ''";
    for (const auto& column : columns) select += " || '|' || quote(\"" + column + "\")";
    SQLite::Statement rows(db, select + " FROM \"" + table + "\" ORDER BY rowid");
    while (rows.executeStep()) text += table + rows.getColumn(0).getString() + "\n";
  }
  return text;
}

// Each row of `sql` as one line, its columns joined by '|', after `label` when there is one. The
// queries quote() their columns, so that types and NULLs stay apart.
std::string text_of(SQLite::Database& db, const std::string& sql, const std::string& label = "") {
  SQLite::Statement rows(db, sql);
  std::string text;
  while (rows.executeStep()) {
    text += label;
    for (int i = 0; i < rows.getColumnCount(); ++i) {
      text += (i == 0 && label.empty() ? "" : "|") + rows.getColumn(i).getString();
    }
    text += "\n";
  }
  return text;
}

// True when `db` has the tables of 0015_lean_library: an exercise names its level by rank and holds
// its video.
bool lean_library(SQLite::Database& db) {
  return db.execAndGet("SELECT count(*) FROM pragma_table_info('exercises') WHERE name = 'level_rank'").getInt() == 1;
}

// The levels, exercises, tips and videos of a library, in terms every schema version gives alike:
// each level by article and rank; each exercise by id, with its article, the rank of its level and
// its video (provider, id, URL); each tip by article and position; the videos. Reads the tables of
// the versions before 0015 (level and video row ids) or those after it.
std::string library_content(SQLite::Database& db) {
  const bool lean = lean_library(db);
  std::string text = text_of(db,
                             "SELECT quote(article_id), quote(rank), quote(name), quote(slug) FROM levels "
                             "ORDER BY article_id, rank",
                             "levels");
  text += text_of(db,
                  std::string("SELECT quote(e.id), quote(e.article_id), quote(l.rank), quote(e.name), quote(e.slug), "
                              "quote(e.column_number), quote(e.position), quote(e.source_line), ") +
                      (lean ? "quote(e.video_provider), quote(e.video_id), quote(e.video_url) FROM exercises e "
                              "JOIN levels l ON l.article_id = e.article_id AND l.rank = e.level_rank "
                            : "quote(v.provider), quote(v.provider_id), quote(v.url) FROM exercises e "
                              "JOIN levels l ON l.id = e.level_id LEFT JOIN videos v ON v.id = e.video_id ") +
                      "ORDER BY e.id",
                  "exercises");
  text += text_of(db,
                  "SELECT quote(article_id), quote(position), quote(section), quote(title), quote(body) "
                  "FROM tips ORDER BY article_id, position",
                  "tips");
  text += text_of(db,
                  "SELECT quote(provider), quote(provider_id), quote(url) FROM videos ORDER BY provider, "
                  "provider_id",
                  "videos");
  return text;
}

const std::vector<std::string> plan_tables = {"plans", "plan_weeks", "plan_runs", "plan_sessions",
                                              "plan_session_exercises"};

TEST(SchemaUpgrade, FirstVersionLibraryUpgradesWithEveryRowIntact) {
  test::TempDir dir;
  const auto path = dir / "v1.db";
  std::string before;
  std::map<std::string, std::vector<std::string>> first_columns;
  {
    SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    ASSERT_EQ(migrate(raw, first_migrations(1), "v1"), 1);
    raw.exec(R"sql(
      INSERT INTO articles (id, slug, title, source_path, content_hash, imported_at, updated_at)
        VALUES (1, 'strength', 'Strength', 'strength.md', 'abc', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
      INSERT INTO articles (id, slug, title, description, front_matter, source_path, content_hash, file_size,
                            file_mtime_ns, published_date, draft, imported_at, updated_at)
        VALUES (2, 'hips', 'Hips "and" glutes; it''s', NULL, '{"tags":["a"]}', '/x/hips.md', 'def', 120,
                1700000000123456789, '2025-03-01', 0, '2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z');
      INSERT INTO levels (id, article_id, name, slug, rank) VALUES (1, 1, 'Basics', 'basics', 0);
      INSERT INTO levels (id, article_id, name, slug, rank) VALUES (2, 2, 'Basics', 'basics', 0),
                                                                   (3, 2, 'Follow-on', 'follow-on', 1);
      INSERT INTO videos (id, provider, provider_id, url)
        VALUES (1, 'youtube', '5IajJyMbOyo', 'https://www.youtube.com/watch?v=5IajJyMbOyo'),
               (2, 'vimeo', '143363985', 'https://vimeo.com/143363985');
      INSERT INTO exercises (article_id, level_id, name, slug, column_number, position, video_id)
        VALUES (1, 1, 'Mountain Pose', 'mountain-pose', 1, 1, 1);
      INSERT INTO exercises (article_id, level_id, name, slug, column_number, position, video_id, source_line)
        VALUES (2, 2, 'Side Plank', 'side-plank', 1, 1, 2, 12), (2, 3, 'Glute Bridge', 'glute-bridge', 2, 1, NULL, 20);
      INSERT INTO tips (article_id, section, title, body, position) VALUES (1, 'Key points', 'Go slow', 'Slowly.', 1);
    )sql");
    ASSERT_EQ(read_schema_version(raw), 1);
    before = rows_of(raw, {"articles"}) + library_content(raw);
    first_columns = columns_of(raw, {"articles"});
  }
  auto db = Database::open(path);
  EXPECT_EQ(db.schema_version(), latest_schema_version());
  EXPECT_EQ(db.migrations_applied(), latest_schema_version() - 1);
  EXPECT_EQ(db.sql().execAndGet("PRAGMA integrity_check").getString(), "ok");
  EXPECT_FALSE(db.sql().execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt());
  EXPECT_EQ(rows_of(db.sql(), {"articles"}, first_columns) + library_content(db.sql()), before);
  EXPECT_EQ(db.sql()
                .execAndGet("SELECT group_concat(slug || ':' || level_count || '/' || exercise_count || '/' || "
                            "video_count || '/' || tip_count, ' ') FROM articles ORDER BY id")
                .getString(),
            "strength:1/1/1/1 hips:2/2/1/0");
  const auto exercises = list_exercises(db);
  ASSERT_EQ(exercises.size(), 3u);
  EXPECT_EQ(exercises[0].name, "Side Plank");  // ordered by article slug: hips first
  EXPECT_EQ(exercises[1].name, "Glute Bridge");
  EXPECT_FALSE(exercises[1].video);
  EXPECT_EQ(exercises[2].name, "Mountain Pose");
  ASSERT_TRUE(exercises[2].video);
  EXPECT_EQ(exercises[2].video->id, "5IajJyMbOyo");
  ASSERT_EQ(list_tips(db).size(), 1u);
  EXPECT_EQ(list_tips(db)[0].body, "Slowly.");
}

TEST(SchemaUpgrade, LibraryBeforeStoredCountsKeepsEveryRowAndCountsWhatItHolds) {
  test::TempDir dir;
  const auto path = dir / "before-counts.db";
  // Tables with the same columns in every version since 0001/0002 (attributes are stored differently
  // across versions; levels, exercises, videos and tips are compared by library_content).
  const std::vector<std::string> tables = {"articles", "library_meta"};
  std::string before;
  std::map<std::string, std::vector<std::string>> old_columns;
  {
    SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    migrate(raw, first_migrations(version_of("_article_counts") - 1), "old");
    // Shared videos, a video used twice in one article, an exercise without a video, an article
    // with tips only and one with nothing at all.
    raw.exec(R"sql(
      INSERT INTO articles (id, slug, title, source_path, content_hash, imported_at, updated_at) VALUES
        (1, 'a', 'A', '/x/a.md', 'h1', 't', 't'), (2, 'b', 'B', '/x/b.md', 'h2', 't', 't'),
        (3, 'tips-only', 'T', '/x/t.md', 'h3', 't', 't'), (4, 'empty', 'E', '/x/e.md', 'h4', 't', 't');
      INSERT INTO levels (id, article_id, name, slug, rank) VALUES
        (1, 1, 'Basics', 'basics', 0), (2, 1, 'More', 'more', 1), (3, 2, 'Basics', 'basics', 0);
      INSERT INTO videos (id, provider, provider_id, url) VALUES
        (1, 'vimeo', '1', 'https://vimeo.com/1'), (2, 'vimeo', '2', 'https://vimeo.com/2'),
        (3, 'youtube', 'abcdefghijk', 'https://www.youtube.com/watch?v=abcdefghijk');
      INSERT INTO exercises (id, article_id, level_id, name, slug, position, video_id) VALUES
        (1, 1, 1, 'One', 'one', 1, 1), (2, 1, 1, 'Two', 'two', 2, 1), (3, 1, 2, 'Three', 'three', 1, 2),
        (4, 1, 2, 'Four', 'four', 2, NULL), (5, 2, 3, 'Five', 'five', 1, 2), (6, 2, 3, 'Six', 'six', 2, 3);
      INSERT INTO library_meta (key, value) VALUES ('attributes_fingerprint', '0123456789abcdef');
      INSERT INTO tips (article_id, section, title, body, position) VALUES
        (1, 'Notes', 'Go slow', 'Slowly.', 1), (3, 'Notes', 'Rest', 'Rest.', 1), (3, 'Notes', 'Eat', 'Eat.', 2);
    )sql");
    before = rows_of(raw, tables) + library_content(raw);
    old_columns = columns_of(raw, tables);
  }
  for (int reopen = 0; reopen < 2; ++reopen) {  // upgrade, then open again as it is
    auto db = Database::open(path);
    EXPECT_EQ(db.schema_version(), latest_schema_version());
    EXPECT_EQ(db.sql().execAndGet("PRAGMA integrity_check").getString(), "ok");
    EXPECT_EQ(rows_of(db.sql(), tables, old_columns) + library_content(db.sql()), before) << "open " << reopen + 1;
    LibraryWriter writer(db);
    std::string counts;
    for (const auto& article : writer.all_articles()) {
      counts += article.slug + ":" + std::to_string(article.counts.levels) + "/" +
                std::to_string(article.counts.exercises) + "/" + std::to_string(article.counts.videos) + "/" +
                std::to_string(article.counts.tips) + " ";
    }
    EXPECT_EQ(counts, "a:2/4/2/1 b:1/2/2/0 empty:0/0/0/0 tips-only:0/0/0/2 ");
    EXPECT_EQ(writer.find_by_source("/x/b.md")->counts.videos, 2);
  }
}

// 0015_lean_library: a library of the version before it, with level, video and tip ids that follow
// neither the ranks nor each other, upgrades with every exercise kept (id, article, name, slug,
// column, position, source line), its level found again by rank, its video on its own row, and
// every level and tip kept; the videos view lists the distinct videos once each.
TEST(SchemaUpgrade, LeanLibraryKeepsEveryExerciseWithItsLevelAndVideo) {
  test::TempDir dir;
  const auto path = dir / "before-lean.db";
  const auto lean_version = version_of("_lean_library");
  std::string before;
  {
    SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    migrate(raw, first_migrations(lean_version - 1), "old");
    ASSERT_EQ(read_schema_version(raw), static_cast<int>(lean_version) - 1);
    // Video 4 is shared by two exercises of "hips" and one of "core"; Glute Bridge has no video;
    // Clam Shell has no source line.
    raw.exec(R"sql(
      INSERT INTO articles (id, slug, title, source_path, content_hash, imported_at, updated_at) VALUES
        (3, 'hips', 'Hips', '/x/hips.md', 'h3', 't', 't'), (7, 'core', 'Core', '/x/core.md', 'h7', 't', 't');
      INSERT INTO levels (id, article_id, name, slug, rank, global_rank) VALUES
        (11, 3, 'Basics', 'basics', 0, 0), (12, 3, 'Follow-on', 'follow-on', 1, 3),
        (21, 7, 'Basics', 'basics', 0, 0), (5, 7, 'Foundational', 'foundational', 1, 1),
        (20, 7, 'Advanced', 'advanced', 2, 4);
      INSERT INTO videos (id, provider, provider_id, url) VALUES
        (4, 'vimeo', '143363985', 'https://vimeo.com/143363985'),
        (9, 'youtube', '5IajJyMbOyo', 'https://www.youtube.com/watch?v=5IajJyMbOyo'),
        (2, 'vimeo', '134393784', 'https://vimeo.com/134393784');
      INSERT INTO exercises (id, article_id, level_id, name, slug, column_number, position, video_id, source_line)
        VALUES (40, 7, 20, 'Side Plank', 'side-plank', 1, 1, 2, 41),
               (2, 3, 11, 'Side Plank', 'side-plank', 1, 1, 4, 12),
               (5, 3, 12, 'Glute Bridge', 'glute-bridge', 2, 1, NULL, 20),
               (6, 3, 12, 'Clam Shell', 'clam-shell', 1, 2, 4, NULL),
               (9, 7, 5, 'Oblique twists', 'oblique-twists', 2, 3, 4, 30),
               (17, 7, 21, 'Mountain Pose', 'mountain-pose', 1, 1, 9, 8);
      INSERT INTO tips (id, article_id, section, title, body, position) VALUES
        (8, 3, 'Key points', 'Go slow', 'Slowly.', 2), (3, 3, 'Key points', 'Breathe', 'Out.', 1),
        (1, 7, 'Notes', 'Rest', 'Sleep.', 1);
    )sql");
    before = library_content(raw);
  }
  for (int reopen = 0; reopen < 2; ++reopen) {  // upgrade, then open again as it is
    auto db = Database::open(path);
    auto& sql = db.sql();
    EXPECT_EQ(db.schema_version(), latest_schema_version());
    EXPECT_EQ(db.migrations_applied(), reopen == 0 ? latest_schema_version() - static_cast<int>(lean_version) + 1 : 0);
    EXPECT_EQ(text_of(sql,
                      "SELECT quote(e.id), quote(e.article_id), quote(a.slug), quote(e.name), quote(e.slug), "
                      "quote(e.column_number), quote(e.position), quote(e.source_line), quote(l.rank), "
                      "quote(l.name), quote(l.slug), quote(l.global_rank), quote(e.video_provider), "
                      "quote(e.video_id), quote(e.video_url) FROM exercises e JOIN articles a ON a.id = e.article_id "
                      "JOIN levels l ON l.article_id = e.article_id AND l.rank = e.level_rank ORDER BY e.id"),
              "2|3|'hips'|'Side Plank'|'side-plank'|1|1|12|0|'Basics'|'basics'|0|"
              "'vimeo'|'143363985'|'https://vimeo.com/143363985'\n"
              "5|3|'hips'|'Glute Bridge'|'glute-bridge'|2|1|20|1|'Follow-on'|'follow-on'|3|NULL|NULL|NULL\n"
              "6|3|'hips'|'Clam Shell'|'clam-shell'|1|2|NULL|1|'Follow-on'|'follow-on'|3|"
              "'vimeo'|'143363985'|'https://vimeo.com/143363985'\n"
              "9|7|'core'|'Oblique twists'|'oblique-twists'|2|3|30|1|'Foundational'|'foundational'|1|"
              "'vimeo'|'143363985'|'https://vimeo.com/143363985'\n"
              "17|7|'core'|'Mountain Pose'|'mountain-pose'|1|1|8|0|'Basics'|'basics'|0|"
              "'youtube'|'5IajJyMbOyo'|'https://www.youtube.com/watch?v=5IajJyMbOyo'\n"
              "40|7|'core'|'Side Plank'|'side-plank'|1|1|41|2|'Advanced'|'advanced'|4|"
              "'vimeo'|'134393784'|'https://vimeo.com/134393784'\n")
        << "open " << reopen + 1;
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM exercises").getInt(), 6);
    EXPECT_EQ(text_of(sql,
                      "SELECT quote(article_id), quote(rank), quote(name), quote(slug), quote(global_rank) "
                      "FROM levels ORDER BY article_id, rank"),
              "3|0|'Basics'|'basics'|0\n3|1|'Follow-on'|'follow-on'|3\n7|0|'Basics'|'basics'|0\n"
              "7|1|'Foundational'|'foundational'|1\n7|2|'Advanced'|'advanced'|4\n");
    EXPECT_EQ(text_of(sql,
                      "SELECT quote(article_id), quote(position), quote(section), quote(title), quote(body) "
                      "FROM tips ORDER BY article_id, position"),
              "3|1|'Key points'|'Breathe'|'Out.'\n3|2|'Key points'|'Go slow'|'Slowly.'\n7|1|'Notes'|'Rest'|'Sleep.'\n");
    EXPECT_EQ(text_of(sql, "SELECT quote(provider), quote(provider_id), quote(url) FROM videos ORDER BY 1, 2"),
              "'vimeo'|'134393784'|'https://vimeo.com/134393784'\n"
              "'vimeo'|'143363985'|'https://vimeo.com/143363985'\n"
              "'youtube'|'5IajJyMbOyo'|'https://www.youtube.com/watch?v=5IajJyMbOyo'\n");
    EXPECT_EQ(library_content(sql), before);
    // The row ids and the videos table are gone.
    EXPECT_EQ(text_of(sql, "SELECT type FROM sqlite_schema WHERE name = 'videos'"), "view\n");
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM pragma_table_info('levels') WHERE name = 'id'").getInt(), 0);
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM pragma_table_info('tips') WHERE name = 'id'").getInt(), 0);
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM pragma_table_info('exercises') WHERE name = 'level_id'").getInt(),
              0);
    EXPECT_EQ(text_of(sql, "PRAGMA integrity_check"), "ok\n");
    EXPECT_EQ(text_of(sql, "PRAGMA foreign_key_check"), "");
  }
}

TEST(SchemaUpgrade, PlansVersionLibraryKeepsItsSavedPlanRowForRow) {
  test::TempDir dir;
  // A plan as the current program saves it...
  const auto current = dir / "current.db";
  auto plan =
      planner::build_plan(test::example_schedule(), 6, "Spring 10k", test::synthetic_library(3), test::synthetic_tips())
          .plan;
  {
    auto db = Database::open(current);
    plan.athlete_id = default_athlete_id;
    save_plan(db, plan);
  }
  // ... copied into a library that stops at the migration that introduced plans.
  const auto old = dir / "plans-version.db";
  std::string before;
  std::map<std::string, std::vector<std::string>> old_columns;
  {
    SQLite::Database raw(old.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    migrate(raw, first_migrations(plans_version()), "old");
    raw.exec("ATTACH DATABASE '" + current.string() + "' AS current");
    for (const auto& table : plan_tables) {
      std::string columns;
      SQLite::Statement info(raw, "SELECT name FROM pragma_table_info(?1) ORDER BY cid");
      info.bind(1, table);
      while (info.executeStep()) columns += (columns.empty() ? "\"" : ", \"") + info.getColumn(0).getString() + "\"";
      raw.exec("INSERT INTO main." + table + " (" + columns + ") SELECT " + columns + " FROM current." + table);
    }
    raw.exec("DETACH DATABASE current");
    ASSERT_EQ(read_schema_version(raw), static_cast<int>(plans_version()));
    before = rows_of(raw, plan_tables);
    old_columns = columns_of(raw, plan_tables);
    ASSERT_NE(before.find("Spring 10k"), std::string::npos);
  }
  for (int reopen = 0; reopen < 2; ++reopen) {  // upgrade, then open again as it is
    auto db = Database::open(old);
    EXPECT_EQ(db.schema_version(), latest_schema_version());
    EXPECT_EQ(rows_of(db.sql(), plan_tables, old_columns), before) << "open " << reopen + 1;
    // Columns added later take their defaults: no refused days, no light sessions.
    EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM plan_weeks WHERE refusals <> '[]'").getInt(), 0);
    EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM plan_sessions WHERE light <> 0").getInt(), 0);
    EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM plan_runs WHERE source <> 'template'").getInt(), 0);
    EXPECT_FALSE(db.sql().execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt());
    const auto loaded = load_plan(db, plan.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->identity, plan.identity);
    // Effort and load (0010) come from each week's phase; the count of load increases is not
    // in the old rows, so it starts at 0.
    model::Plan expected = plan;
    for (auto& week : expected.weeks) {
      for (auto& session : week.sessions) {
        for (auto& item : session.exercises) item.load_step = 0;
      }
    }
    EXPECT_EQ(exporters::plan_json_text(*loaded), exporters::plan_json_text(expected));
    EXPECT_EQ(exporters::plan_text(*loaded), exporters::plan_text(expected));
  }
}

// Version of the migration that keyed exercise attributes by name.
std::size_t name_attributes_version() {
  for (const auto& migration : builtin_migrations()) {
    if (migration.name.find("_name_attributes") != std::string::npos)
      return static_cast<std::size_t>(migration.version);
  }
  throw std::runtime_error("no name_attributes migration");
}

// A library as the version before name_attributes left it: two articles repeating "Side Plank",
// attributes per exercise, and the fingerprint of the files they were resolved from.
void per_exercise_attributes_library(const fs::path& path, const std::string& then = "") {
  SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  migrate(raw, first_migrations(name_attributes_version() - 1), "old");
  raw.exec(R"sql(
    INSERT INTO articles (id, slug, title, source_path, content_hash, imported_at, updated_at)
      VALUES (1, 'a', 'A', 'a.md', 'h', 't', 't'), (2, 'b', 'B', 'b.md', 'h', 't', 't');
    INSERT INTO levels (id, article_id, name, slug, rank) VALUES (1, 1, 'Basics', 'basics', 0), (2, 2, 'Basics', 'basics', 0);
    INSERT INTO exercises (id, article_id, level_id, name, slug, position) VALUES
      (1, 1, 1, 'Side Plank', 'side-plank', 1), (2, 1, 1, 'Zorbing', 'zorbing', 2), (3, 2, 2, 'Side Plank', 'side-plank', 1);
    INSERT INTO exercise_attributes VALUES
      (1, '["core","hips"]', 'stability', '{"type":"hold","sets":2,"seconds":30,"per_side":true}', '[]', '{}', 'override'),
      (2, '["full-body"]', 'strength', '{"type":"reps","sets":2,"reps":10,"per_side":false}', '[]', '{}', 'default');
    INSERT INTO library_meta VALUES ('attributes_fingerprint', '0123456789abcdef');
  )sql");
  raw.exec(
      "INSERT INTO exercise_attributes SELECT 3, areas, kind, dose, equipment, substitutes, source "
      "FROM exercise_attributes WHERE exercise_id = 1");
  if (!then.empty()) raw.exec(then);
}

TEST(SchemaUpgrade, PerExerciseAttributesBecomeOneRowPerNameWithNothingLost) {
  test::TempDir dir;
  const auto path = dir / "old.db";
  per_exercise_attributes_library(path);
  auto db = Database::open(path);
  EXPECT_EQ(db.schema_version(), latest_schema_version());
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM name_attributes").getInt(), 2);
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'exercise_attributes'").getInt(), 0);
  const auto exercises = list_exercises(db);
  ASSERT_EQ(exercises.size(), 3u);
  for (const auto index : {0, 2}) {
    EXPECT_EQ(exercises[static_cast<std::size_t>(index)].name, "Side Plank");
    EXPECT_EQ(exercises[static_cast<std::size_t>(index)].attributes.kind, model::ExerciseKind::stability);
    EXPECT_EQ(exercises[static_cast<std::size_t>(index)].attributes.dose.seconds, 30);
    EXPECT_EQ(exercises[static_cast<std::size_t>(index)].attributes.source, model::AttributeSource::overridden);
  }
  EXPECT_EQ(exercises[1].attributes.source, model::AttributeSource::defaulted);
  // Every exercise had its attributes, all alike per name: the files need not be read again.
  EXPECT_EQ(db.sql().execAndGet("SELECT value FROM library_meta WHERE key = 'attributes_fingerprint'").getString(),
            "0123456789abcdef");
}

TEST(SchemaUpgrade, AttributesNotAllFromTheSameFilesMakeTheNextImportReResolveEveryName) {
  const std::vector<std::string> cases = {
      // a name never resolved (an import interrupted by an older runstrength)
      "INSERT INTO exercises (id, article_id, level_id, name, slug, position) VALUES (4, 2, 2, 'Blorp', 'blorp', 2)",
      // one name resolved two ways
      "UPDATE exercise_attributes SET kind = 'mobility' WHERE exercise_id = 3",
  };
  for (const auto& change : cases) {
    test::TempDir dir;
    const auto path = dir / "old.db";
    per_exercise_attributes_library(path, change);
    auto db = Database::open(path);
    EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM name_attributes").getInt(), 2) << change;
    EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM library_meta WHERE key = 'attributes_fingerprint'").getInt(), 0)
        << change;
  }
}

TEST(SchemaUpgrade, NewerWalLibraryIsRefusedByEveryCommandAndLeftByteIdentical) {
  test::TempDir dir;
  const auto path = dir / "future.db";
  {
    // What a newer runstrength would leave: a WAL library with content, closed cleanly.
    auto db = Database::open(path);
    auto plan = planner::build_plan(test::example_schedule(), 2, "p", test::synthetic_library(2), {}).plan;
    plan.athlete_id = default_athlete_id;
    save_plan(db, plan);
    db.sql().exec("CREATE TABLE from_the_future (x); PRAGMA user_version = " +
                  std::to_string(latest_schema_version() + 1));
  }
  ASSERT_FALSE(fs::exists(path.string() + "-wal"));
  const std::string before = test::read_file(path);
  const auto refused = "has schema version " + std::to_string(latest_schema_version() + 1) +
                       "; this runstrength supports up to " + std::to_string(latest_schema_version());
  EXPECT_THROW(
      try { Database::open(path); } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find(refused), std::string::npos) << error.what();
        throw;
      },
      Error);
  const std::string content = std::string(RS_SOURCE_DIR) + "/content";
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"db"}, {"import", content}, {"plans"}, {"plan", "--no-save"}, {"plan", "delete", "1"}}) {
    std::vector<std::string> full = {"--db", path.string()};
    full.insert(full.end(), args.begin(), args.end());
    const auto result = test::run_cli(full);
    EXPECT_EQ(result.status, 1) << args[0] << ": " << result.err;
    EXPECT_NE(result.err.find("runstrength: error: library " + path.string() + " " + refused), std::string::npos)
        << args[0] << ": " << result.err;
  }
  EXPECT_EQ(test::read_file(path), before);
  EXPECT_FALSE(fs::exists(path.string() + "-wal"));
  EXPECT_FALSE(fs::exists(path.string() + "-shm"));
}

}  // namespace
}  // namespace rs::store

// Unit tests for src/store/database: opening, pragmas, migration on open, refusing newer libraries.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <map>
#include <string>

#include "store/database.hpp"
#include "store/migrations.hpp"
#include "support/temp_dir.hpp"
#include "util/error.hpp"

namespace rs::store {
namespace {

TEST(Database, FreshLibraryGetsTheLatestVersionAndParentFolders) {
  test::TempDir dir;
  const auto path = dir / "a/b/c/runstrength.db";
  auto db = Database::open(path);
  EXPECT_TRUE(std::filesystem::exists(path));
  EXPECT_EQ(db.schema_version(), latest_schema_version());
  EXPECT_EQ(db.migrations_applied(), latest_schema_version());
  EXPECT_EQ(read_schema_version(db.sql()), latest_schema_version());
}

TEST(Database, ReopeningAppliesNothing) {
  test::TempDir dir;
  { auto db = Database::open(dir / "lib.db"); }
  auto db = Database::open(dir / "lib.db");
  EXPECT_EQ(db.migrations_applied(), 0);
  EXPECT_EQ(db.schema_version(), latest_schema_version());
}

TEST(Database, ConnectionUsesWalForeignKeysAndABusyTimeout) {
  test::TempDir dir;
  auto db = Database::open(dir / "lib.db");
  EXPECT_EQ(db.sql().execAndGet("PRAGMA journal_mode").getString(), "wal");
  EXPECT_EQ(db.sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
  EXPECT_GE(db.sql().execAndGet("PRAGMA busy_timeout").getInt(), 5000);
}

TEST(Database, NewerLibraryIsRefusedAndLeftByteIdentical) {
  test::TempDir dir;
  const auto path = dir / "future.db";
  {
    SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec("CREATE TABLE from_the_future (x); PRAGMA user_version = 999;");
  }
  const std::string before = test::read_file(path);
  try {
    Database::open(path);
    FAIL() << "expected an error";
  } catch (const Error& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("has schema version 999; this runstrength supports up to " +
                           std::to_string(latest_schema_version())),
              std::string::npos)
        << message;
  }
  EXPECT_EQ(test::read_file(path), before);
}

TEST(Database, NotADatabaseIsAClearError) {
  test::TempDir dir;
  test::write_file(dir / "junk.db", std::string(4096, 'x'));
  try {
    Database::open(dir / "junk.db");
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("not a runstrength library"), std::string::npos) << error.what();
  }
}

// The videos view is counted with the tables: one video, used by two exercises.
TEST(Database, TableCountsListEveryLibraryTable) {
  auto db = Database::open_in_memory();
  db.sql().exec(R"sql(
    INSERT INTO articles (id, slug, title, source_path, content_hash, imported_at, updated_at)
      VALUES (1, 'a', 'A', 'a.md', 'h', 't', 't');
    INSERT INTO levels (article_id, name, slug, rank) VALUES (1, 'Basics', 'basics', 0);
    INSERT INTO exercises (article_id, level_rank, name, slug, position, video_provider, video_id, video_url) VALUES
      (1, 0, 'One', 'one', 1, 'vimeo', '1', 'https://vimeo.com/1'),
      (1, 0, 'Two', 'two', 2, 'vimeo', '1', 'https://vimeo.com/1');
  )sql");
  std::map<std::string, long long> rows;
  for (const auto& count : db.table_counts()) rows[count.table] = count.rows;
  EXPECT_EQ(rows.count("videos"), 1u);
  EXPECT_EQ(rows["videos"], 1);
  EXPECT_EQ(rows["exercises"], 2);
  EXPECT_EQ(rows["levels"], 1);
}

// Deleting an article deletes its levels, its exercises (and so their videos) and its tips.
TEST(Database, SchemaCascadesOwnedRows) {
  auto db = Database::open_in_memory();
  auto& sql = db.sql();
  sql.exec("INSERT INTO articles (slug, title, source_path, content_hash, imported_at, updated_at) "
           "VALUES ('a', 'A', 'a.md', 'h', 't', 't')");
  sql.exec("INSERT INTO levels (article_id, name, slug, rank) VALUES (1, 'Basics', 'basics', 0)");
  sql.exec(
      "INSERT INTO exercises (article_id, level_rank, name, slug, position, video_provider, video_id, video_url) "
      "VALUES (1, 0, 'Squat', 'squat', 1, 'vimeo', '1', 'https://vimeo.com/1')");
  sql.exec("INSERT INTO tips (article_id, section, title, body, position) VALUES (1, 'Tips', 'T', 'B', 1)");
  sql.exec("DELETE FROM articles WHERE slug = 'a'");
  EXPECT_EQ(sql.execAndGet("SELECT (SELECT count(*) FROM levels) + (SELECT count(*) FROM exercises) + "
                           "(SELECT count(*) FROM tips) + (SELECT count(*) FROM videos)")
                .getInt(),
            0);
}

}  // namespace
}  // namespace rs::store

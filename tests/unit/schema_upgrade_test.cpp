// A library made by the first schema version upgrades to the latest with its content intact.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include "store/database.hpp"
#include "store/library_queries.hpp"
#include "store/migrations.hpp"
#include "support/temp_dir.hpp"

namespace rs::store {
namespace {

TEST(SchemaUpgrade, FirstVersionLibraryUpgradesWithEveryRowIntact) {
  test::TempDir dir;
  const auto path = dir / "v1.db";
  {
    SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    const std::vector<Migration> first_only = {builtin_migrations().front()};
    ASSERT_EQ(migrate(raw, first_only, "v1"), 1);
    raw.exec(R"sql(
      INSERT INTO articles (id, slug, title, source_path, content_hash, imported_at, updated_at)
        VALUES (1, 'strength', 'Strength', 'strength.md', 'abc', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
      INSERT INTO levels (id, article_id, name, slug, rank) VALUES (1, 1, 'Basics', 'basics', 0);
      INSERT INTO videos (id, provider, provider_id, url)
        VALUES (1, 'youtube', '5IajJyMbOyo', 'https://www.youtube.com/watch?v=5IajJyMbOyo');
      INSERT INTO exercises (article_id, level_id, name, slug, column_number, position, video_id)
        VALUES (1, 1, 'Mountain Pose', 'mountain-pose', 1, 1, 1);
      INSERT INTO tips (article_id, section, title, body, position) VALUES (1, 'Key points', 'Go slow', 'Slowly.', 1);
    )sql");
    ASSERT_EQ(read_schema_version(raw), 1);
  }
  auto db = Database::open(path);
  EXPECT_EQ(db.schema_version(), latest_schema_version());
  EXPECT_EQ(db.migrations_applied(), latest_schema_version() - 1);
  EXPECT_EQ(db.sql().execAndGet("PRAGMA integrity_check").getString(), "ok");
  EXPECT_FALSE(db.sql().execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt());
  const auto exercises = list_exercises(db);
  ASSERT_EQ(exercises.size(), 1u);
  EXPECT_EQ(exercises[0].name, "Mountain Pose");
  ASSERT_TRUE(exercises[0].video);
  EXPECT_EQ(exercises[0].video->id, "5IajJyMbOyo");
  ASSERT_EQ(list_tips(db).size(), 1u);
  EXPECT_EQ(list_tips(db)[0].body, "Slowly.");
}

}  // namespace
}  // namespace rs::store

// Unit tests for src/store/library_indexes: the deferrable indexes (exercises_slug, exercises_video)
// that a first import into an empty library drops in its first batch and builds in its last
// transaction (LibraryWriter::begin_batch / finish), and that Database::open rebuilds when an
// interrupted first import left the library without them.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <string>
#include <vector>

#include "store/database.hpp"
#include "store/library_indexes.hpp"
#include "store/library_writer.hpp"
#include "support/temp_dir.hpp"
#include "support/video_articles.hpp"

namespace rs::store {
namespace {

// An article with one level holding one exercise per video id (ids may repeat: exercises are
// named by position, so a repeated id is one more exercise showing the same video).
model::ParsedArticle make_article(const std::string& slug, const std::vector<std::string>& videos) {
  return test::video_article(slug, videos, test::ExerciseNames::by_position);
}

SourceFile source_of(const std::string& slug) { return {"/x/" + slug + ".md", "hash-" + slug, 1, 1}; }

// The deferrable indexes present on `db`, by name, comma-separated ("" when none).
std::string deferrable_indexes(SQLite::Database& db) {
  return db
      .execAndGet(
          "SELECT coalesce(group_concat(name, ','), '') FROM (SELECT name FROM sqlite_schema WHERE type = 'index' "
          "AND name IN ('exercises_slug', 'exercises_video') ORDER BY name)")
      .getString();
}

// The stored CREATE statement of index `name` ("" when it does not exist).
std::string index_sql(SQLite::Database& db, const std::string& name) {
  SQLite::Statement query(db, "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1");
  query.bind(1, name);
  return query.executeStep() ? query.getColumn(0).getString() : "";
}

// Every line of PRAGMA integrity_check, joined ("ok" for a healthy library).
std::string integrity(SQLite::Database& db) {
  SQLite::Statement check(db, "PRAGMA integrity_check");
  std::string lines;
  while (check.executeStep()) lines += (lines.empty() ? "" : "\n") + check.getColumn(0).getString();
  return lines;
}

// The query plan of `query`, its detail lines joined.
std::string plan_of(SQLite::Database& db, const std::string& query) {
  SQLite::Statement explain(db, "EXPLAIN QUERY PLAN " + query);
  std::string plan;
  while (explain.executeStep()) plan += explain.getColumn(3).getString() + "\n";
  return plan;
}

const std::string both = "exercises_slug,exercises_video";

// A library whose two indexes were dropped outside the program (as an interrupted first import
// leaves it) has both back, healthy, valid and identical to a fresh library's, after the next open.
TEST(LibraryIndexes, OpenRebuildsIndexesDroppedByHand) {
  test::TempDir dir;
  const auto path = dir / "lib.db";
  {
    auto db = Database::open(path);
    LibraryWriter writer(db);
    writer.write(make_article("a", {"1", "2", "2"}), source_of("a"), "t");
    writer.write(make_article("b", {"2", "3"}), source_of("b"), "t");
  }
  {
    SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
    raw.exec("DROP INDEX exercises_slug; DROP INDEX exercises_video;");
    ASSERT_EQ(deferrable_indexes(raw), "");
  }
  auto db = Database::open(path);
  EXPECT_EQ(deferrable_indexes(db.sql()), both);
  EXPECT_EQ(integrity(db.sql()), "ok");
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM exercises INDEXED BY exercises_slug WHERE slug = 'b-move-2'")
                .getInt(),
            1);
  auto fresh = Database::open(dir / "fresh.db");
  for (const char* name : {"exercises_slug", "exercises_video"}) {
    EXPECT_NE(index_sql(fresh.sql(), name), "") << name;
    EXPECT_EQ(index_sql(db.sql(), name), index_sql(fresh.sql(), name)) << name;
  }
  EXPECT_NE(plan_of(db.sql(), "SELECT id FROM exercises WHERE slug = 'x'").find("exercises_slug"), std::string::npos);
  // Committed: another connection sees them too.
  SQLite::Database other(path.string(), SQLite::OPEN_READONLY);
  EXPECT_EQ(deferrable_indexes(other), both);
}

// ensure_library_indexes builds exactly the missing ones and reports how many it built.
TEST(LibraryIndexes, EnsureBuildsOnlyTheMissingOnesAndCountsThem) {
  auto db = Database::open_in_memory();
  db.sql().exec("DROP INDEX exercises_video");
  EXPECT_EQ(ensure_library_indexes(db.sql()), 1);
  EXPECT_EQ(deferrable_indexes(db.sql()), both);
  db.sql().exec("DROP INDEX exercises_slug; DROP INDEX exercises_video;");
  EXPECT_EQ(ensure_library_indexes(db.sql()), 2);
  EXPECT_EQ(deferrable_indexes(db.sql()), both);
  EXPECT_EQ(integrity(db.sql()), "ok");
}

// With both indexes there, ensure_library_indexes returns 0 and leaves the schema untouched.
TEST(LibraryIndexes, EnsureChangesNothingWhenBothExist) {
  test::TempDir dir;
  auto db = Database::open(dir / "lib.db");
  LibraryWriter(db).write(make_article("a", {"1"}), source_of("a"), "t");
  const auto schema_cookie = db.sql().execAndGet("PRAGMA schema_version").getInt64();
  const auto changes = db.sql().getTotalChanges();
  const auto slug_sql = index_sql(db.sql(), "exercises_slug");
  const auto video_sql = index_sql(db.sql(), "exercises_video");
  EXPECT_EQ(ensure_library_indexes(db.sql()), 0);
  EXPECT_EQ(db.sql().execAndGet("PRAGMA schema_version").getInt64(), schema_cookie);
  EXPECT_EQ(db.sql().getTotalChanges(), changes);
  EXPECT_EQ(index_sql(db.sql(), "exercises_slug"), slug_sql);
  EXPECT_EQ(index_sql(db.sql(), "exercises_video"), video_sql);
  EXPECT_EQ(deferrable_indexes(db.sql()), both);
}

// A run's first batch into an empty library drops both indexes; finish builds them in the run's
// last transaction (committed) and returns the distinct videos of the counted article.
TEST(LibraryIndexes, FirstRunIntoAnEmptyLibraryDefersTheIndexesUntilFinish) {
  test::TempDir dir;
  const auto path = dir / "lib.db";
  auto db = Database::open(path);
  LibraryWriter writer(db);
  ASSERT_EQ(deferrable_indexes(db.sql()), both);
  writer.begin_batch();
  const auto id = writer.write(make_article("a", {"1", "2", "2", "3"}), source_of("a"), "t").id;
  EXPECT_TRUE(writer.in_batch());
  EXPECT_EQ(deferrable_indexes(db.sql()), "");
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM exercises").getInt(), 4);
  EXPECT_EQ(writer.finish({id}), 3);  // 1 2 3: video 2 twice
  EXPECT_FALSE(writer.in_batch());
  EXPECT_EQ(deferrable_indexes(db.sql()), both);
  EXPECT_EQ(integrity(db.sql()), "ok");
  SQLite::Database other(path.string(), SQLite::OPEN_READONLY);
  EXPECT_EQ(deferrable_indexes(other), both);
  EXPECT_EQ(other.execAndGet("SELECT count(*) FROM exercises").getInt(), 4);
}

// The indexes stay dropped across the run's later batches (committed without them) and come back
// only at finish.
TEST(LibraryIndexes, LaterBatchesOfTheFirstRunKeepThemDeferred) {
  test::TempDir dir;
  const auto path = dir / "lib.db";
  auto db = Database::open(path);
  LibraryWriter writer(db);
  writer.begin_batch();
  const auto a = writer.write(make_article("a", {"1", "2"}), source_of("a"), "t").id;
  writer.commit_batch();
  {
    SQLite::Database other(path.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(deferrable_indexes(other), "");  // the committed first batch left them out
  }
  writer.begin_batch();  // the library is no longer empty, but this run deferred them already
  const auto b = writer.write(make_article("b", {"2", "3", "4"}), source_of("b"), "t").id;
  EXPECT_EQ(deferrable_indexes(db.sql()), "");
  EXPECT_EQ(writer.finish({a, b}), 4);
  EXPECT_EQ(deferrable_indexes(db.sql()), both);
  EXPECT_EQ(integrity(db.sql()), "ok");
}

// On a library that already holds an exercise, a new run's begin_batch keeps both indexes.
TEST(LibraryIndexes, ARunIntoANonEmptyLibraryKeepsThem) {
  test::TempDir dir;
  auto db = Database::open(dir / "lib.db");
  LibraryWriter(db).write(make_article("a", {"1"}), source_of("a"), "t");
  LibraryWriter writer(db);
  writer.begin_batch();
  EXPECT_EQ(deferrable_indexes(db.sql()), both);
  const auto b = writer.write(make_article("b", {"2", "3"}), source_of("b"), "t").id;
  EXPECT_EQ(deferrable_indexes(db.sql()), both);
  EXPECT_NE(plan_of(db.sql(), "SELECT id FROM exercises WHERE slug = 'x'").find("exercises_slug"), std::string::npos);
  const auto a = writer.find_by_slug("a")->id;
  EXPECT_EQ(writer.finish({a, b}), 3);
  EXPECT_EQ(deferrable_indexes(db.sql()), both);
}

// A first run stopped before finish (the writer destroyed with its batch open) keeps its articles
// and gets both indexes back from the writer's destructor.
TEST(LibraryIndexes, AWriterDestroyedBeforeFinishRebuildsThem) {
  test::TempDir dir;
  const auto path = dir / "lib.db";
  auto db = Database::open(path);
  {
    LibraryWriter writer(db);
    writer.begin_batch();
    writer.write(make_article("a", {"1", "2"}), source_of("a"), "t");
    ASSERT_EQ(deferrable_indexes(db.sql()), "");
  }
  EXPECT_EQ(deferrable_indexes(db.sql()), both);
  EXPECT_EQ(integrity(db.sql()), "ok");
  SQLite::Database other(path.string(), SQLite::OPEN_READONLY);
  EXPECT_EQ(deferrable_indexes(other), both);
  EXPECT_EQ(other.execAndGet("SELECT count(*) FROM exercises").getInt(), 2);
}

}  // namespace
}  // namespace rs::store

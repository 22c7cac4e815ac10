// CLI tests for the indexes a first import builds after its rows (store/library_indexes.hpp): a
// first import of a generated corpus into a new library leaves exercises_slug and exercises_video
// in place, defined as a fresh library defines them, and used by the queries they serve; a library
// left without them gets them back from the next command that opens it.
#include <gtest/gtest.h>

#include "support/corpus.hpp"
#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

class ImportIndexesCli : public LibraryTest {};

// After a first import of a generated corpus into a new library, both indexes exist with the
// migration's definitions, the library is healthy, and lookups by slug and by video use them.
TEST_F(ImportIndexesCli, FirstImportOfAGeneratedCorpusLeavesBothIndexes) {
  const auto src = dir / "src";
  ASSERT_NO_THROW(generate_corpus(40, src));
  const auto result = import({src.string()});
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.out.find("imported 40 files: 40 new"), std::string::npos) << result.out;
  EXPECT_EQ(sql("SELECT count(*) FROM articles"), "40\n");
  EXPECT_EQ(sql("SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN ('exercises_slug', 'exercises_video') "
                "ORDER BY name"),
            "exercises_slug\nexercises_video\n");
  EXPECT_EQ(sql("SELECT sql FROM sqlite_schema WHERE name = 'exercises_slug'"),
            "CREATE INDEX exercises_slug ON exercises (slug)\n");
  EXPECT_EQ(sql("SELECT sql FROM sqlite_schema WHERE name = 'exercises_video'"),
            "CREATE INDEX exercises_video ON exercises (video_id, video_provider) WHERE video_id IS NOT NULL\n");
  EXPECT_EQ(sql("PRAGMA integrity_check"), "ok\n");
  const auto by_slug = sql("EXPLAIN QUERY PLAN SELECT id FROM exercises WHERE slug = 'x'");
  EXPECT_NE(by_slug.find("INDEX exercises_slug"), std::string::npos) << by_slug;
  const auto by_video =
      sql("EXPLAIN QUERY PLAN SELECT article_id FROM exercises WHERE video_id = 'x' AND video_provider = 'vimeo'");
  EXPECT_NE(by_video.find("INDEX exercises_video"), std::string::npos) << by_video;
  // The index holds every exercise: a count through it equals the table's.
  EXPECT_EQ(sql("SELECT count(*) FROM exercises INDEXED BY exercises_slug WHERE slug > ''"),
            sql("SELECT count(*) FROM exercises"));
  EXPECT_NE(sql("SELECT count(*) FROM exercises"), "0\n");
}

// A library left without both indexes (as a first import killed before its end leaves it) gets
// them back from the next command that opens it, here `runstrength db`, which imports nothing.
TEST_F(ImportIndexesCli, TheNextCommandRebuildsIndexesAnInterruptedImportLeftOut) {
  const auto src = dir / "src";
  ASSERT_NO_THROW(generate_corpus(20, src));
  ASSERT_EQ(import({src.string()}).status, 0);
  edit("DROP INDEX exercises_slug; DROP INDEX exercises_video;");
  ASSERT_EQ(sql("SELECT count(*) FROM sqlite_schema WHERE name IN ('exercises_slug', 'exercises_video')"), "0\n");
  const auto result = run({"db"});
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(sql("SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN ('exercises_slug', 'exercises_video') "
                "ORDER BY name"),
            "exercises_slug\nexercises_video\n");
  EXPECT_EQ(sql("PRAGMA integrity_check"), "ok\n");
  EXPECT_EQ(sql("SELECT count(*) FROM exercises INDEXED BY exercises_slug WHERE slug > ''"),
            sql("SELECT count(*) FROM exercises"));
}

}  // namespace
}  // namespace rs::test

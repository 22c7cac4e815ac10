// Unit tests for src/store/library_writer: replacement, shared videos, rollback on failure, removal.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include "attributes/resolver.hpp"
#include "store/attributes_store.hpp"
#include "store/library_queries.hpp"
#include "store/library_writer.hpp"
#include "support/video_articles.hpp"
#include "util/error.hpp"

namespace rs::store {
namespace {

model::ParsedArticle make_article(const std::string& slug, const std::vector<std::string>& videos) {
  return test::video_article(slug, videos);
}

// Writes the article `slug` (from /x/SLUG.md) with one exercise per video id; its row id.
std::int64_t stored(LibraryWriter& writer, const std::string& slug, const std::vector<std::string>& videos) {
  return writer.write(make_article(slug, videos), {"/x/" + slug + ".md", "h", 1, 1}, "t").id;
}

long long count(Database& db, const std::string& table) {
  return db.sql().execAndGet("SELECT count(*) FROM " + table).getInt64();
}

TEST(LibraryWriter, InsertsThenReplacesAndSharesVideos) {
  auto db = Database::open_in_memory();
  LibraryWriter writer(db);
  EXPECT_TRUE(writer.write(make_article("a", {"1", "2"}), {"/x/a.md", "h1", 10, 20}, "t1").inserted);
  EXPECT_TRUE(writer.write(make_article("b", {"2", "3"}), {"/x/b.md", "h2", 10, 20}, "t1").inserted);
  EXPECT_EQ(count(db, "videos"), 3);
  const auto result = writer.write(make_article("a", {"4"}), {"/x/a.md", "h3", 11, 21}, "t2");
  EXPECT_FALSE(result.inserted);
  EXPECT_EQ(count(db, "videos"), 3);  // 1 is gone, 2 is still used by b, 4 is new
  EXPECT_EQ(db.sql()
                .execAndGet("SELECT group_concat(provider_id) FROM (SELECT provider_id FROM videos ORDER BY 1)")
                .getString(),
            "2,3,4");
  const auto stored = writer.find_by_source("/x/a.md");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->content_hash, "h3");
  EXPECT_EQ(stored->file_mtime_ns, 21);
  EXPECT_EQ(db.sql().execAndGet("SELECT imported_at || '/' || updated_at FROM articles WHERE slug = 'a'").getString(),
            "t1/t2");
  EXPECT_EQ(list_exercises(db, {std::string("a"), std::nullopt}).size(), 1u);
  EXPECT_EQ(count(db, "tips"), 2);
}

TEST(LibraryWriter, AFailedWriteLeavesTheArticleAsItWas) {
  auto db = Database::open_in_memory();
  LibraryWriter writer(db);
  writer.write(make_article("a", {"1", "2"}), {"/x/a.md", "h1", 10, 20}, "t1");
  auto broken = make_article("a", {"5"});
  broken.levels.push_back(broken.levels[0]);  // same level slug twice: UNIQUE violation mid-write
  broken.levels[1].rank = 1;
  EXPECT_THROW(writer.write(broken, {"/x/a.md", "h9", 99, 99}, "t9"), Error);
  const auto exercises = list_exercises(db);
  ASSERT_EQ(exercises.size(), 2u);
  EXPECT_EQ(exercises[0].video->id, "1");
  EXPECT_EQ(writer.find_by_slug("a")->content_hash, "h1");
  EXPECT_EQ(count(db, "videos"), 2);
  // The writer's statements still work after the rollback.
  writer.write(make_article("a", {"6"}), {"/x/a.md", "h6", 1, 1}, "t3");
  EXPECT_EQ(list_exercises(db).at(0).video->id, "6");
}

TEST(LibraryWriter, AttributesAreWrittenWithTheArticleAndRolledBackWithIt) {
  auto db = Database::open_in_memory();
  LibraryWriter writer(db);
  const auto resolver = attributes::AttributeResolver::load(std::string(RS_SOURCE_DIR) + "/content");
  ArticleAttributeWriter attribute_writer(db, resolver);
  const auto write_with_attributes = [&](const model::ParsedArticle& article, const SourceFile& source) {
    return writer.write(article, source, "t1", [&](std::int64_t) { attribute_writer.write(article, source.path); });
  };
  write_with_attributes(make_article("a", {"1", "2"}), {"/x/a.md", "h1", 10, 20});
  write_with_attributes(make_article("b", {"2", "3"}), {"/x/b.md", "h2", 10, 20});
  const auto attributes = [&] {
    return db.sql()
        .execAndGet(
            "SELECT group_concat(e.slug || ':' || x.source) FROM (SELECT * FROM exercises ORDER BY id) e "
            "JOIN name_attributes x ON x.name = e.name")
        .getString();
  };
  EXPECT_EQ(attributes(), "move-1:default,move-2:default,move-2:default,move-3:default");
  EXPECT_EQ(count(db, "name_attributes"), 3);  // one row per distinct name
  // A failure after the attributes were stored takes them back with the rest of the article.
  const auto seven = make_article("a", {"7"});
  EXPECT_THROW(writer.write(seven, {"/x/a.md", "h7", 1, 1}, "t2",
                            [&](std::int64_t) {
                              attribute_writer.write(seven, "/x/a.md");
                              throw Error("stop");
                            }),
               Error);
  EXPECT_EQ(attributes(), "move-1:default,move-2:default,move-2:default,move-3:default");
  EXPECT_EQ(count(db, "name_attributes"), 3);
  EXPECT_EQ(writer.find_by_slug("a")->content_hash, "h1");
  write_with_attributes(seven, {"/x/a.md", "h7", 1, 1});
  EXPECT_EQ(attributes(), "move-2:default,move-3:default,move-7:default");
}

TEST(LibraryWriter, SlugChangeReplacesTheArticleFromTheSameFileAndRemoveCleansUp) {
  auto db = Database::open_in_memory();
  LibraryWriter writer(db);
  writer.write(make_article("old", {"1"}), {"/x/a.md", "h1", 1, 1}, "t1");
  const auto result = writer.write(make_article("new", {"2"}), {"/x/a.md", "h2", 2, 2}, "t2");
  EXPECT_EQ(result.displaced, std::vector<std::string>{"old"});
  EXPECT_FALSE(writer.find_by_slug("old"));
  EXPECT_EQ(count(db, "videos"), 1);
  writer.remove(writer.find_by_slug("new")->id);
  EXPECT_EQ(count(db, "articles"), 0);
  EXPECT_EQ(count(db, "exercises"), 0);
  EXPECT_EQ(count(db, "videos"), 0);
  EXPECT_EQ(count(db, "tips"), 0);
}

TEST(LibraryWriter, StoresEachArticlesCountsWithIt) {
  auto db = Database::open_in_memory();
  LibraryWriter writer(db);
  const auto counts = [&](const std::string& slug) {
    const auto c = writer.find_by_slug(slug)->counts;
    return std::to_string(c.levels) + "/" + std::to_string(c.exercises) + "/" + std::to_string(c.videos) + "/" +
           std::to_string(c.tips);
  };
  auto first = make_article("a", {"1", "2"});
  first.levels[0].exercises.push_back(first.levels[0].exercises[0]);
  first.levels[0].exercises[2].slug = "again";
  first.levels[0].exercises[2].position = 3;
  const auto inserted = writer.write(first, {"/x/a.md", "h1", 1, 1}, "t1");
  EXPECT_EQ(inserted.id, writer.find_by_slug("a")->id);
  EXPECT_EQ(counts("a"), "1/3/2/1");  // video 1 twice: two distinct videos
  auto bigger = make_article("a", {"3", "4", "5", "6"});
  bigger.levels.push_back(bigger.levels[0]);
  bigger.levels[1].slug = "more";
  bigger.levels[1].rank = 1;
  for (auto& exercise : bigger.levels[1].exercises) exercise.slug += "-more";
  bigger.tips.clear();
  const auto replaced = writer.write(bigger, {"/x/a.md", "h2", 2, 2}, "t2");
  EXPECT_EQ(replaced.id, inserted.id);
  EXPECT_EQ(counts("a"), "2/8/4/0");
  EXPECT_EQ(writer.find_by_source("/x/a.md")->counts.exercises, 8);
  EXPECT_EQ(writer.all_articles().at(0).counts.videos, 4);
}

TEST(LibraryWriter, DistinctVideosOverSomeArticlesAndUnwrittenOnes) {
  auto db = Database::open_in_memory();
  LibraryWriter writer(db);
  const auto a = stored(writer, "a", {"1", "2"});
  const auto b = stored(writer, "b", {"2", "3"});
  const auto c = stored(writer, "c", {"3", "4", "5"});
  EXPECT_EQ(writer.distinct_videos({a, b, c}, {}), 5);
  EXPECT_EQ(writer.distinct_videos({a}, {}), 2);
  EXPECT_EQ(writer.distinct_videos({a, b}, {}), 3);
  EXPECT_EQ(writer.distinct_videos({b, c}, {}), 4);
  EXPECT_EQ(writer.distinct_videos({}, {{"vimeo", "1"}, {"vimeo", "9"}}), 2);
  // Unwritten videos count once: not when one of the articles uses them, also when another does.
  EXPECT_EQ(writer.distinct_videos({a, b, c}, {{"vimeo", "1"}, {"vimeo", "9"}}), 6);
  EXPECT_EQ(writer.distinct_videos({a}, {{"vimeo", "2"}, {"vimeo", "3"}, {"youtube", "1"}}), 4);
  EXPECT_EQ(writer.distinct_videos({b, c}, {{"vimeo", "1"}, {"vimeo", "5"}}), 5);
}


// The distinct-video total kept in library_meta ("none" when no total is kept).
std::string kept_total(Database& db) {
  return db.sql()
      .execAndGet("SELECT coalesce((SELECT value FROM library_meta WHERE key = 'video_total'), 'none')")
      .getString();
}

// finish() keeps the right total; each write or removal forgets it (inside its own transaction),
// and distinct_videos over every article then recounts instead of returning the stale total.
TEST(LibraryWriter, KeptVideoTotalIsForgottenByEveryWriteAndRemoval) {
  auto db = Database::open_in_memory();
  LibraryWriter writer(db);
  const auto a = stored(writer, "a", {"1", "2"});
  const auto b = stored(writer, "b", {"2", "3"});
  const auto c = stored(writer, "c", {"3", "4", "5"});
  EXPECT_EQ(kept_total(db), "none");
  EXPECT_EQ(writer.finish({a, b, c}), 5);
  EXPECT_FALSE(writer.in_batch());
  EXPECT_EQ(kept_total(db), "5");
  EXPECT_EQ(writer.distinct_videos({a, b, c}, {}), 5);

  // A new article with a new video: the total is gone inside its write already.
  std::string during_write;
  const auto d = writer
                     .write(make_article("d", {"9"}), {"/x/d.md", "h", 1, 1}, "t",
                            [&](std::int64_t) { during_write = kept_total(db); })
                     .id;
  EXPECT_EQ(during_write, "none");
  EXPECT_EQ(kept_total(db), "none");
  EXPECT_EQ(writer.distinct_videos({a, b, c, d}, {}), 6);  // 1 2 3 4 5 9, not the kept 5
  EXPECT_EQ(kept_total(db), "none");                       // counted outside a batch: not kept
  EXPECT_EQ(writer.finish({a, b, c, d}), 6);
  EXPECT_EQ(kept_total(db), "6");

  // Replacing an article's videos forgets it too.
  writer.write(make_article("a", {"1", "7", "8"}), {"/x/a.md", "h2", 2, 2}, "t2");
  EXPECT_EQ(kept_total(db), "none");
  EXPECT_EQ(writer.distinct_videos({a, b, c, d}, {}), 8);  // 1 2 3 4 5 7 8 9
  EXPECT_EQ(writer.finish({a, b, c, d}), 8);
  EXPECT_EQ(kept_total(db), "8");

  // A removal forgets it: c's 4 and 5 are gone (3 is still b's).
  writer.remove(c);
  EXPECT_EQ(kept_total(db), "none");
  EXPECT_EQ(writer.distinct_videos({a, b, d}, {}), 6);  // 1 2 3 7 8 9
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM videos").getInt(), 6);
  EXPECT_EQ(writer.finish({a, b, d}), 6);
  EXPECT_EQ(kept_total(db), "6");
}

// Inside an open batch the total is kept as soon as it is counted, and a write later in the same
// batch forgets it, so the next count in that batch is a recount.
TEST(LibraryWriter, AWriteLaterInTheSameBatchForgetsTheTotalKeptInIt) {
  auto db = Database::open_in_memory();
  LibraryWriter writer(db);
  const auto a = stored(writer, "a", {"1", "2"});
  writer.begin_batch();
  EXPECT_EQ(writer.distinct_videos({a}, {}), 2);
  EXPECT_EQ(kept_total(db), "2");
  const auto b = stored(writer, "b", {"3"});
  EXPECT_EQ(kept_total(db), "none");
  EXPECT_EQ(writer.distinct_videos({a, b}, {}), 3);
  EXPECT_EQ(kept_total(db), "3");
  writer.remove(a);
  EXPECT_EQ(kept_total(db), "none");
  EXPECT_EQ(writer.finish({b}), 1);
  EXPECT_EQ(kept_total(db), "1");
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM videos").getInt(), 1);
}

// A write that fails after forgetting the total rolls the forgetting back with it: the kept total
// is still there and still right, since the library did not change.
TEST(LibraryWriter, AFailedWriteKeepsTheRightTotal) {
  auto db = Database::open_in_memory();
  LibraryWriter writer(db);
  const auto a = stored(writer, "a", {"1", "2"});
  EXPECT_EQ(writer.finish({a}), 2);
  EXPECT_THROW(writer.write(make_article("b", {"3"}), {"/x/b.md", "h", 1, 1}, "t",
                            [&](std::int64_t) {
                              EXPECT_EQ(kept_total(db), "none");
                              throw Error("stop");
                            }),
               Error);
  EXPECT_FALSE(writer.find_by_slug("b"));
  EXPECT_EQ(kept_total(db), "2");
  EXPECT_EQ(writer.distinct_videos({a}, {}), 2);
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM videos").getInt(), 2);
}

}  // namespace
}  // namespace rs::store

namespace rs::store {
namespace {

// "slug:id:video:line" of every exercise of the library, in id order.
std::string exercise_rows(Database& db) {
  SQLite::Statement rows(db.sql(),
                         "SELECT slug || ':' || id || ':' || coalesce(video_id, '-') || ':' || coalesce(source_line, 0) "
                         "FROM exercises ORDER BY id");
  std::string text;
  while (rows.executeStep()) text += rows.getColumn(0).getString() + "\n";
  return text;
}

// A new version of an article keeps the rows (and ids) of the exercises it still has, rewrites
// only what changed in them, drops those it lost and adds the new ones after every stored row.
TEST(LibraryWriter, ANewVersionKeepsTheRowsOfTheExercisesItStillHas) {
  auto db = Database::open_in_memory();
  LibraryWriter writer(db);
  writer.write(make_article("a", {"1", "2", "3"}), {"/x/a.md", "h1", 1, 1}, "t1");
  writer.write(make_article("b", {"7"}), {"/x/b.md", "h1", 1, 1}, "t1");
  ASSERT_EQ(exercise_rows(db), "move-1:1:1:0\nmove-2:2:2:0\nmove-3:3:3:0\nmove-7:4:7:0\n");

  auto edited = make_article("a", {"1", "2", "4"});  // move-3 gone, move-4 new
  edited.levels[0].exercises[1].video->id = "22";    // move-2 shows another video
  edited.levels[0].exercises[1].video->url = "https://vimeo.com/22";
  edited.levels[0].exercises[0].line = 12;  // the text above move-1 grew
  writer.write(edited, {"/x/a.md", "h2", 2, 2}, "t2");
  EXPECT_EQ(exercise_rows(db), "move-1:1:1:12\nmove-2:2:22:0\nmove-7:4:7:0\nmove-4:5:4:0\n");
  EXPECT_EQ(db.sql().execAndGet("SELECT group_concat(url, ' ') FROM (SELECT url FROM videos ORDER BY url)").getString(),
            "https://vimeo.com/1 https://vimeo.com/22 https://vimeo.com/4 https://vimeo.com/7");
  EXPECT_EQ(writer.distinct_videos({1, 2}, {}), 4);

  // The same version again changes no exercise row at all.
  const auto changes_before = db.sql().execAndGet("SELECT total_changes()").getInt64();
  writer.write(edited, {"/x/a.md", "h3", 3, 3}, "t3");
  EXPECT_EQ(exercise_rows(db), "move-1:1:1:12\nmove-2:2:22:0\nmove-7:4:7:0\nmove-4:5:4:0\n");
  const auto exercise_changes = db.sql().execAndGet("SELECT total_changes()").getInt64() - changes_before;
  // The article row, its level and its tip (deleted and written again), and the kept total: no exercise.
  EXPECT_LE(exercise_changes, 5);
}

}  // namespace
}  // namespace rs::store

namespace rs::store {
namespace {

// prepare_rows gives the article's distinct names in order and every slug as JSON arrays, the
// exercise and distinct-video counts, and the front matter as JSON text.
TEST(LibraryWriter, PrepareRowsListsNamesSlugsAndCounts) {
  auto article = make_article("a", {"1", "2", "1"});
  article.levels[0].exercises[2].name = "Move \"1\"";  // a quote in a name
  article.levels[0].exercises[2].slug = "move-1-again";
  article.levels[0].exercises[1].name = "Move 1";    // a repeated name
  const auto rows = prepare_rows(article);
  EXPECT_EQ(nlohmann::json::parse(rows.names), nlohmann::json::array({"Move 1", "Move \"1\""}));
  EXPECT_EQ(nlohmann::json::parse(rows.slugs), nlohmann::json::array({"move-1", "move-2", "move-1-again"}));
  EXPECT_EQ(rows.exercises, 3);
  EXPECT_EQ(rows.videos, 2);
  EXPECT_EQ(nlohmann::json::parse(rows.front_matter), nlohmann::json({{"title", "Title a"}}));
}

}  // namespace
}  // namespace rs::store

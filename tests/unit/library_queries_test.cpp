// Unit tests for src/store/library_queries: exercises with levels, videos and attributes; tips.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include "store/database.hpp"
#include "store/library_queries.hpp"

namespace rs::store {
namespace {

void seed(Database& db) {
  db.sql().exec(R"sql(
    INSERT INTO articles (id, slug, title, source_path, content_hash, imported_at, updated_at)
      VALUES (1, 'a', 'A', 'a.md', 'h', 't', 't');
    INSERT INTO levels (article_id, name, slug, rank, global_rank) VALUES
      (1, 'Basics', 'basics', 0, 0), (1, 'Foundational', 'foundational', 1, 1);
    INSERT INTO exercises (id, article_id, level_rank, name, slug, column_number, position, video_provider, video_id,
                           video_url) VALUES
      (1, 1, 1, 'Side Plank', 'side-plank', 1, 2, 'vimeo', '143363985', 'https://vimeo.com/143363985'),
      (2, 1, 1, 'Oblique twists', 'oblique-twists', 1, 1, 'vimeo', '143363985', 'https://vimeo.com/143363985'),
      (3, 1, 0, 'Body Squat', 'body-squat', 2, 2, NULL, NULL, NULL);
    INSERT INTO name_attributes VALUES ('Side Plank', '["core","hips"]', 'stability',
      '{"type":"hold","sets":2,"seconds":30,"per_side":true}', '["mat"]', '{}', 'override');
    INSERT INTO tips (article_id, section, title, body, position) VALUES (1, 'Key points', 'Go slow', 'Slowly.', 1);
  )sql");
}

TEST(LibraryQueries, ExercisesComeInLevelColumnPositionOrderWithVideosAndAttributes) {
  auto db = Database::open_in_memory();
  seed(db);
  const auto all = list_exercises(db);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].slug, "body-squat");
  EXPECT_EQ(all[1].slug, "oblique-twists");
  EXPECT_EQ(all[2].slug, "side-plank");
  EXPECT_FALSE(all[0].video);
  ASSERT_TRUE(all[2].video);
  EXPECT_EQ(all[2].video->provider, model::VideoProvider::vimeo);
  EXPECT_EQ(all[2].attributes.kind, model::ExerciseKind::stability);
  EXPECT_EQ(all[2].attributes.dose.seconds, 30);
  EXPECT_TRUE(all[2].attributes.dose.per_side);
  EXPECT_EQ(all[2].attributes.source, model::AttributeSource::overridden);
  EXPECT_EQ(all[1].attributes.source, model::AttributeSource::defaulted);
  EXPECT_EQ(all[2].level_name, "Foundational");
  EXPECT_EQ(all[2].level_rank, 1);
}

TEST(LibraryQueries, FiltersByLevelAndArticle) {
  auto db = Database::open_in_memory();
  seed(db);
  EXPECT_EQ(list_exercises(db, {std::nullopt, std::string("basics")}).size(), 1u);
  EXPECT_EQ(list_exercises(db, {std::string("nope"), std::nullopt}).size(), 0u);
  ASSERT_EQ(list_tips(db).size(), 1u);
  EXPECT_EQ(list_tips(db)[0].title, "Go slow");
}

// A second article "0-first" (sorting before "a") that repeats two of seed()'s exercises under other
// levels and ids, adds one of its own, and has two tips.
void seed_repeats(Database& db) {
  db.sql().exec(R"sql(
    INSERT INTO articles (id, slug, title, source_path, content_hash, imported_at, updated_at)
      VALUES (2, '0-first', 'First', 'f.md', 'h', 't', 't');
    INSERT INTO levels (article_id, name, slug, rank, global_rank) VALUES
      (2, 'Basics', 'basics', 0, 0), (2, 'Advanced', 'advanced', 1, 3);
    INSERT INTO exercises (id, article_id, level_rank, name, slug, column_number, position) VALUES
      (10, 2, 0, 'Side Plank', 'side-plank', 1, 1),
      (11, 2, 1, 'Body Squat', 'body-squat', 1, 1),
      (12, 2, 1, 'Lunge', 'lunge', 1, 2);
    INSERT INTO tips (article_id, section, title, body, position) VALUES (2, 'Key points', 'Breathe', 'Out.', 1),
                                                                         (2, 'Key points', 'Rest', 'Sleep.', 2);
  )sql");
}

TEST(LibraryQueries, DistinctExercisesKeepTheFirstStoredOccurrenceOfEachSlugInListOrder) {
  auto db = Database::open_in_memory();
  seed(db);
  seed_repeats(db);
  ASSERT_EQ(list_exercises(db).size(), 6u);
  const auto distinct = list_distinct_exercises(db);
  ASSERT_EQ(distinct.size(), 4u);
  // side-plank and body-squat come from article "a" (ids 1 and 3, stored first), with its levels,
  // video and attributes; lunge only exists in "0-first", which sorts first.
  EXPECT_EQ(distinct[0].slug, "lunge");
  EXPECT_EQ(distinct[0].article_slug, "0-first");
  EXPECT_EQ(distinct[1].slug, "body-squat");
  EXPECT_EQ(distinct[1].id, 3);
  EXPECT_EQ(distinct[1].level_slug, "basics");
  EXPECT_EQ(distinct[2].slug, "oblique-twists");
  EXPECT_EQ(distinct[3].slug, "side-plank");
  EXPECT_EQ(distinct[3].id, 1);
  ASSERT_TRUE(distinct[3].video);
  EXPECT_EQ(distinct[3].attributes.source, model::AttributeSource::overridden);
  auto empty = Database::open_in_memory();
  EXPECT_TRUE(list_distinct_exercises(empty).empty());
}

TEST(LibraryQueries, PlanLibraryReadsDistinctExercisesAndAPrefixOfTheTips) {
  auto db = Database::open_in_memory();
  seed(db);
  seed_repeats(db);
  const auto all_tips = list_tips(db);
  ASSERT_EQ(all_tips.size(), 3u);
  EXPECT_EQ(all_tips[0].title, "Breathe");  // article "0-first" sorts before "a"
  EXPECT_EQ(all_tips[2].title, "Go slow");
  // The first tips of each article: a session's note comes from the articles of its exercises.
  const auto one = read_plan_library(db, 1);
  EXPECT_EQ(one.exercises.size(), 4u);
  ASSERT_EQ(one.tips.size(), 2u);
  EXPECT_EQ(one.tips[0].title, "Breathe");
  EXPECT_EQ(one.tips[1].title, "Go slow");
  EXPECT_EQ(read_plan_library(db, 2).tips.size(), 3u);
  EXPECT_EQ(read_plan_library(db, 10).tips.size(), 3u);
  EXPECT_TRUE(read_plan_library(db, 0).tips.empty());
}

TEST(LibraryQueries, TipsComeFromStrengthArticlesOnly) {
  auto db = Database::open_in_memory();
  seed(db);
  // A page with tips and no exercises, stored by an earlier version: its tips never reach a plan.
  db.sql().exec(R"sql(
    INSERT INTO articles (id, slug, title, source_path, content_hash, imported_at, updated_at)
      VALUES (3, '0-blog', 'Blog', 'b.md', 'h', 't', 't');
    INSERT INTO tips (article_id, section, title, body, position) VALUES (3, 'Audio', 'FFT Size', '2^12.', 1);
  )sql");
  const auto tips = list_tips(db);
  ASSERT_EQ(tips.size(), 1u);
  EXPECT_EQ(tips[0].title, "Go slow");
  ASSERT_EQ(read_plan_library(db, 5).tips.size(), 1u);
  EXPECT_EQ(read_plan_library(db, 5).tips[0].article_slug, "a");
}

}  // namespace
}  // namespace rs::store

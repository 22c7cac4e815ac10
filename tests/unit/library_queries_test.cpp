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
    INSERT INTO levels (id, article_id, name, slug, rank) VALUES (1, 1, 'Basics', 'basics', 0),
                                                                 (2, 1, 'Foundational', 'foundational', 1);
    INSERT INTO videos (id, provider, provider_id, url) VALUES (1, 'vimeo', '143363985', 'https://vimeo.com/143363985');
    INSERT INTO exercises (id, article_id, level_id, name, slug, column_number, position, video_id) VALUES
      (1, 1, 2, 'Side Plank', 'side-plank', 1, 2, 1),
      (2, 1, 2, 'Oblique twists', 'oblique-twists', 1, 1, 1),
      (3, 1, 1, 'Body Squat', 'body-squat', 2, 2, NULL);
    INSERT INTO exercise_attributes VALUES (1, '["core","hips"]', 'stability',
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
  EXPECT_EQ(all[2].attributes.kind, "stability");
  EXPECT_EQ(all[2].attributes.dose.seconds, 30);
  EXPECT_TRUE(all[2].attributes.dose.per_side);
  EXPECT_EQ(all[2].attributes.source, "override");
  EXPECT_EQ(all[1].attributes.source, "default");
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

}  // namespace
}  // namespace rs::store

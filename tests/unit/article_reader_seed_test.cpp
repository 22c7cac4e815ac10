// Unit tests for src/importer/article_reader.cpp on the shipped seed article
// (article_reader_test.cpp has the rest): exact levels, exercises, columns, videos and tips.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "importer/article_reader.hpp"

namespace rs::importer {
namespace {

model::ParsedArticle read_seed() {
  const std::string path = std::string(RS_SOURCE_DIR) + "/content/strength-training-for-runners.md";
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return read_article(bytes.str(), path);
}

TEST(SeedArticle, FrontMatter) {
  const auto article = read_seed();
  EXPECT_EQ(article.title, "Strength Training for Runners");
  EXPECT_EQ(article.slug, "strength-training-for-runners");
  EXPECT_EQ(article.published_date, "2023-01-01");
  EXPECT_FALSE(article.draft);
  EXPECT_EQ(article.front_matter["year"], 2024);
  EXPECT_EQ(article.front_matter["featured"], true);
  EXPECT_EQ(article.front_matter["technologies"][1], "Your Body");
  EXPECT_EQ(article.front_matter["links"]["paper"], "");
  EXPECT_TRUE(article.front_matter["relatedProjects"].is_array());
}

TEST(SeedArticle, LevelsExercisesColumnsAndVideos) {
  const auto article = read_seed();
  ASSERT_EQ(article.levels.size(), 2u);
  const auto& basics = article.levels[0];
  EXPECT_EQ(basics.slug, "basics");
  EXPECT_EQ(basics.name, "Basics");
  EXPECT_EQ(basics.rank, 0);
  ASSERT_EQ(basics.exercises.size(), 2u);
  EXPECT_EQ(basics.exercises[0].name, "Mountain Pose");
  EXPECT_EQ(basics.exercises[0].column, 1);
  EXPECT_EQ(basics.exercises[1].name, "Body Squat");
  EXPECT_EQ(basics.exercises[1].column, 2);  // split by ***
  ASSERT_TRUE(basics.exercises[0].video && basics.exercises[1].video);
  EXPECT_EQ(basics.exercises[0].video->provider, model::VideoProvider::youtube);
  EXPECT_EQ(basics.exercises[0].video->id, "5IajJyMbOyo");
  EXPECT_EQ(basics.exercises[1].video->id, "yIa7PGJRTi0");
  EXPECT_EQ(basics.exercises[1].video->url, "https://www.youtube.com/watch?v=yIa7PGJRTi0");

  const auto& foundational = article.levels[1];
  EXPECT_EQ(foundational.slug, "foundational");
  EXPECT_EQ(foundational.name, "Foundational");
  EXPECT_EQ(foundational.rank, 1);
  const std::vector<std::string> names = {"Oblique twists", "Ab-wheel Holds", "Side Plank",
                                          "Goblet squats",  "Weighted Sit-up", "Glute Walk-Outs"};
  ASSERT_EQ(foundational.exercises.size(), names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto& exercise = foundational.exercises[i];
    EXPECT_EQ(exercise.name, names[i]);
    EXPECT_EQ(exercise.position, static_cast<int>(i) + 1);
    EXPECT_EQ(exercise.column, i < 3 ? 1 : 2) << exercise.name;
    ASSERT_TRUE(exercise.video);
    EXPECT_EQ(exercise.video->provider, model::VideoProvider::vimeo);
    EXPECT_EQ(exercise.video->id, i < 3 ? "143363985" : "134393784");
    EXPECT_EQ(exercise.video->url, "https://vimeo.com/" + exercise.video->id);
  }
  EXPECT_EQ(foundational.exercises[1].slug, "ab-wheel-holds");
  EXPECT_EQ(article.video_count(), 4u);
  EXPECT_EQ(article.exercise_count(), 8u);
  EXPECT_TRUE(article.warnings.empty()) << article.warnings[0].message;
}

TEST(SeedArticle, FiveTips) {
  const auto article = read_seed();
  ASSERT_EQ(article.tips.size(), 5u);
  EXPECT_EQ(article.tips[0].title, "Stretch before each workout");
  EXPECT_EQ(article.tips[0].body, "Stretching is crucial for warming up your muscles and preparing your body.");
  EXPECT_EQ(article.tips[0].section, "Key points to remember");
  EXPECT_EQ(article.tips[4].title, "Training is about conditioning");
  EXPECT_EQ(article.tips[1].title, "Go slow");
}

}  // namespace
}  // namespace rs::importer

// CLI tests for the browsing commands: exercises (table, JSON, filters), show, levels, articles.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

const std::string seed = std::string(RS_SOURCE_DIR) + "/content/strength-training-for-runners.md";

class Browse : public LibraryTest {
 protected:
  void SetUp() override {
    ASSERT_EQ(run({"import", seed}).status, 0);
    ASSERT_EQ(run({"import", std::string(RS_TESTS_DIR) + "/fixtures/import/dialect/blocks.md"}).status, 0);
    // Attributes under the test's control: none resolved (the documented default) but two.
    edit(R"sql(
      DELETE FROM name_attributes;
      INSERT OR REPLACE INTO name_attributes SELECT DISTINCT name, '["core","hips"]', 'stability',
        '{"type":"hold","sets":2,"seconds":30,"per_side":true}', '["mat"]', '{"mat":"a towel"}', 'override'
        FROM exercises WHERE slug = 'side-plank';
      INSERT OR REPLACE INTO name_attributes SELECT DISTINCT name, '["quads","glutes"]', 'strength',
        '{"type":"reps","sets":3,"reps":8,"per_side":false}', '["weight"]', '{}', 'inferred'
        FROM exercises WHERE slug = 'goblet-squats';)sql");
  }
};

TEST_F(Browse, ExercisesJsonHasTheDocumentedShape) {
  const auto result = run({"exercises", "--json", "--article", "strength-training-for-runners"});
  ASSERT_EQ(result.status, 0) << result.err;
  const auto all = nlohmann::json::parse(result.out);
  ASSERT_EQ(all.size(), 8u);
  const auto& first = all[0];
  EXPECT_EQ(first["slug"], "mountain-pose");
  EXPECT_EQ(first["name"], "Mountain Pose");
  EXPECT_EQ(first["article"], "strength-training-for-runners");
  EXPECT_EQ(first["level"], "basics");
  EXPECT_EQ(first["level_name"], "Basics");
  EXPECT_EQ(first["level_rank"], 0);
  EXPECT_EQ(first["column"], 1);
  EXPECT_EQ(first["position"], 1);
  EXPECT_EQ(first["video"], nlohmann::json({{"provider", "youtube"},
                                            {"id", "5IajJyMbOyo"},
                                            {"url", "https://www.youtube.com/watch?v=5IajJyMbOyo"}}));
  EXPECT_EQ(first["attributes_source"], "default");
  const auto& plank = all[4];  // foundational, column 1, position 3
  EXPECT_EQ(plank["slug"], "side-plank");
  EXPECT_EQ(plank["areas"], nlohmann::json({"core", "hips"}));
  EXPECT_EQ(plank["kind"], "stability");
  EXPECT_EQ(plank["dose"]["seconds"], 30);
  EXPECT_EQ(plank["equipment"], nlohmann::json({"mat"}));
  EXPECT_EQ(plank["substitutes"]["mat"], "a towel");
  EXPECT_EQ(plank["attributes_source"], "override");
}

TEST_F(Browse, ExercisesWithoutVideoHaveNullVideo) {
  const auto all = nlohmann::json::parse(run({"exercises", "--json", "--article", "blocks"}).out);
  ASSERT_GE(all.size(), 2u);
  EXPECT_EQ(all[1]["slug"], "no-video-here");
  EXPECT_TRUE(all[1]["video"].is_null());
}

TEST_F(Browse, FiltersByLevelAreaAndEquipment) {
  const auto level = nlohmann::json::parse(run({"exercises", "--json", "--level", "basics"}).out);
  ASSERT_EQ(level.size(), 2u);
  EXPECT_EQ(level[1]["name"], "Body Squat");
  const auto core = nlohmann::json::parse(run({"exercises", "--json", "--area", "core"}).out);
  ASSERT_EQ(core.size(), 1u);
  EXPECT_EQ(core[0]["slug"], "side-plank");
  const auto weight = nlohmann::json::parse(run({"exercises", "--json", "--equipment", "weight"}).out);
  ASSERT_EQ(weight.size(), 1u);
  EXPECT_EQ(weight[0]["slug"], "goblet-squats");
  const auto bodyweight = nlohmann::json::parse(
      run({"exercises", "--json", "--equipment", "bodyweight", "--article", "strength-training-for-runners"}).out);
  EXPECT_EQ(bodyweight.size(), 6u);
}

TEST_F(Browse, ExercisesTableByLevelAndColumnMarksInferredAndDefault) {
  const auto result = run({"exercises", "--article", "strength-training-for-runners"});
  ASSERT_EQ(result.status, 0) << result.err;
  const auto& out = result.out;
  const auto basics = out.find("Basics (level basics, rank 0");
  const auto foundational = out.find("Foundational (level foundational, rank 1");
  ASSERT_NE(basics, std::string::npos) << out;
  ASSERT_LT(basics, foundational);
  EXPECT_LT(out.find("Mountain Pose"), out.find("Body Squat"));
  EXPECT_NE(out.find("https://vimeo.com/143363985"), std::string::npos);
  EXPECT_NE(out.find("quads,glutes*"), std::string::npos) << out;  // inferred
  EXPECT_NE(out.find("3 x 8*"), std::string::npos) << out;
  EXPECT_NE(out.find("2 x 30 s each side "), std::string::npos) << out;  // override: no mark
  EXPECT_NE(out.find("bodyweight?"), std::string::npos) << out;          // default
}

TEST_F(Browse, ShowFindsByNameOrSlug) {
  const auto by_name = run({"show", "side plank"});
  ASSERT_EQ(by_name.status, 0) << by_name.err;
  EXPECT_NE(by_name.out.find("Side Plank (side-plank)"), std::string::npos) << by_name.out;
  EXPECT_NE(by_name.out.find("video:       https://vimeo.com/143363985"), std::string::npos);
  EXPECT_NE(by_name.out.find("instead of mat: a towel"), std::string::npos);
  const auto json = nlohmann::json::parse(run({"show", "goblet-squats", "--json"}).out);
  ASSERT_EQ(json.size(), 1u);
  EXPECT_EQ(json[0]["level"], "foundational");
  const auto missing = run({"show", "handstand"});
  EXPECT_EQ(missing.status, 2);  // an unknown name is a usage error
  EXPECT_NE(missing.err.find("no exercise named 'handstand'"), std::string::npos);
}

TEST_F(Browse, LevelsAndArticles) {
  const auto levels = nlohmann::json::parse(run({"levels", "--json"}).out);
  ASSERT_EQ(levels.size(), 4u);
  EXPECT_EQ(levels[0]["article"], "blocks");
  EXPECT_EQ(levels[2], nlohmann::json({{"article", "strength-training-for-runners"},
                                       {"slug", "basics"},
                                       {"name", "Basics"},
                                       {"rank", 0},
                                       {"exercises", 2}}));
  const auto articles = nlohmann::json::parse(run({"articles", "--json"}).out);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[1]["slug"], "strength-training-for-runners");
  EXPECT_EQ(articles[1]["exercises"], 8);
  EXPECT_EQ(articles[1]["tips"], 5);
  EXPECT_EQ(articles[1]["published_date"], "2023-01-01");
  const auto text = run({"levels"});
  EXPECT_NE(text.out.find("foundational"), std::string::npos);
}

}  // namespace
}  // namespace rs::test

// Unit tests for src/attributes/levels: the global order of levels with aliases (content/levels.yaml),
// an article's own mapping in its front matter, and unknown names placed after the last known level.
#include <gtest/gtest.h>

#include "attributes/levels.hpp"
#include "support/imported_library.hpp"
#include "util/error.hpp"

namespace rs::attributes {
namespace {

std::vector<int> ranks_of(const std::vector<RankedLevel>& ranked) {
  std::vector<int> ranks;
  for (const auto& level : ranked) ranks.push_back(level.rank);
  return ranks;
}

TEST(Levels, TheShippedScaleNamesFourStepsWithTheirAliases) {
  const auto scale = LevelScale::load(test::source_dir / "content");
  EXPECT_EQ(scale.size(), 4);
  EXPECT_EQ(scale.rank_of("Basics"), 0);
  EXPECT_EQ(scale.rank_of("Foundational"), 1);
  EXPECT_EQ(scale.rank_of("beginner"), 1);
  EXPECT_EQ(scale.rank_of("Follow-on"), 2);
  EXPECT_EQ(scale.rank_of("follow on"), 2);
  EXPECT_EQ(scale.rank_of("Intermediate"), 2);
  EXPECT_EQ(scale.rank_of("PROGRESSION"), 2);
  EXPECT_EQ(scale.rank_of("Advanced"), 3);
  EXPECT_EQ(scale.rank_of("Exercises 2"), std::nullopt);
  EXPECT_EQ(scale.name_of(2), "follow-on");
}

TEST(Levels, AnArticlesMappingWinsAndUnknownNamesComeAfterItsLastKnownLevel) {
  const auto scale = LevelScale::load(test::source_dir / "content");
  const auto mapping = nlohmann::ordered_json::parse(R"({"Exercises 2": "follow-on", "Extras": "nonsense"})");
  const auto ranked = rank_levels({"Warm Up", "Exercises 2", "Mystery Moves", "Extras"}, mapping, scale);
  EXPECT_EQ(ranks_of(ranked), (std::vector<int>{0, 2, 3, 4}));
  EXPECT_FALSE(ranked[0].warning);  // "warm-up" is an alias of basics
  EXPECT_FALSE(ranked[1].warning);
  ASSERT_TRUE(ranked[2].warning);
  EXPECT_EQ(*ranked[2].warning,
            "level 'Mystery Moves' matches no level of levels.yaml: placed after the article's last known level (rank "
            "3); map it in the front matter, e.g. levels: {\"Mystery Moves\": advanced}, or add it as an alias in "
            "levels.yaml");
  ASSERT_TRUE(ranked[3].warning);
  EXPECT_NE(ranked[3].warning->find("maps it to \"nonsense\", which levels.yaml does not name"), std::string::npos);
  // Nothing known: the first unknown level is rank 1, never the basics of the warm-up.
  EXPECT_EQ(ranks_of(rank_levels({"Week A", "Week B"}, nullptr, scale)), (std::vector<int>{1, 2}));
}

TEST(Levels, AMalformedScaleNamesTheFileAndLine) {
  try {
    LevelScale::from_text("levels:\n  - name: basics\n  - name: BASICS\n", "content/levels.yaml");
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("content/levels.yaml:3"), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("already names level 'basics'"), std::string::npos) << error.what();
  }
  EXPECT_THROW(LevelScale::from_text("levels: [\n"), Error);
  EXPECT_THROW(LevelScale::from_text("levels: []\n"), Error);
  EXPECT_THROW(LevelScale::from_text("levels:\n  - name: a\n    alias: [b]\n"), Error);
}

}  // namespace
}  // namespace rs::attributes

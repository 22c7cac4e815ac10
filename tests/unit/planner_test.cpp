// The whole planner flow (src/planner/planner.cpp's build_plan over placement, progression, equipment
// and session building): equipment substitution, area coverage, determinism, repeated exercises, tips.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "exporters/plan_json.hpp"
#include "planner/planner.hpp"
#include "support/planner_fixtures.hpp"

namespace rs::test {
namespace {

TEST(PlannerProgression, EquipmentSubstitutionAndExclusion) {
  auto schedule = example_schedule();  // home
  auto check = [&](const model::Plan& plan, bool expect_substitutes) {
    std::map<std::string, int> seen;
    for (const auto& week : plan.weeks) {
      for (const auto& session : week.sessions) {
        for (const auto& item : session.exercises) {
          ++seen[item.slug.substr(0, item.slug.find("-l"))];
          if (item.slug.rfind("goblet-squat", 0) == 0 || item.slug.rfind("calf-raise", 0) == 0) {
            EXPECT_EQ(item.substitute.has_value(), expect_substitutes) << item.slug;
          }
        }
      }
    }
    return seen;
  };
  auto home = check(planner::build_plan(schedule, 4, "", synthetic_library(2), {}).plan, true);
  EXPECT_GT(home["goblet-squat"], 0);
  EXPECT_GT(home["calf-raise"], 0);
  EXPECT_EQ(home["ab-wheel-rollout"], 0) << "no ab wheel and no substitute: left out";
  EXPECT_EQ(home["barbell-deadlift"], 0);
  schedule.equipment_choice = model::EquipmentChoice::gym;
  auto gym = check(planner::build_plan(schedule, 4, "", synthetic_library(2), {}).plan, false);
  EXPECT_GT(gym["ab-wheel-rollout"] + gym["barbell-deadlift"], 0);
  schedule.equipment_choice = model::EquipmentChoice::custom;
  schedule.equipment = {"step"};
  const auto custom = planner::build_plan(schedule, 4, "", synthetic_library(2), {}).plan;
  for (const auto& session : custom.weeks[0].sessions) {
    for (const auto& item : session.exercises) {
      if (item.slug.rfind("calf-raise", 0) == 0) {
        EXPECT_FALSE(item.substitute) << "has a step";
      }
      if (item.slug.rfind("goblet-squat", 0) == 0) {
        EXPECT_TRUE(item.substitute) << "no weights";
      }
    }
  }
}

TEST(PlannerProgression, EachWeekWorksEveryAreaGroup) {
  const auto plan = planner::build_plan(example_schedule(), 8, "", synthetic_library(3), synthetic_tips()).plan;
  for (const auto& week : plan.weeks) {
    std::set<std::string> areas;
    for (const auto& session : week.sessions) areas.insert(session.focus.begin(), session.focus.end());
    EXPECT_TRUE(areas.count("core")) << week.number;
    EXPECT_TRUE(areas.count("glutes") || areas.count("hips")) << week.number;
    EXPECT_TRUE(areas.count("quads") || areas.count("hamstrings")) << week.number;
    EXPECT_TRUE(areas.count("calves") || areas.count("ankles-feet")) << week.number;
  }
  EXPECT_TRUE(plan.warnings.empty()) << plan.warnings.front();
}

TEST(PlannerProgression, SameInputGivesTheSameJson) {
  auto schedule = example_schedule();
  schedule.races = {{*parse_date("2027-01-31"), {}, model::RacePriority::a}};
  const auto first =
      exporters::plan_json_text(planner::build_plan(schedule, 8, "p", synthetic_library(5), synthetic_tips()).plan);
  const auto second =
      exporters::plan_json_text(planner::build_plan(schedule, 8, "p", synthetic_library(5), synthetic_tips()).plan);
  EXPECT_EQ(first, second);
  schedule.sessions = 1;
  EXPECT_NE(first, exporters::plan_json_text(
                       planner::build_plan(schedule, 8, "p", synthetic_library(5), synthetic_tips()).plan));
}

TEST(PlannerProgression, AnExerciseRepeatedInOtherArticlesIsPlannedOnce) {
  const auto library = synthetic_library(3);
  auto repeated = library;
  for (auto copy : library) {  // the same exercises again, from another article with other videos
    copy.article_slug = "another-coach";
    copy.video =
        model::Video{model::VideoProvider::youtube, "dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"};
    repeated.push_back(copy);
  }
  const auto schedule = example_schedule();
  const auto tips = synthetic_tips();
  const auto plan = planner::build_plan(schedule, 8, "p", repeated, tips).plan;
  EXPECT_EQ(exporters::plan_json_text(plan),
            exporters::plan_json_text(planner::build_plan(schedule, 8, "p", library, tips).plan));
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      std::set<std::string> slugs;
      for (const auto& item : session.exercises) {
        EXPECT_TRUE(slugs.insert(item.slug).second) << item.slug << " twice in week " << week.number;
        ASSERT_TRUE(item.video);
        EXPECT_EQ(item.video->provider, model::VideoProvider::vimeo) << "the first occurrence is the one planned";
      }
    }
  }
}

TEST(PlannerProgression, OnlyTheFirstTipsNeededCanAppear) {
  // One tip per session at most: a plan never rotates past tips_needed(weeks), so a library read
  // may stop there (store::read_plan_library) and give the same plan.
  std::vector<model::Tip> many;
  for (int i = 0; i < 400; ++i) many.push_back({"synthetic", "Tips", "Tip " + std::to_string(i), "Body.", i + 1});
  for (int weeks : {1, 8, 52}) {
    auto schedule = example_schedule();
    schedule.sessions = 4;
    const auto library = synthetic_library(3);
    const std::vector<model::Tip> prefix(many.begin(), many.begin() + static_cast<long>(planner::tips_needed(weeks)));
    const auto full = planner::build_plan(schedule, weeks, "p", library, many).plan;
    EXPECT_EQ(exporters::plan_json_text(full),
              exporters::plan_json_text(planner::build_plan(schedule, weeks, "p", library, prefix).plan))
        << weeks << " weeks";
    EXPECT_NE(exporters::plan_json_text(full).find("Tip 0"), std::string::npos);
  }
}

}  // namespace
}  // namespace rs::test

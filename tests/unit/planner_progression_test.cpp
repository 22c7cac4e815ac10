// Level introduction for 2, 3 and 5 levels, dose growth, deload, taper and race week, equipment,
// area coverage and determinism.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "exporters/plan_json.hpp"
#include "planner/planner.hpp"
#include "planner/progression.hpp"
#include "support/planner_fixtures.hpp"

namespace rs::test {
namespace {

using std::chrono::days;

/// The first week each rank appears in a main block.
std::map<int, int> first_weeks(const model::Plan& plan) {
  std::map<int, int> first;
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      for (const auto& item : session.exercises) first.emplace(item.level_rank, week.number);
    }
  }
  return first;
}

TEST(PlannerProgression, LevelsComeInOrderByExperience) {
  for (int levels : {2, 3, 5}) {
    for (auto experience :
         {model::Experience::new_runner, model::Experience::returning, model::Experience::experienced}) {
      auto schedule = example_schedule();
      schedule.experience = experience;
      schedule.equipment_choice = model::EquipmentChoice::gym;
      const auto plan = planner::build_plan(schedule, 16, "", synthetic_library(levels), {}).plan;
      const auto first = first_weeks(plan);
      const std::string label = std::to_string(levels) + " levels, " + std::string(model::to_string(experience));
      EXPECT_FALSE(first.count(0)) << label << ": basics belong to the warm-up";
      EXPECT_EQ(first.at(1), 1) << label;
      for (int rank = 2; rank < levels; ++rank) {
        const int expected = experience == model::Experience::new_runner  ? 1 + 3 * (rank - 1)
                             : experience == model::Experience::returning ? 1 + 2 * (rank - 1)
                                                                          : 1;
        ASSERT_TRUE(first.count(rank)) << label << " rank " << rank;
        EXPECT_EQ(first.at(rank), expected) << label << " rank " << rank;
        EXPECT_GE(first.at(rank), first.at(rank - 1)) << label << ": never skipped";
      }
      // The week a level comes in, the level below it is still in the mix.
      for (int rank = 2; rank < levels && experience != model::Experience::experienced; ++rank) {
        const auto& week = plan.weeks[static_cast<std::size_t>(first.at(rank) - 1)];
        bool lower = false;
        for (const auto& session : week.sessions) {
          for (const auto& item : session.exercises) lower = lower || item.level_rank == rank - 1;
        }
        EXPECT_TRUE(lower) << label << " rank " << rank;
      }
    }
  }
}

TEST(PlannerProgression, WarmupIsStretchingThenTheBasics) {
  const auto plan = planner::build_plan(example_schedule(), 2, "", synthetic_library(3), synthetic_tips()).plan;
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      ASSERT_GE(session.warmup.size(), 2u);
      EXPECT_EQ(session.warmup[0].slug, "stretching");
      for (std::size_t i = 1; i < session.warmup.size(); ++i) EXPECT_EQ(session.warmup[i].level_rank, 0);
      EXPECT_LE(session.minutes, 30);
      EXPECT_FALSE(session.note.empty());
    }
  }
}

TEST(PlannerProgression, DosesGrowAboutTenPercentRepsBeforeSets) {
  const model::Dose start{model::DoseType::reps, 2, 10, 0, false};
  int previous = 20;
  for (int step = 1; step < 20; ++step) {
    const auto dose = planner::progressed_dose(start, step);
    const int work = dose.sets * dose.reps;
    EXPECT_LE(work, previous + std::max(previous / 10, dose.sets)) << "step " << step;
    EXPECT_GE(work, previous) << "step " << step;
    previous = work;
  }
  EXPECT_EQ(planner::progressed_dose(start, 5).sets, 2) << "reps rise first";
  EXPECT_EQ(planner::progressed_dose(start, 5).reps, 15);
  EXPECT_EQ(planner::progressed_dose(start, 6).sets, 3);
}

TEST(PlannerProgression, EveryFourthWeekIsADeloadWhenThePlanIsLongEnough) {
  const auto plan = planner::build_plan(example_schedule(), 12, "", synthetic_library(3), {}).plan;
  for (const auto& week : plan.weeks) {
    if (week.number % 4 == 0) {
      EXPECT_EQ(week.phase, model::Phase::deload) << week.number;
      const int before = plan.weeks[static_cast<std::size_t>(week.number - 2)].total_sets;
      EXPECT_LE(week.total_sets * 100, before * 70) << "week " << week.number;
      EXPECT_GT(week.total_sets, 0);
    } else {
      EXPECT_NE(week.phase, model::Phase::deload) << week.number;
    }
  }
  for (const auto& week : planner::build_plan(example_schedule(), 5, "", synthetic_library(3), {}).plan.weeks) {
    EXPECT_NE(week.phase, model::Phase::deload) << "no deload in a 5-week plan";
  }
}

TEST(PlannerProgression, TaperAndRaceWeek) {
  auto schedule = example_schedule();
  schedule.equipment_choice = model::EquipmentChoice::gym;
  schedule.race = *parse_date("2027-01-24");  // Sunday of week 7
  const auto plan = planner::build_plan(schedule, 8, "", synthetic_library(3), {}).plan;
  EXPECT_EQ(plan.weeks[5].phase, model::Phase::taper);
  EXPECT_EQ(plan.weeks[6].phase, model::Phase::race);
  EXPECT_LE(plan.weeks[5].total_sets * 100, plan.weeks[4].total_sets * 70);
  ASSERT_EQ(plan.weeks[6].sessions.size(), 1u);
  const auto& race_session = plan.weeks[6].sessions[0];
  EXPECT_GE(*schedule.race - race_session.date, days{4});
  EXPECT_LE(race_session.minutes, 20);
  for (const auto& item : race_session.exercises) EXPECT_TRUE(item.equipment.empty()) << item.slug;
  EXPECT_TRUE(plan.weeks[7].sessions.empty()) << "the week after the race is for recovery";
  bool weight_before = false;
  for (const auto& item : plan.weeks[3].sessions.at(0).exercises)
    weight_before = weight_before || !item.equipment.empty();
  EXPECT_TRUE(weight_before) << "weights are used before the taper with gym equipment";
  EXPECT_TRUE(hard_rule_violations(plan).empty());
}

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
  schedule.race = *parse_date("2027-01-31");
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
  for (int i = 0; i < 400; ++i) many.push_back({"a", "Tips", "Tip " + std::to_string(i), "Body.", i + 1});
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

// Unit tests for src/planner/progression.cpp: level introduction for 2, 3 and 5 levels, dose
// growth, deload, taper and race week (through build_plan where the plan shows them).
#include <gtest/gtest.h>

#include <map>

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
  schedule.races = {{*parse_date("2027-01-24"), {}, model::RacePriority::a}};  // Sunday of week 7
  const auto plan = planner::build_plan(schedule, 8, "", synthetic_library(3), {}).plan;
  EXPECT_EQ(plan.weeks[5].phase, model::Phase::taper);
  EXPECT_EQ(plan.weeks[6].phase, model::Phase::race);
  EXPECT_LE(plan.weeks[5].total_sets * 100, plan.weeks[4].total_sets * 70);
  ASSERT_EQ(plan.weeks[6].sessions.size(), 1u);
  const auto& race_session = plan.weeks[6].sessions[0];
  EXPECT_GE(schedule.races[0].date - race_session.date, days{4});
  EXPECT_LE(race_session.minutes, 20);
  for (const auto& item : race_session.exercises) EXPECT_TRUE(item.equipment.empty()) << item.slug;
  EXPECT_TRUE(plan.weeks[7].sessions.empty()) << "the week after the race is for recovery";
  bool weight_before = false;
  for (const auto& item : plan.weeks[3].sessions.at(0).exercises)
    weight_before = weight_before || !item.equipment.empty();
  EXPECT_TRUE(weight_before) << "weights are used before the taper with gym equipment";
  EXPECT_TRUE(hard_rule_violations(plan).empty());
}

}  // namespace
}  // namespace rs::test

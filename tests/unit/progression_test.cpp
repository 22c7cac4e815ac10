// Unit tests for src/planner/progression.cpp: level introduction for 2, 3 and 5 levels, dose
// growth, deload, taper and race week (through build_plan where the plan shows them); the warm-up
// that fits the day (mobility, shorter after a run, then the basics matched to the main block).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "planner/planner.hpp"
#include "planner/progression.hpp"
#include "planner/session_builder.hpp"
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

TEST(PlannerProgression, WarmupIsMobilityThenTheBasics) {
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

model::Exercise basic(const std::string& slug, std::vector<std::string> areas) {
  model::Exercise exercise;
  exercise.slug = slug;
  exercise.name = slug;
  exercise.level_slug = "basics";
  exercise.level_rank = 0;
  exercise.attributes.areas = std::move(areas);
  exercise.attributes.dose = {model::DoseType::reps, 2, 10, 0, false};
  return exercise;
}

TEST(PlannerWarmup, ShorterAfterARunThanOnARestDay) {
  auto schedule = example_schedule();
  schedule.sessions = 3;
  const auto plan = planner::build_plan(schedule, 4, "", synthetic_library(3), synthetic_tips()).plan;
  int after_run = 0;
  int without_run = 0;
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      ASSERT_FALSE(session.warmup.empty());
      const auto& stretch = session.warmup.front();
      EXPECT_EQ(stretch.name, "Mobility and dynamic stretching");
      const bool ran = session.placement == model::Placement::after_easy_run ||
                       session.placement == model::Placement::after_hard_run;
      EXPECT_EQ(stretch.seconds, ran ? 120 : 300) << format_date(session.date);
      (ran ? after_run : without_run) += 1;
      for (std::size_t i = 1; i < session.warmup.size(); ++i) EXPECT_EQ(session.warmup[i].level_rank, 0);
    }
  }
  EXPECT_GT(after_run, 0);
  EXPECT_GT(without_run, 0);
}

TEST(PlannerWarmup, ActivationWorksTheMainBlocksAreas) {
  const std::vector<model::Exercise> basics = {basic("neck-rolls", {"upper-body"}), basic("arm-circles", {"posture"}),
                                               basic("glute-bridge", {"glutes"}), basic("dead-bug", {"core"})};
  model::Exercise squat = basic("squat", {"glutes", "quads"});
  squat.level_rank = 1;
  model::Exercise plank = basic("plank", {"core"});
  plank.level_rank = 1;
  std::vector<planner::Candidate> warmup_pool;
  for (const auto& exercise : basics) warmup_pool.push_back({&exercise, 0, std::nullopt, 0});
  const std::vector<planner::Candidate> main_pool = {{&squat, 1, std::nullopt, 0}, {&plank, 1, std::nullopt, 0}};
  for (int rotation = 0; rotation < 4; ++rotation) {
    planner::GroupCoverage coverage{};
    planner::SessionRequest request{*parse_date("2027-01-05"), model::Phase::base, 30, rotation, 1, false};
    const auto session = planner::build_session(warmup_pool, main_pool, request, coverage);
    ASSERT_EQ(session.exercises.size(), 2u);
    ASSERT_EQ(session.warmup.size(), 3u);
    std::vector<std::string> activation = {session.warmup[1].slug, session.warmup[2].slug};
    std::sort(activation.begin(), activation.end());
    EXPECT_EQ(activation, (std::vector<std::string>{"dead-bug", "glute-bridge"})) << "rotation " << rotation;
    EXPECT_EQ(session.warmup[1].sets, 1);
    EXPECT_LE(session.minutes, 30);
  }
}

}  // namespace
}  // namespace rs::test

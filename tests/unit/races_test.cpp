// Unit tests for src/planner/races.cpp, through build_plan: several races with priorities, the
// taper, the recovery after a race (phase recovery, return weeks), races after the plan's end and
// --until-race; the independent rule checker over race schedules.
#include <gtest/gtest.h>

#include "exporters/ics_plan.hpp"
#include "exporters/plan_text.hpp"
#include "planner/planner.hpp"
#include "planner/races.hpp"
#include "support/planner_fixtures.hpp"
#include "util/error.hpp"

namespace rs::test {
namespace {

using model::Phase;
using model::RacePriority;

model::Race race(const char* date, std::optional<double> km, RacePriority priority = RacePriority::a) {
  return {*parse_date(date), km, priority};
}

/// Start 2026-12-07 (a Monday); a B half marathon on Sunday 2027-01-31 (week 8) and the A marathon
/// on Sunday 2027-03-14 (week 14).
model::Schedule marathon_with_b_race() {
  auto schedule = example_schedule();
  schedule.races = {race("2027-01-31", 21.0975, RacePriority::b), race("2027-03-14", 42.195)};
  return schedule;
}

std::string phases(const model::Plan& plan) {
  std::string text;
  for (const auto& week : plan.weeks) text += std::string(text.empty() ? "" : " ") + std::string(model::to_string(week.phase));
  return text;
}

TEST(Races, DistancesAsRunnersWriteThem) {
  EXPECT_DOUBLE_EQ(*planner::parse_race_distance("5k"), 5.0);
  EXPECT_DOUBLE_EQ(*planner::parse_race_distance("10 km"), 10.0);
  EXPECT_DOUBLE_EQ(*planner::parse_race_distance("Half Marathon"), 21.0975);
  EXPECT_DOUBLE_EQ(*planner::parse_race_distance("marathon"), 42.195);
  EXPECT_NEAR(*planner::parse_race_distance("26.2 mi"), 42.16, 0.01);
  EXPECT_DOUBLE_EQ(*planner::parse_race_distance("50K"), 50.0);
  EXPECT_FALSE(planner::parse_race_distance("long"));
  EXPECT_FALSE(planner::parse_race_distance("10 furlongs"));
  EXPECT_FALSE(planner::parse_race_distance("0"));
  EXPECT_EQ(model::recovery_days(race("2027-01-01", 10.0)), 3);
  EXPECT_EQ(model::recovery_days(race("2027-01-01", 21.0975)), 7);
  EXPECT_EQ(model::recovery_days(race("2027-01-01", 42.195)), 14);
  EXPECT_EQ(model::recovery_days(race("2027-01-01", 80.0)), 21);
  EXPECT_EQ(model::recovery_days(race("2027-01-01", std::nullopt)), 7);
}

TEST(Races, AMarathonPlanWithABRaceTapersRecoversAndReturns) {
  const auto schedule = marathon_with_b_race();
  // 14 days without strength after the marathon (Mar 15-28): back in week 17, then week 18.
  EXPECT_EQ(planner::weeks_until_race(schedule), 18);
  const auto plan = planner::build_plan(schedule, 18, "", synthetic_library(4), synthetic_tips()).plan;
  EXPECT_EQ(phases(plan),
            "base base base deload build build build deload recovery recovery build deload taper race recovery recovery "
            "recovery recovery");
  EXPECT_TRUE(hard_rule_violations(plan).empty()) << hard_rule_violations(plan).front();
  // No strength in the 3 days before the B race, nor in the 7 days after it.
  for (const auto& session : plan.weeks[7].sessions) EXPECT_LT(session.date, *parse_date("2027-01-28"));
  EXPECT_TRUE(plan.weeks[8].sessions.empty()) << "7 days without strength after the half";
  EXPECT_LE(plan.weeks[9].total_sets, plan.weeks[6].total_sets * 70 / 100) << "a lighter week after the B race";
  EXPECT_TRUE(plan.weeks[14].sessions.empty());
  EXPECT_TRUE(plan.weeks[15].sessions.empty());
  // Return weeks: half of the last full week (week 11), bodyweight only; then three quarters.
  const int full = plan.weeks[10].total_sets;
  EXPECT_LE(plan.weeks[16].total_sets, full / 2);
  EXPECT_GT(plan.weeks[16].total_sets, 0);
  for (const auto& session : plan.weeks[16].sessions) {
    for (const auto& item : session.exercises) EXPECT_TRUE(item.equipment.empty()) << item.name;
  }
  EXPECT_LE(plan.weeks[17].total_sets, full * 3 / 4);
  EXPECT_GT(plan.weeks[17].total_sets, plan.weeks[16].total_sets);
  const std::string recovery =
      "weeks 15-18: recovery after your A race (marathon) on 2027-03-14: no strength for 14 days, then a return week at "
      "about half the volume of the last full week, bodyweight only, then about three quarters";
  EXPECT_NE(std::find(plan.warnings.begin(), plan.warnings.end(), recovery), plan.warnings.end())
      << ::testing::PrintToString(plan.warnings);
  // The return week's calendar events and the text grid say `recovery`.
  EXPECT_NE(exporters::plan_to_ics(plan, {}).find("Phase: recovery week."), std::string::npos);
  EXPECT_NE(exporters::plan_text(plan).find("\n17    recovery  "), std::string::npos);
}

TEST(Races, ARaceAfterThePlanIsNamedWithTheWeeksThatReachIt) {
  const auto plan = planner::build_plan(marathon_with_b_race(), 8, "", synthetic_library(3), {}).plan;
  ASSERT_FALSE(plan.warnings.empty());
  EXPECT_EQ(plan.warnings.back(),
            "your A race (marathon) on 2027-03-14 is in week 14, after the plan's last week (8): no taper or recovery "
            "is planned for it; plan with --weeks 14 (or --until-race) to reach it");
  EXPECT_NE(phases(plan).find("build"), std::string::npos);
}

TEST(Races, ACRaceCountsAsAHardRunAndNeedsNoRecovery) {
  auto schedule = example_schedule();
  schedule.week = {model::RunType::rest, model::RunType::easy, model::RunType::rest, model::RunType::easy,
                   model::RunType::rest, model::RunType::rest, model::RunType::long_run};
  schedule.races = {race("2026-12-12", 5.0, RacePriority::c)};  // Saturday of week 1: a parkrun
  const auto plan = planner::build_plan(schedule, 2, "", synthetic_library(3), {}).plan;
  EXPECT_EQ(phases(plan), "base base");
  for (const auto& session : plan.weeks[0].sessions) {
    EXPECT_NE(format_date(session.date), "2026-12-11") << "the day before the race";
    EXPECT_NE(format_date(session.date), "2026-12-12") << "race day";
  }
  EXPECT_THROW(planner::weeks_until_race(schedule), Error);
}

TEST(Races, TheRuleCheckerHoldsOnRaceSchedules) {
  std::vector<std::pair<std::string, model::Schedule>> cases;
  cases.emplace_back("marathon with a B race", marathon_with_b_race());
  auto ultra = example_schedule();
  ultra.races = {race("2027-01-17", 80.0)};
  cases.emplace_back("ultra in week 6", ultra);
  auto five_k = example_schedule();
  five_k.races = {race("2026-12-23", 5.0)};
  cases.emplace_back("5k A race on a wednesday", five_k);
  auto b_and_c = example_schedule();
  b_and_c.races = {race("2026-12-19", 10.0, RacePriority::c), race("2027-01-09", 21.0975, RacePriority::b)};
  cases.emplace_back("C and B races", b_and_c);
  auto beyond = example_schedule();
  beyond.races = {race("2027-06-06", 42.195)};
  cases.emplace_back("a race after the plan", beyond);
  for (const auto& [label, schedule] : cases) {
    const auto plan = planner::build_plan(schedule, 18, "", synthetic_library(3), synthetic_tips()).plan;
    const auto problems = hard_rule_violations(plan);
    EXPECT_TRUE(problems.empty()) << label << ": " << (problems.empty() ? "" : problems.front());
  }
  // The checker sees a build week and a heavy session right after a marathon.
  auto plan = planner::build_plan(marathon_with_b_race(), 18, "", synthetic_library(3), {}).plan;
  plan.weeks[16].phase = Phase::build;
  EXPECT_FALSE(hard_rule_violations(plan).empty());
}

}  // namespace
}  // namespace rs::test

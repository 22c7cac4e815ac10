// Unit tests for src/planner/placement.cpp, through build_plan: the planner's hard rules hold on
// many schedules; preferences by experience on the example week.
#include <gtest/gtest.h>

#include "planner/planner.hpp"
#include "planner/schedule_reader.hpp"
#include "support/planner_fixtures.hpp"

namespace rs::test {
namespace {

using model::RunType;
using std::chrono::days;

struct Case {
  std::string label;
  model::Schedule schedule;
  int weeks = 8;
};

model::Schedule with_week(std::array<RunType, 7> week, int sessions = 2) {
  auto schedule = example_schedule();
  schedule.week = week;
  schedule.sessions = sessions;
  return schedule;
}

std::vector<Case> cases() {
  std::vector<Case> all;
  all.push_back({"example", example_schedule()});
  auto returning = example_schedule();
  returning.experience = model::Experience::returning;
  all.push_back({"example returning", returning});
  const auto h = RunType::intervals;
  all.push_back({"every day hard", with_week({h, h, RunType::tempo, h, RunType::hills, RunType::long_run, RunType::threshold})});
  all.push_back({"only two legal days", with_week({RunType::rest, RunType::tempo, RunType::easy, RunType::rest, RunType::intervals,
                                                   RunType::rest, RunType::long_run}, 3)});
  auto race_inside = example_schedule();
  race_inside.races = {{*parse_date("2027-01-17"), {}, model::RacePriority::a}};
  all.push_back({"race inside the plan", race_inside});
  auto race_week1 = example_schedule();
  race_week1.races = {{*parse_date("2026-12-13"), {}, model::RacePriority::a}};
  all.push_back({"race in week 1", race_week1});
  auto race_wednesday = example_schedule();
  race_wednesday.races = {{*parse_date("2026-12-09"), {}, model::RacePriority::a}};
  all.push_back({"race on the first wednesday", race_wednesday});
  auto race_after = example_schedule();
  race_after.races = {{*parse_date("2027-02-07"), {}, model::RacePriority::a}};
  all.push_back({"race just after the plan", race_after});
  auto one = example_schedule();
  one.sessions = 1;
  all.push_back({"one session", one});
  auto four = with_week({RunType::rest, RunType::easy, RunType::rest, RunType::easy, RunType::rest, RunType::easy, RunType::rest}, 4);
  all.push_back({"four sessions on an easy week", four});
  auto four_example = example_schedule();
  four_example.sessions = 4;
  four_example.experience = model::Experience::experienced;
  all.push_back({"four sessions wanted on the example week", four_example});
  auto all_rest = with_week({RunType::rest, RunType::rest, RunType::rest, RunType::rest, RunType::rest, RunType::rest, RunType::rest}, 4);
  all.push_back({"all rest, 4 sessions", all_rest});
  auto saturday_start = example_schedule();
  saturday_start.start = *parse_date("2026-12-12");
  all.push_back({"plan starting on a saturday", saturday_start});
  auto long_plan = example_schedule();
  long_plan.races = {{*parse_date("2027-06-06"), {}, model::RacePriority::a}};
  long_plan.minutes = 15;
  all.push_back({"52 weeks with a race, 15 minutes", long_plan, 52});
  auto cross = with_week({RunType::cross, RunType::hills, RunType::recovery, RunType::threshold, RunType::cross, RunType::long_run,
                          RunType::recovery}, 3);
  all.push_back({"cross and recovery days", cross});
  return all;
}

TEST(PlannerRules, HardRulesHoldOnManySchedules) {
  const auto library = synthetic_library(3);
  for (const auto& c : cases()) {
    const auto result = planner::build_plan(c.schedule, c.weeks, "", library, synthetic_tips());
    const auto problems = hard_rule_violations(result.plan);
    EXPECT_TRUE(problems.empty()) << c.label << ": " << (problems.empty() ? "" : problems.front());
    EXPECT_EQ(static_cast<int>(result.plan.weeks.size()), c.weeks) << c.label;
  }
}

TEST(PlannerRules, TheCheckerCatchesABrokenPlan) {
  auto plan = planner::build_plan(example_schedule(), 2, "", synthetic_library(2), synthetic_tips()).plan;
  ASSERT_FALSE(plan.weeks[0].sessions.empty());
  plan.weeks[0].sessions[0].date = plan.weeks[0].start;  // Monday, the day before intervals
  EXPECT_FALSE(hard_rule_violations(plan).empty());
}

TEST(PlannerRules, EveryDayHardGivesAWarningAndNoSessions) {
  const auto h = RunType::intervals;
  const auto result = planner::build_plan(with_week({h, h, h, h, h, RunType::long_run, h}), 4, "", synthetic_library(2), synthetic_tips());
  for (const auto& week : result.plan.weeks) EXPECT_TRUE(week.sessions.empty());
  ASSERT_EQ(result.plan.warnings.size(), 1u);
  EXPECT_NE(result.plan.warnings[0].find("weeks 1-4: no day is allowed"), std::string::npos) << result.plan.warnings[0];
}

TEST(PlannerRules, OnlyTwoLegalDaysPlansTwoAndSaysWhy) {
  const auto result = planner::build_plan(cases()[3].schedule, 8, "", synthetic_library(2), synthetic_tips());
  for (const auto& week : result.plan.weeks) EXPECT_EQ(week.sessions.size(), 2u);
  ASSERT_FALSE(result.plan.warnings.empty());
  EXPECT_NE(result.plan.warnings[0].find("only 2 of 3 sessions fit"), std::string::npos) << result.plan.warnings[0];
}

std::vector<std::pair<std::string, std::string>> week_one(const model::Plan& plan) {
  std::vector<std::pair<std::string, std::string>> days;
  for (const auto& session : plan.weeks[0].sessions) {
    days.emplace_back(weekday_name(weekday_index(session.date)), model::to_string(session.placement));
  }
  return days;
}

TEST(PlannerRules, PreferencesByExperienceOnTheExampleWeek) {
  // Legal days of the example week: tue (after intervals), thu (after tempo), fri (rest).
  using Days = std::vector<std::pair<std::string, std::string>>;
  auto schedule = example_schedule();
  const auto library = synthetic_library(2);
  const auto fresh = planner::build_plan(schedule, 1, "", library, {}).plan;
  EXPECT_EQ(week_one(fresh), (Days{{"tue", "after-hard-run"}, {"fri", "rest-day"}}));
  schedule.experience = model::Experience::returning;
  EXPECT_EQ(week_one(planner::build_plan(schedule, 1, "", library, {}).plan),
            (Days{{"tue", "after-hard-run"}, {"thu", "after-hard-run"}}));

  // A new runner's easy run is replaced when it is allowed; an experienced one trains after it.
  schedule.week[5] = RunType::easy;
  schedule.week[6] = RunType::easy;  // sat easy, sun easy (no long run)
  schedule.experience = model::Experience::new_runner;
  const auto replaced = planner::build_plan(schedule, 1, "", library, {}).plan;
  EXPECT_EQ(week_one(replaced), (Days{{"fri", "rest-day"}, {"sun", "replaces-run"}}));
  bool marked = false;
  for (const auto& run : replaced.weeks[0].runs) marked = marked || run.replaced_by_strength;
  EXPECT_TRUE(marked);
  schedule.experience = model::Experience::experienced;
  for (const auto& [day, placement] : week_one(planner::build_plan(schedule, 1, "", library, {}).plan)) {
    EXPECT_NE(placement, "replaces-run") << day;
  }
}

TEST(PlannerRules, ExplainCoversEveryWeekday) {
  const auto result = planner::build_plan(example_schedule(), 2, "", synthetic_library(2), {});
  ASSERT_EQ(result.explanation.size(), 16u);
  EXPECT_EQ(result.explanation[1].rfind("  mon rest: not allowed: the day before your intervals run", 0), 0u) << result.explanation[1];
  EXPECT_EQ(result.explanation[7].rfind("  sun long: not allowed: long-run day", 0), 0u) << result.explanation[7];
}

}  // namespace
}  // namespace rs::test

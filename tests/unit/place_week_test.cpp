// Unit tests for src/planner/place_week.cpp, through build_plan: the runner's choices (runs kept by
// replace_runs, chosen and avoided days with times, light sessions before long runs), checked by the
// independent rule checker and day by day.
#include <gtest/gtest.h>

#include "exporters/ics_plan.hpp"
#include "exporters/plan_text.hpp"
#include "planner/planner.hpp"
#include "planner/schedule_reader.hpp"
#include "support/planner_fixtures.hpp"

namespace rs::test {
namespace {

using model::RunType;
const auto R = RunType::rest;
const auto E = RunType::easy;
const auto V = RunType::recovery;
const auto L = RunType::long_run;
const auto I = RunType::intervals;
const auto T = RunType::tempo;

model::Schedule week_of(std::array<RunType, 7> week, int sessions = 2) {
  auto schedule = example_schedule();
  schedule.week = week;
  schedule.sessions = sessions;
  return schedule;
}

/// Easy Tue, easy Thu, long Sat, rest the other days: the new runner of three runs a week.
model::Schedule three_day_beginner() { return week_of({R, E, R, E, R, L, R}); }

/// Free on Monday and Friday evenings only; long run on Saturday.
model::Schedule monday_friday_evenings() {
  auto schedule = week_of({R, E, I, E, R, L, E});
  schedule.days_chosen = true;
  schedule.allowed = {true, false, false, false, true, false, false};
  schedule.day_times[0] = "18:30";
  schedule.day_times[4] = "19:00";
  return schedule;
}

model::Schedule with(model::Schedule schedule, auto change) {
  change(schedule);
  return schedule;
}

std::vector<std::pair<std::string, model::Schedule>> choice_cases() {
  using model::ReplaceRuns;
  std::vector<std::pair<std::string, model::Schedule>> all;
  all.emplace_back("three-day beginner", three_day_beginner());
  all.emplace_back("three-day beginner, replace easy", with(three_day_beginner(), [](auto& s) { s.replace_runs = ReplaceRuns::easy; }));
  all.emplace_back("monday/friday evenings", monday_friday_evenings());
  all.emplace_back("monday/friday evenings, light before long",
                   with(monday_friday_evenings(), [](auto& s) { s.before_long = model::BeforeLong::light; }));
  all.emplace_back("five runs with recovery", week_of({R, I, E, T, V, L, E}, 3));
  all.emplace_back("five runs, never replace", with(week_of({R, I, E, T, V, L, E}, 3), [](auto& s) { s.replace_runs = ReplaceRuns::never; }));
  all.emplace_back("five runs, recovery only", with(week_of({V, E, E, E, R, L, V}, 3), [](auto& s) { s.replace_runs = ReplaceRuns::recovery; }));
  all.emplace_back("four easy runs", week_of({E, R, E, R, E, R, E}, 2));
  all.emplace_back("avoid the weekend", with(example_schedule(), [](auto& s) { s.allowed[5] = s.allowed[6] = false; }));
  all.emplace_back("light before long with a race", with(example_schedule(), [](auto& s) {
    s.before_long = model::BeforeLong::light;
    s.races = {{*parse_date("2027-01-23"), {}, model::RacePriority::a}};
  }));
  all.emplace_back("returning runner, three chosen days", with(example_schedule(), [](auto& s) {
    s.experience = model::Experience::returning;
    s.days_chosen = true;
    s.allowed = {true, false, true, false, true, false, false};
  }));
  all.emplace_back("one chosen day, two sessions", with(three_day_beginner(), [](auto& s) {
    s.days_chosen = true;
    s.allowed = {false, false, true, false, false, false, false};
  }));
  all.emplace_back("dated race and rest days", with(three_day_beginner(), [](auto& s) {
    s.dates[*parse_date("2026-12-19")] = RunType::race;
    s.dates[*parse_date("2026-12-20")] = RunType::rest;
    s.dates[*parse_date("2026-12-30")] = RunType::intervals;
  }));
  all.emplace_back("experienced, four sessions, light", with(week_of({E, I, E, T, E, L, V}, 4), [](auto& s) {
    s.experience = model::Experience::experienced;
    s.before_long = model::BeforeLong::light;
  }));
  return all;
}

TEST(PlannerChoices, TheRuleCheckerHoldsOnEveryChoiceSchedule) {
  const auto library = synthetic_library(3);
  for (const auto& [label, schedule] : choice_cases()) {
    const auto plan = planner::build_plan(schedule, 8, "", library, synthetic_tips()).plan;
    const auto problems = hard_rule_violations(plan);
    EXPECT_TRUE(problems.empty()) << label << ": " << (problems.empty() ? "" : problems.front());
    int sessions = 0;
    for (const auto& week : plan.weeks) sessions += static_cast<int>(week.sessions.size());
    EXPECT_GT(sessions, 0) << label;
  }
}

TEST(PlannerChoices, TheCheckerCatchesBrokenChoices) {
  auto plan = planner::build_plan(three_day_beginner(), 1, "", synthetic_library(2), {}).plan;
  ASSERT_TRUE(hard_rule_violations(plan).empty());
  auto replaced = plan;
  replaced.weeks[0].runs[1].replaced_by_strength = true;  // tue easy: three runs would drop to two
  EXPECT_FALSE(hard_rule_violations(replaced).empty());
  auto chosen = monday_friday_evenings();
  auto off_day = planner::build_plan(chosen, 1, "", synthetic_library(2), {}).plan;
  ASSERT_FALSE(off_day.weeks[0].sessions.empty());
  off_day.weeks[0].sessions[0].date = off_day.weeks[0].start + std::chrono::days{2};  // a wednesday
  EXPECT_FALSE(hard_rule_violations(off_day).empty());
}

std::string week_days(const model::Week& week) {
  std::string text;
  for (const auto& session : week.sessions) {
    text += std::string(text.empty() ? "" : " ") + std::string(weekday_name(weekday_index(session.date))) + ":" +
            std::string(model::to_string(session.placement)) + (session.light ? ":light" : "");
  }
  return text;
}

TEST(PlannerChoices, TheThreeDayBeginnerKeepsEveryRun) {
  const auto plan = planner::build_plan(three_day_beginner(), 4, "", synthetic_library(3), {}).plan;
  EXPECT_EQ(week_days(plan.weeks[0]), "mon:rest-day sun:rest-day");
  EXPECT_EQ(week_days(plan.weeks[1]), "wed:rest-day sun:rest-day");
  for (const auto& week : plan.weeks) {
    for (const auto& run : week.runs) EXPECT_FALSE(run.replaced_by_strength) << format_date(run.date);
  }
  // Allowed to go further, the planner replaces an easy run.
  const auto further = planner::build_plan(with(three_day_beginner(), [](auto& s) { s.replace_runs = model::ReplaceRuns::easy; }),
                                           1, "", synthetic_library(3), {}).plan;
  EXPECT_EQ(week_days(further.weeks[0]), "tue:replaces-run thu:replaces-run");
}

TEST(PlannerChoices, RecoveryRunsAreReplacedFirstAndEasyOnlyWithFourRuns) {
  // Runs: tue intervals, wed easy, thu tempo, fri recovery, sat long, sun easy (5 runs).
  const auto plan = planner::build_plan(week_of({R, I, E, T, V, L, E}, 3), 1, "", synthetic_library(3), {}).plan;
  EXPECT_EQ(week_days(plan.weeks[0]), "tue:after-hard-run thu:after-hard-run sun:replaces-run");
  auto only_recovery = week_of({V, E, R, E, R, L, R}, 2);  // mon recovery, tue easy, thu easy, sat long: 4 runs
  EXPECT_EQ(week_days(planner::build_plan(only_recovery, 1, "", synthetic_library(3), {}).plan.weeks[0]),
            "mon:replaces-run sun:rest-day");
  only_recovery.replace_runs = model::ReplaceRuns::never;
  EXPECT_EQ(week_days(planner::build_plan(only_recovery, 1, "", synthetic_library(3), {}).plan.weeks[0]),
            "wed:rest-day sun:rest-day");
}

TEST(PlannerChoices, MondayFridayEveningsSayWhyFridayIsRefused) {
  const auto result = planner::build_plan(monday_friday_evenings(), 2, "", synthetic_library(3), {});
  const auto& plan = result.plan;
  EXPECT_EQ(week_days(plan.weeks[0]), "mon:rest-day");
  ASSERT_EQ(plan.weeks[0].refusals.size(), 1u);
  EXPECT_EQ(format_date(plan.weeks[0].refusals[0].date), "2026-12-11");
  ASSERT_EQ(plan.warnings.size(), 2u) << plan.warnings[0];
  EXPECT_EQ(plan.warnings[1],
            "weeks 1-2: fri, one of your strength days, refused: the day before your long run: arrive at hard days "
            "fresh; the week has 1 of 2 sessions");
  EXPECT_NE(result.explanation[3].find("wed intervals: not one of your strength days"), std::string::npos)
      << result.explanation[3];

  // With before_long: light, Friday holds a light evening session.
  const auto light = planner::build_plan(with(monday_friday_evenings(), [](auto& s) { s.before_long = model::BeforeLong::light; }),
                                         1, "", synthetic_library(3), synthetic_tips()).plan;
  EXPECT_EQ(week_days(light.weeks[0]), "mon:rest-day fri:rest-day:light");
  EXPECT_TRUE(light.warnings.empty()) << light.warnings.front();
  const auto ics = exporters::plan_to_ics(light, {});
  EXPECT_NE(ics.find("DTSTART:20261207T183000"), std::string::npos);
  EXPECT_NE(ics.find("DTSTART:20261211T190000"), std::string::npos);
  EXPECT_NE(ics.find("SUMMARY:Light strength"), std::string::npos);
  const auto text = exporters::plan_text(light);
  EXPECT_NE(text.find("Week 1, fri 2026-12-11 at 19:00 (rest-day, light, about"), std::string::npos) << text;
}

TEST(PlannerChoices, ARefusedChosenDayNamesTheDayUsedInstead) {
  auto schedule = example_schedule();  // mon rest (before tue intervals), tue, wed easy (before thu tempo), thu, fri
  schedule.days_chosen = true;
  schedule.allowed = {true, true, false, true, false, false, false};
  const auto plan = planner::build_plan(schedule, 1, "", synthetic_library(3), {}).plan;
  EXPECT_EQ(week_days(plan.weeks[0]), "tue:after-hard-run thu:after-hard-run");
  ASSERT_EQ(plan.warnings.size(), 1u);
  EXPECT_EQ(plan.warnings[0], "week 1: mon, one of your strength days, refused: the day before your intervals run: arrive "
                              "at hard days fresh; used tue instead");
}

TEST(PlannerChoices, DatedOverridesReplaceTheWeekOnTheirDayOnly) {
  auto schedule = three_day_beginner();  // tue easy, thu easy, sat long
  schedule.dates[*parse_date("2026-12-09")] = RunType::race;   // wed of week 1
  schedule.dates[*parse_date("2026-12-10")] = RunType::rest;   // thu of week 1
  const auto plan = planner::build_plan(schedule, 2, "", synthetic_library(3), {}).plan;
  const auto& runs = plan.weeks[0].runs;
  EXPECT_EQ(runs[2].type, RunType::race);
  EXPECT_EQ(runs[2].source, model::RunSource::date);
  EXPECT_EQ(runs[3].type, RunType::rest);
  EXPECT_EQ(runs[3].source, model::RunSource::date);
  EXPECT_EQ(runs[1].source, model::RunSource::template_week);
  EXPECT_EQ(plan.weeks[1].runs[3].type, RunType::easy) << "the next thursday keeps the pattern";
  for (const auto& session : plan.weeks[0].sessions) {
    EXPECT_NE(format_date(session.date), "2026-12-08") << "the day before the dated race";
    EXPECT_NE(format_date(session.date), "2026-12-09") << "the dated race";
  }
  EXPECT_EQ(week_days(plan.weeks[0]), "mon:rest-day sun:rest-day");
}

TEST(PlannerChoices, ReplacedRunsAreNamedInTheCalendarAndTheText) {
  const auto plan = planner::build_plan(week_of({V, E, R, E, R, L, R}, 2), 1, "", synthetic_library(3), {}).plan;
  const auto ics = exporters::plan_to_ics(plan, {});
  EXPECT_NE(ics.find("DESCRIPTION:Instead of your recovery run"), std::string::npos) << ics;
  EXPECT_NE(exporters::plan_text(plan).find("S/recov"), std::string::npos);  // the grid's cell
}

}  // namespace
}  // namespace rs::test

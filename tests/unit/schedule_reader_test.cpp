// Unit tests for src/planner/schedule_reader.cpp and schedule_overrides.cpp: the keys of the
// runner's choices (strength.days, avoid, replace_runs, before_long) and --days; bad values name the line.
#include <gtest/gtest.h>

#include "model/schedule_json.hpp"
#include "planner/schedule_reader.hpp"
#include "util/error.hpp"

namespace rs::test {
namespace {

const Date today = *parse_date("2026-12-01");

model::Schedule parse(const std::string& yaml) { return planner::parse_schedule(yaml, "s.yaml", today); }

std::string usage_error(const std::string& yaml) {
  try {
    parse(yaml);
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::usage);
    return error.what();
  }
  return "no error";
}

TEST(ScheduleChoices, DaysWithTimesAvoidAndReplaceRuns) {
  const auto schedule = parse(
      "strength:\n  days: {mon: \"18:30\", fri: \"07:00\"}\n  replace_runs: never\n  before_long: light\n");
  EXPECT_TRUE(schedule.days_chosen);
  EXPECT_EQ(schedule.allowed, (std::array<bool, 7>{true, false, false, false, true, false, false}));
  EXPECT_EQ(schedule.day_times[0], "18:30");
  EXPECT_EQ(schedule.day_times[4], "07:00");
  EXPECT_FALSE(schedule.day_times[1]);
  EXPECT_EQ(schedule.replace_runs, model::ReplaceRuns::never);
  EXPECT_EQ(schedule.before_long, model::BeforeLong::light);
  EXPECT_EQ(model::session_time(schedule, *parse_date("2026-12-07")), "18:30");

  const auto avoid = parse("strength:\n  days: [mon, wed, sat]\n  avoid: [sat]\n");
  EXPECT_EQ(avoid.allowed, (std::array<bool, 7>{true, false, true, false, false, false, false}));
  const auto only_avoid = parse("strength:\n  avoid: [sun]\n");
  EXPECT_FALSE(only_avoid.days_chosen);
  EXPECT_FALSE(only_avoid.allowed[6]);
  EXPECT_TRUE(only_avoid.allowed[5]);
}

TEST(ScheduleChoices, BadValuesNameTheLineAndField) {
  EXPECT_EQ(usage_error("strength:\n  days: [mon, funday]\n"),
            "s.yaml:2: strength.days: unknown weekday \"funday\" (use mon..sun)");
  EXPECT_EQ(usage_error("strength:\n  days: {mon: \"25:00\"}\n"), "s.yaml:2: strength.days.mon: expected HH:MM, not \"25:00\"");
  EXPECT_EQ(usage_error("strength:\n  sessions: 2\n  replace_runs: always\n"),
            "s.yaml:3: strength.replace_runs: unknown value \"always\" (never, recovery, easy)");
  EXPECT_EQ(usage_error("strength:\n  before_long: heavy\n"),
            "s.yaml:2: strength.before_long: unknown value \"heavy\" (rest, light)");
  EXPECT_EQ(usage_error("strength:\n  avoid: sat\n"), "s.yaml:2: strength.avoid: expected a list of weekdays");
  EXPECT_EQ(usage_error("strength:\n  days: []\n"), "s.yaml:2: strength.days: names no weekday");
}

TEST(ScheduleChoices, DaysOptionReplacesTheAllowedDays) {
  auto schedule = parse("strength:\n  days: {mon: \"18:30\", fri: \"07:00\"}\n");
  planner::ScheduleOverrides overrides;
  overrides.days = "mon,thu";
  planner::apply_overrides(schedule, overrides);
  EXPECT_EQ(schedule.allowed, (std::array<bool, 7>{true, false, false, true, false, false, false}));
  EXPECT_EQ(schedule.day_times[0], "18:30");
  overrides.days = "mon,someday";
  try {
    planner::apply_overrides(schedule, overrides);
    FAIL() << "accepted --days someday";
  } catch (const Error& error) {
    EXPECT_EQ(std::string(error.what()), "--days: unknown weekday \"someday\" (use mon..sun, e.g. --days mon,fri)");
    EXPECT_EQ(error.kind(), ErrorKind::usage);
  }
}

TEST(ScheduleChoices, DatedOverridesNameTheirLine) {
  const auto schedule = parse("week:\n  sat: long\ndates:\n  2027-01-09: race\n  2027-01-10: rest\n");
  EXPECT_EQ(schedule.dates.at(*parse_date("2027-01-09")), model::RunType::race);
  EXPECT_EQ(schedule.dates.at(*parse_date("2027-01-10")), model::RunType::rest);
  EXPECT_EQ(parse(planner::schedule_to_yaml(schedule)).dates, schedule.dates);
  EXPECT_EQ(model::schedule_from_json(nlohmann::json::parse(model::schedule_to_json(schedule).dump())).dates, schedule.dates);
  EXPECT_EQ(usage_error("dates:\n  2027-02-30: rest\n"),
            "s.yaml:2: dates: malformed date \"2027-02-30\" (expected YYYY-MM-DD)");
  EXPECT_EQ(usage_error("dates:\n  2027-01-09: jog\n"),
            "s.yaml:2: dates.2027-01-09: unknown run type \"jog\" (rest, easy, recovery, intervals, tempo, threshold, hills, "
            "long, race, cross)");
  EXPECT_EQ(usage_error("dates: [2027-01-09]\n"), "s.yaml:1: dates: expected a mapping of YYYY-MM-DD to run types");
}

TEST(ScheduleChoices, ChoicesSurviveYamlAndTheSavedJson) {
  const auto schedule = parse(
      "strength:\n  time: \"06:00\"\n  days: {tue: \"18:30\", sat: \"07:00\"}\n  replace_runs: recovery\n"
      "  before_long: light\n");
  const auto again = parse(planner::schedule_to_yaml(schedule));
  EXPECT_EQ(again.allowed, schedule.allowed);
  EXPECT_EQ(again.day_times, schedule.day_times);
  EXPECT_EQ(again.replace_runs, schedule.replace_runs);
  EXPECT_EQ(again.before_long, schedule.before_long);
  const auto restored = model::schedule_from_json(nlohmann::json::parse(model::schedule_to_json(schedule).dump()));
  EXPECT_EQ(restored.allowed, schedule.allowed);
  EXPECT_EQ(restored.day_times, schedule.day_times);
  EXPECT_EQ(restored.replace_runs, model::ReplaceRuns::recovery);
  EXPECT_TRUE(restored.days_chosen);
  // A schedule saved before these keys existed keeps the defaults.
  auto old = nlohmann::json::parse(model::schedule_to_json(model::Schedule{}).dump());
  for (const char* key : {"replace_runs", "before_long", "days_chosen", "allowed", "day_times"}) old.erase(key);
  const auto defaults = model::schedule_from_json(old);
  EXPECT_FALSE(defaults.days_chosen);
  EXPECT_EQ(defaults.allowed, (std::array<bool, 7>{true, true, true, true, true, true, true}));
  EXPECT_EQ(defaults.replace_runs, model::ReplaceRuns::rule);
}

}  // namespace
}  // namespace rs::test

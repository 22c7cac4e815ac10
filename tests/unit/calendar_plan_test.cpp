// Calendar-driven plans: the calendar's days and races through the planner and the independent
// rule checker; `dates:` over the calendar, `week:` where it has no events; hostile calendars.
#include <gtest/gtest.h>

#include <chrono>

#include "app/calendar.hpp"
#include "calendar/ics_events.hpp"
#include "planner/planner.hpp"
#include "support/planner_fixtures.hpp"
#include "support/temp_dir.hpp"
#include "util/error.hpp"

namespace rs::test {
namespace {

using model::RunType;

std::string fixture(const std::string& name) {
  return read_file(std::string(RS_TESTS_DIR) + "/fixtures/calendars/" + name);
}

model::Schedule schedule_from(Date start) {
  auto schedule = example_schedule();
  schedule.start = start;
  schedule.races.clear();
  return schedule;
}

const model::Run& run_on(const model::Plan& plan, const char* date) {
  const Date wanted = *parse_date(date);
  for (const auto& week : plan.weeks) {
    for (const auto& run : week.runs) {
      if (run.date == wanted) return run;
    }
  }
  throw Error(std::string("no run on ") + date);
}

TEST(CalendarPlan, CalendarDaysRacesAndFallbacksKeepEveryHardRule) {
  for (const auto* name : {"hand_kept_weekly.ics", "trainingpeaks.ics", "runna.ics", "race_tz.ics"}) {
    auto schedule = schedule_from(*parse_date("2027-01-04"));
    schedule.dates[*parse_date("2027-01-12")] = RunType::tempo;
    app::apply_calendar(schedule, fixture(name), name);
    const auto plan = planner::build_plan(schedule, 10, "", synthetic_library(3), synthetic_tips()).plan;
    EXPECT_EQ(hard_rule_violations(plan), std::vector<std::string>{}) << name;
    EXPECT_EQ(run_on(plan, "2027-01-12").type, RunType::tempo) << name << ": dates: win over the calendar";
    EXPECT_EQ(run_on(plan, "2027-01-12").source, model::RunSource::date) << name;
  }
}

TEST(CalendarPlan, SourcesAndRacesOfATrainingPeaksAndARaceCalendar) {
  auto schedule = schedule_from(*parse_date("2027-01-04"));
  app::apply_calendar(schedule, fixture("trainingpeaks.ics"), "trainingpeaks.ics");
  auto plan = planner::build_plan(schedule, 4, "", synthetic_library(3), synthetic_tips()).plan;
  EXPECT_EQ(run_on(plan, "2027-01-09").type, RunType::long_run);
  EXPECT_EQ(run_on(plan, "2027-01-09").source, model::RunSource::calendar);
  EXPECT_EQ(run_on(plan, "2027-01-07").type, RunType::rest);  // the calendar's week: no event, rest
  EXPECT_EQ(run_on(plan, "2027-01-07").source, model::RunSource::calendar);
  EXPECT_EQ(run_on(plan, "2027-01-28").type, RunType::tempo);  // a week without events: `week:`
  EXPECT_EQ(run_on(plan, "2027-01-28").source, model::RunSource::template_week);

  auto racing = schedule_from(*parse_date("2027-01-04"));
  app::apply_calendar(racing, fixture("race_tz.ics"), "race_tz.ics");
  ASSERT_EQ(racing.races.size(), 2u);
  EXPECT_EQ(racing.races[1].date, *parse_date("2027-02-28"));
  const auto race_plan = planner::build_plan(racing, 10, "", synthetic_library(3), synthetic_tips()).plan;
  EXPECT_EQ(hard_rule_violations(race_plan), std::vector<std::string>{});
  EXPECT_EQ(race_plan.weeks[7].phase, model::Phase::race);  // the marathon week, from the calendar
}

// Hostile calendars: a clear error or a bounded result, each in well under a few seconds.
void expect_error(const std::string& text, const std::string& words) {
  const auto start = *parse_date("2027-01-04");
  auto schedule = schedule_from(start);
  try {
    app::apply_calendar(schedule, text, "hostile.ics");
    ADD_FAILURE() << "no error for " << words;
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find(words), std::string::npos) << error.what();
    EXPECT_EQ(std::string(error.what()).rfind("hostile.ics", 0), 0u) << error.what();
  }
}

std::string vevents(std::size_t count) {
  std::string text = "BEGIN:VCALENDAR\nVERSION:2.0\n";
  for (std::size_t i = 0; i < count; ++i) text += "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20270105\nSUMMARY:E\nEND:VEVENT\n";
  return text + "END:VCALENDAR\n";
}

TEST(CalendarPlan, HostileCalendarsGetAClearErrorOrABoundedResult) {
  const auto began = std::chrono::steady_clock::now();
  expect_error(std::string(50u << 20, 'A'), "at most 10 MB");
  expect_error(vevents(1000000), "at most 10 MB");  // a million events do not fit in 10 MB
  expect_error(vevents(calendar::max_events + 1), "line 200003: more than 50000 events");
  expect_error("BEGIN:VCALENDAR\nVERSION:2.0\nSUMMARY:\x01\xff\xfe\nEND:VCALENDAR\n", "line 3: binary data");
  expect_error(std::string("BEGIN:VCALENDAR\n\0\0", 18), "binary data");
  expect_error("hello, world\n", "line 1: \"hello, world\" is outside BEGIN:VCALENDAR ... END:VCALENDAR");
  const std::string event = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270106\n";
  expect_error(event + "THIS LINE IS NOT A PROPERTY\nEND:VEVENT\nEND:VCALENDAR\n",
               "line 5: malformed line \"THIS LINE IS NOT A PROPERTY\" (libical: Got a data line");
  expect_error(event + "RRULE:FREQ=DAILY;INTERVAL=0;BYDAY=XX\nEND:VEVENT\nEND:VCALENDAR\n",
               "line 5: malformed line \"RRULE:FREQ=DAILY;INTERVAL=0;BYDAY=XX\" (libical: Can't parse as RECUR value in "
               "RRULE property)");
  expect_error(event + "END:VEVENT\n", "line 1: BEGIN:VCALENDAR is never closed (no END:VCALENDAR)");

  auto schedule = schedule_from(*parse_date("2027-01-04"));
  const auto warnings = app::apply_calendar(schedule, R"(BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
DTSTART:20270104T060000Z
RRULE:FREQ=SECONDLY
SUMMARY:Tempo forever
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20270106
LOCATION:
X-UNKNOWN-TO-LIBICAL;FOO=bar:1
SUMMARY:Hills
END:VEVENT
BEGIN:VEVENT
SUMMARY:No date
END:VEVENT
END:VCALENDAR
)", "hostile.ics");
  EXPECT_EQ(schedule.calendar.at(*parse_date("2027-01-04")), RunType::tempo);
  EXPECT_EQ(schedule.calendar.at(*parse_date("2027-01-06")), RunType::hills);
  EXPECT_EQ(schedule.calendar.size(), 7u);  // FREQ=SECONDLY stops within its first day
  const auto all = [&] {
    std::string text;
    for (const auto& warning : warnings) text += warning + "\n";
    return text;
  }();
  EXPECT_EQ(all, "hostile.ics: event \"Tempo forever\" repeats too often: only its first 1 occurrence in the plan's "
                 "dates are read\nhostile.ics: event \"No date\" has no valid DTSTART: skipped\n");
  EXPECT_LT(std::chrono::steady_clock::now() - began, std::chrono::seconds(20));
}

}  // namespace
}  // namespace rs::test

#include <gtest/gtest.h>

#include <string>

#include "exporters/export.hpp"
#include "exporters/ics_plan.hpp"
#include "model/estimate.hpp"
#include "support/sample_plans.hpp"
#include "util/error.hpp"

namespace rs::exporters {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(IcsPlan, CalendarHeaderNamesRunstrengthAndThePlan) {
  const std::string ics = plan_to_ics(test::sample_all_day_plan());
  EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//runstrength//runstrength ", 0), 0U);
  EXPECT_NE(ics.find("CALSCALE:GREGORIAN\r\nNAME:Spring 10k strength\r\nX-WR-CALNAME:Spring 10k strength\r\n"),
            std::string::npos);
  EXPECT_EQ(ics.find("METHOD"), std::string::npos);
  EXPECT_EQ(ics.find("VTIMEZONE"), std::string::npos);
  EXPECT_EQ(count(ics, "BEGIN:VEVENT"), 4U);
  EXPECT_EQ(ics.substr(ics.size() - 15), "END:VCALENDAR\r\n");
}

TEST(IcsPlan, AllDayEventsEndTheNextDay) {
  const std::string ics = plan_to_ics(test::sample_all_day_plan());
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20261207\r\nDTEND;VALUE=DATE:20261208\r\n"), std::string::npos);
  EXPECT_EQ(count(ics, "TRANSP:TRANSPARENT\r\n"), 4U);
  EXPECT_EQ(count(ics, "DTSTAMP:20261201T080000Z\r\n"), 4U);
}

TEST(IcsPlan, TimedEventsLastTheSessionMinutesInTheirZone) {
  auto plan = test::sample_timed_zone_plan();
  plan.weeks[0].sessions[0].minutes = 45;
  plan.schedule.time = "23:30";
  const std::string ics = plan_to_ics(plan);
  EXPECT_NE(ics.find("DTSTART;TZID=Europe/London:20261207T233000\r\nDTEND;TZID=Europe/London:20261208T001500\r\n"),
            std::string::npos);
  EXPECT_EQ(count(ics, "BEGIN:VTIMEZONE"), 1U);
  EXPECT_EQ(ics.find("VALARM"), std::string::npos);  // no --alarm given
}

TEST(IcsPlan, FloatingTimesHaveNoZone) {
  const auto plan = test::sample_timed_floating_plan();
  const std::string ics = plan_to_ics(plan);
  // The event lasts the session's estimate: 96 s warm-up, 246 s work, 135 s rest, 4 x 30 s
  // transitions = 597 s, about 10 minutes.
  ASSERT_EQ(model::estimate_session(plan.weeks[0].sessions[0]).total(), 597);
  EXPECT_NE(ics.find("DTSTART:20261207T071500\r\nDTEND:20261207T072500\r\n"), std::string::npos);
  EXPECT_EQ(ics.find("TZID"), std::string::npos);
  EXPECT_NE(ics.find("SEQUENCE:2\r\n"), std::string::npos);
}

TEST(IcsPlan, AlarmsOnlyForTimedSessions) {
  IcsOptions options;
  options.alarm_minutes = 20;
  const std::string timed = plan_to_ics(test::sample_timed_floating_plan(), options);
  EXPECT_EQ(count(timed, "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT20M\r\nDESCRIPTION:Strength: "), 4U);
  EXPECT_EQ(plan_to_ics(test::sample_all_day_plan(), options).find("VALARM"), std::string::npos);
  options.alarm_minutes = -5;
  EXPECT_THROW(plan_to_ics(test::sample_timed_floating_plan(), options), Error);
}

TEST(IcsPlan, UidsComeFromThePlanNeverFromChance) {
  auto plan = test::sample_all_day_plan();
  const std::string first = plan_to_ics(plan);
  EXPECT_EQ(first, plan_to_ics(plan));
  EXPECT_NE(first.find("UID:plan7-20261201T080000Z-w2-s2@runstrength\r\n"), std::string::npos);
  for (auto& week : plan.weeks) {
    for (auto& session : week.sessions) session.uid.clear();
  }
  EXPECT_EQ(plan_to_ics(plan), first);  // derived the same way the store names them
  plan.identity.clear();
  EXPECT_EQ(session_uid(plan, plan.weeks[1], 0), "plan-7-w2-s1@runstrength");
}

TEST(IcsPlan, SummaryAndDescriptionSpeakToTheRunner) {
  const auto plan = test::sample_all_day_plan();
  const auto& week = plan.weeks[1];
  EXPECT_EQ(session_summary(week.sessions[1], 2), "Strength: core, glutes, calves and ankles & feet (week 2)");
  EXPECT_EQ(session_summary(plan.weeks[0].sessions[0], 1), "Strength: core and glutes (week 1)");
  EXPECT_EQ(placement_text(plan.weeks[0].sessions[1], plan.weeks[0]), "after your tempo run");
  EXPECT_EQ(placement_text(week.sessions[1], week), "instead of your easy run");
  const std::string text = session_description(week.sessions[1], week);
  // The estimate of 3 sets of three exercises (the calf raise at the slow tempo) and its target.
  EXPECT_EQ(text.rfind("Instead of your easy run, about 16 of 30 minutes (warm-up 2, work 8, rest 5, transitions 2).\n", 0), 0U)
      << text;
  EXPECT_NE(text.find("- Single-leg deadlift: 3 x 8 per side at RPE 6-7 (3-4 reps in reserve)\n  Load: add the next "
                      "dumbbell, or about 5%, when all sets feel RPE 7 or easier\n  Substitute: a full water bottle\n"),
            std::string::npos);
  EXPECT_NE(text.find("- Plank: 3 x 30 s at RPE 6-7 (3-4 reps in reserve)\n  Video: https://www.youtube.com/watch?v=pSHjTRCQxIw\n"),
            std::string::npos);
  EXPECT_NE(text.find("- Calf raise: 3 x 15 at RPE 6-7 (3-4 reps in reserve)\n  Tempo: 3-1-1 tempo: lower for 3 "
                      "seconds, pause 1, rise in 1\n"),
            std::string::npos);
  EXPECT_NE(text.find("- Leg swings: 1 x 10 per side at RPE 3-4 (6-7 reps in reserve)\n"), std::string::npos);
  EXPECT_NE(text.find("Coach's note: Stretch before each workout"), std::string::npos);
}

TEST(IcsPlan, BadInputIsAUsageError) {
  auto plan = test::sample_timed_zone_plan();
  plan.schedule.timezone = "Europe/Atlantis";
  try {
    plan_to_ics(plan);
    FAIL() << "unknown zone accepted";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::usage);
  }
  plan = test::sample_timed_floating_plan();
  plan.schedule.time = "7:15";
  EXPECT_THROW(plan_to_ics(plan), Error);
  plan = test::sample_all_day_plan();
  plan.saved_at = "2026-12-01 08:00";
  EXPECT_THROW(plan_to_ics(plan), Error);
  ExportOptions options;
  options.alarm_minutes = 10;
  EXPECT_THROW(export_plan(test::sample_all_day_plan(), ExportFormat::json, options), Error);
  EXPECT_FALSE(parse_export_format("csv"));
}

}  // namespace
}  // namespace rs::exporters

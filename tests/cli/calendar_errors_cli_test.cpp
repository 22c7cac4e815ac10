// CLI tests of broken and hostile calendars (`schedule import FILE.ics`, `plan --runs FILE.ics`):
// each gets an error naming the file, and the line of a malformed one, with exit status 2, or a
// bounded result with a warning, in bounded time and memory; a failed import leaves the saved
// schedule and calendar as they were (docs/planner.md, "Limits of a calendar").
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "support/library_edit.hpp"
#include "support/library_fixture.hpp"
#include "util/date.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

// The program's peak memory on 50 001 events: 46 MB measured, 328 MB under AddressSanitizer.
#if defined(__SANITIZE_ADDRESS__)
constexpr long peak_bound_kb = 512 * 1024;
#else
constexpr long peak_bound_kb = 128 * 1024;
#endif

const std::string head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//runstrength//test//EN\r\n";
const std::string tail = "END:VCALENDAR\r\n";

std::string event(const std::string& date, const std::string& summary) {
  return "BEGIN:VEVENT\r\nUID:" + date + "@test\r\nDTSTART;VALUE=DATE:" + date + "\r\nSUMMARY:" + summary +
         "\r\nEND:VEVENT\r\n";
}

class CliCalendarErrors : public LibraryTest {
 protected:
  std::string fixtures = std::string(RS_TESTS_DIR) + "/fixtures/";
  void SetUp() override {
    ASSERT_EQ(run({"db"}).status, 0);
    ASSERT_NO_THROW(edit_library_from_file(db, fixtures + "planner/library.sql"));
    ASSERT_EQ(run({"schedule", "set", fixtures + "planner/week.yaml"}).status, 0);
    const auto imported = run({"schedule", "import", fixtures + "calendars/trainingpeaks.ics"});
    ASSERT_EQ(imported.status, 0) << imported.err;
  }
  // What a failed import must leave alone: the saved schedule and calendar rows, and the schedule
  // as `schedule show --json` prints it.
  std::string saved() const {
    const auto shown = run({"schedule", "show", "--json"});
    EXPECT_EQ(shown.status, 0) << shown.err;
    return sql("SELECT name, length(schedule), schedule, length(calendar), calendar_file, calendar FROM athletes "
               "ORDER BY id") + "\n" + shown.out;
  }
  // Writes `name` in the test's folder and imports it; expects exit 2 and exactly `message` after
  // "runstrength: error: <path>: " on standard error.
  void expect_refused(const std::string& name, const std::string& text, const std::string& message) const {
    const auto path = write_content(name, text).string();
    const auto result = run({"schedule", "import", path});
    EXPECT_EQ(result.status, 2) << name << ": " << result.err;
    EXPECT_EQ(result.err, "runstrength: error: " + path + ": " + message + "\n") << name;
    EXPECT_EQ(result.out, "") << name;
  }
};

TEST_F(CliCalendarErrors, MalformedCalendarsNameTheFileAndLineAndKeepTheSavedSchedule) {
  const auto before = saved();
  ASSERT_EQ(sql("SELECT count(*) FROM athletes WHERE calendar IS NOT NULL"), "1\n") << before;
  const auto good = event("20270104", "Easy run");
  expect_refused("dtstart.ics", head + good + "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:garbage\r\nEND:VEVENT\r\n" + tail,
                 "line 11: malformed line \"DTSTART:garbage\" (libical: Can't parse as DATE-TIME value in DTSTART "
                 "property)");
  // Folded lines count as the physical lines they take: the bad DTEND is on line 12.
  expect_refused("folded.ics",
                 head + "BEGIN:VEVENT\r\nUID:f\r\nDTSTART;VALUE=DATE:20270104\r\nDESCRIPTION:Warm up\\, then\r\n"
                        "  3x10 min\r\n\tat threshold\r\nSUMMARY:Tem\r\n po\r\nDTEND:2027\r\nEND:VEVENT\r\n" + tail,
                 "line 12: malformed line \"DTEND:2027\" (libical: Can't parse as DATE-TIME value in DTEND property)");
  expect_refused("no-colon.ics", head + "BEGIN:VEVENT\r\nTHIS LINE IS NOT A PROPERTY\r\nEND:VEVENT\r\n" + tail,
                 "line 5: malformed line \"THIS LINE IS NOT A PROPERTY\" (libical: Got a data line, but could not "
                 "find a property name or component begin tag)");
  expect_refused("parameter.ics", head + "BEGIN:VEVENT\r\nSUMMARY;LANGUAGE:Hills\r\nEND:VEVENT\r\n" + tail,
                 "line 5: malformed line \"SUMMARY;LANGUAGE:Hills\" (libical: Can't parse parameter name)");
  expect_refused("rrule.ics", head + "BEGIN:VEVENT\r\nDTSTART:20270104T060000Z\r\nRRULE:FREQ=FORTNIGHTLY\r\n"
                                     "END:VEVENT\r\n" + tail,
                 "line 6: malformed line \"RRULE:FREQ=FORTNIGHTLY\" (libical: Can't parse as RECUR value in RRULE "
                 "property)");
  expect_refused("cut.ics", head + good + "BEGIN:VEVENT\r\nSUMMARY:Long run\r\n",
                 "line 9: BEGIN:VEVENT is never closed (no END:VEVENT)");
  expect_refused("crossed.ics", head + "BEGIN:VEVENT\r\nBEGIN:VALARM\r\nEND:VEVENT\r\nEND:VALARM\r\n" + tail,
                 "line 6: \"END:VEVENT\" closes BEGIN:VALARM of line 5");
  expect_refused("prose.ics", "My plan for the spring:\n" + head + good + tail,
                 "line 1: \"My plan for the spring:\" is outside BEGIN:VCALENDAR ... END:VCALENDAR");
  expect_refused("binary.ics", head + "BEGIN:VEVENT\r\nSUMMARY:" + std::string("\0\xff", 2) + "\r\n",
                 "line 5: binary data (not UTF-8 text): not an iCalendar file");
  expect_refused("empty.ics", "", "not an iCalendar file (no BEGIN:VCALENDAR ... END:VCALENDAR)");
  EXPECT_EQ(saved(), before) << "a failed import leaves the saved schedule and calendar as they were";

  const auto path = (dir / "dtstart.ics").string();
  const auto plan = run({"plan", "--runs", path, "--start", "2027-01-04", "--weeks", "4", "--no-save"});
  EXPECT_EQ(plan.status, 2);
  EXPECT_EQ(plan.err, "runstrength: error: " + path + ": line 11: malformed line \"DTSTART:garbage\" (libical: Can't "
                      "parse as DATE-TIME value in DTSTART property)\n");
}

TEST_F(CliCalendarErrors, HostileCalendarsGetAnErrorOrABoundedResultInBoundedTimeAndMemory) {
  const auto before = saved();
  const auto began = std::chrono::steady_clock::now();
  // 50 MB: refused by its size before it is read (a sparse file of NUL bytes).
  const auto huge = write_content("huge.ics", "");
  fs::resize_file(huge, 50u << 20);
  auto result = run({"schedule", "import", huge.string()});
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.err, "runstrength: error: " + huge.string() + ": 52428800 bytes: a calendar file may hold at "
                        "most 10 MB\n");
  // More events than a calendar may hold, within 10 MB: refused at the first one too many.
  std::string many = head;
  for (int i = 0; i < 50001; ++i) many += "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270105\r\nEND:VEVENT\r\n";
  const auto many_path = write_content("many.ics", many + tail).string();
  CliOptions own_rss;
  own_rss.own_peak_rss = true;
  result = run({"schedule", "import", many_path}, own_rss);
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.err, "runstrength: error: " + many_path + ": line 150004: more than 50000 events: a calendar may "
                        "hold at most 50000\n");
  EXPECT_LT(result.peak_rss_kb, peak_bound_kb);
  // A line of 70 000 bytes, and one with 101 parameters.
  expect_refused("long.ics", head + "BEGIN:VEVENT\r\nDESCRIPTION:" + std::string(70000, 'x') + "\r\nEND:VEVENT\r\n",
                 "line 5: a content line of more than 64 KiB: a calendar line may hold at most that");
  std::string parameters;
  for (int i = 0; i < 101; ++i) parameters += ";X-P=1";
  expect_refused("parameters.ics", head + "BEGIN:VEVENT\r\nSUMMARY" + parameters + ":Easy\r\nEND:VEVENT\r\n" + tail,
                 "line 5: more than 100 parameters on one line");
  // Rules that never match: libical would search each up to the year 2582 (0.2 s a rule).
  std::string never = head;
  for (int i = 0; i < 200; ++i) {
    never += "BEGIN:VEVENT\r\nDTSTART:20270104T060000Z\r\nRRULE:FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30\r\n"
             "SUMMARY:Tempo\r\nEND:VEVENT\r\n";
  }
  const auto never_path = write_content("never.ics", never + tail).string();
  const auto never_began = std::chrono::steady_clock::now();
  result = run({"schedule", "import", never_path});
  EXPECT_LT(std::chrono::steady_clock::now() - never_began, std::chrono::seconds(15));
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.err, "runstrength: error: " + never_path + ": event \"Tempo\": expanding the recurring events takes "
                        "more than 2 s of processor time: a calendar may take at most that (a rule that never matches, "
                        "such as FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30, makes libical search up to the year 2582)\n");
  EXPECT_EQ(saved(), before);

  // A rule with no end, starting in the weeks an import reads: its first day is read, with a
  // warning, and the import succeeds.
  auto start = format_date(next_monday(today_utc()) + std::chrono::days{7});
  start.erase(std::remove(start.begin(), start.end(), '-'), start.end());
  const auto forever = write_content("forever.ics", head + "BEGIN:VEVENT\r\nDTSTART:" + start + "T060000Z\r\n"
                                                           "RRULE:FREQ=SECONDLY\r\nSUMMARY:Tempo forever\r\n"
                                                           "END:VEVENT\r\n" + tail).string();
  result = run({"schedule", "import", forever});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.err, "runstrength: warning: " + forever + ": event \"Tempo forever\" repeats too often: only its "
                        "first 1 occurrence in the plan's dates are read\n");
  EXPECT_NE(saved(), before);
  EXPECT_LT(std::chrono::steady_clock::now() - began, std::chrono::seconds(90));
}

}  // namespace
}  // namespace rs::test

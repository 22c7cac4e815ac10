// Parsing iCalendar text through libical a content line at a time: unfolding with the lines of the
// file, what libical flags turned into errors naming the line, the RFC 5545 leniencies, the limits.
#include <gtest/gtest.h>

#include "calendar/ics_parse.hpp"
#include "util/error.hpp"

namespace rs::calendar {
namespace {

std::vector<ContentLine> unfold(std::string_view text) {
  std::vector<ContentLine> lines;
  ContentLines reader(text);
  ContentLine line;
  while (reader.next(line, "t.ics")) lines.push_back(line);
  return lines;
}

std::string error_of(std::string_view text) {
  try {
    parse_calendar_text(text, "t.ics");
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::usage) << error.what();
    return error.what();
  }
  return "no error";
}

TEST(IcsParse, UnfoldsContentLinesAndKeepsTheLineWhereEachStarts) {
  const auto lines = unfold("\xEF\xBB\xBF" "A:1\r\nB:two\r\n  halves\r\n\tand more\r\nC:3\n\nD:4");
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].text, "A:1");
  EXPECT_EQ(lines[0].line, 1u);
  EXPECT_EQ(lines[1].text, "B:two halvesand more");  // one space or tab removed per fold
  EXPECT_EQ(lines[1].line, 2u);
  EXPECT_EQ(lines[2].text, "C:3");
  EXPECT_EQ(lines[2].line, 5u);
  EXPECT_EQ(lines[3].text, "");
  EXPECT_EQ(lines[4].text, "D:4");
  EXPECT_EQ(lines[4].line, 7u);
  // Without any LF, lines end at CR, as libical's reader has it.
  const auto mac = unfold("A:1\rB:2\r");
  ASSERT_EQ(mac.size(), 2u);
  EXPECT_EQ(mac[1].text, "B:2");
  EXPECT_EQ(mac[1].line, 2u);
}

TEST(IcsParse, ALongContentLineIsRefusedWithItsLine) {
  const std::string text = "B:1\r\nA:" + std::string(40000, 'x') + "\r\n " + std::string(40000, 'y') + "\r\n";
  ContentLines reader(text);
  ContentLine line;
  ASSERT_TRUE(reader.next(line, "t.ics"));
  try {
    reader.next(line, "t.ics");
    ADD_FAILURE() << "no error";
  } catch (const Error& error) {
    EXPECT_STREQ(error.what(), "t.ics: line 2: a content line of more than 64 KiB: a calendar line may hold at most that");
  }
}

TEST(IcsParse, WhatRfc5545AllowsIsReadAndTheRestNamesItsLine) {
  const std::string head = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270104\n";
  const std::string end = "END:VEVENT\nEND:VCALENDAR\n";
  const auto roots = parse_calendar_text(head + "LOCATION:\nFOO-BAR:1\nBEGIN:NOTE\nX:1\nEND:NOTE\n" + end, "t.ics");
  ASSERT_EQ(roots.size(), 1u);
  auto* event = icalcomponent_get_first_component(roots[0].get(), ICAL_VEVENT_COMPONENT);
  ASSERT_NE(event, nullptr);
  EXPECT_EQ(icalcomponent_get_dtstart(event).day, 4);

  EXPECT_EQ(error_of(head + "DTSTART:garbage\n" + end), "t.ics: line 5: malformed line \"DTSTART:garbage\" (libical: "
                                                        "Can't parse as DATE-TIME value in DTSTART property)");
  EXPECT_EQ(error_of(head + "SUMMARY;LANGUAGE:x\n" + end),
            "t.ics: line 5: malformed line \"SUMMARY;LANGUAGE:x\" (libical: Can't parse parameter name)");
  EXPECT_EQ(error_of(head + "DTSTART;VALUE=INTEGER:3\n" + end),
            "t.ics: line 5: malformed line \"DTSTART;VALUE=INTEGER:3\" (libical: Invalid VALUE type for property "
            "DTSTART)");
  EXPECT_EQ(error_of(head + "F(O)O:1\n" + end),
            "t.ics: line 5: malformed line \"F(O)O:1\" (libical: Parse error in property name)");
  EXPECT_EQ(error_of(head + "BEGIN:N*TE\n" + end),
            "t.ics: line 5: malformed line \"BEGIN:N*TE\" (libical: Parse error in component name)");
  EXPECT_EQ(error_of("BEGIN:VCALENDAR\nSUMMARY:" + std::string(100, 'x') + "\n"),
            "t.ics: line 1: BEGIN:VCALENDAR is never closed (no END:VCALENDAR)");
  EXPECT_EQ(error_of(head + end + "END:VCALENDAR\n"),
            "t.ics: line 7: \"END:VCALENDAR\" is outside BEGIN:VCALENDAR ... END:VCALENDAR");
  EXPECT_EQ(error_of("BEGIN:VCALENDAR\nDESCRIPTION:" + std::string(70, 'x') + "\nEND:VTODO\n"),
            "t.ics: line 3: \"END:VTODO\" closes BEGIN:VCALENDAR of line 1");
}

TEST(IcsParse, LimitsOnParametersValuesAndNesting) {
  std::string parameters = "BEGIN:VCALENDAR\nX-A";
  for (int i = 0; i < 100; ++i) parameters += ";X-P=\"a;b\"";
  EXPECT_EQ(parse_calendar_text(parameters + ":1\nEND:VCALENDAR\n", "t.ics").size(), 1u);  // quoted ';' are values
  EXPECT_EQ(error_of(parameters + ";X-P=1:1\nEND:VCALENDAR\n"), "t.ics: line 2: more than 100 parameters on one line");

  // Lines of 1 000 values each, then one of the rest: with END:VCALENDAR, exactly max_values.
  std::string values = "BEGIN:VCALENDAR\n";
  std::size_t count = 1;
  std::size_t lines = 1;
  const auto add_line = [&](std::size_t n) {
    values += "X-A:a";
    for (std::size_t i = 1; i < n; ++i) values += ",a";
    values += "\n";
    count += n;
    ++lines;
  };
  while (count + 1000 < max_values) add_line(1000);
  if (count + 1 < max_values) add_line(max_values - 1 - count);
  EXPECT_EQ(parse_calendar_text(values + "END:VCALENDAR\n", "t.ics").size(), 1u);
  EXPECT_EQ(error_of(values + "X-B:1\nEND:VCALENDAR\n"),
            "t.ics: line " + std::to_string(lines + 2) +
                ": more than 500000 content lines and comma-separated values: a calendar may hold at most that");

  std::string deep = "BEGIN:VCALENDAR\n";
  for (std::size_t i = 1; i < max_depth; ++i) deep += "BEGIN:X-A\n";
  EXPECT_EQ(error_of(deep + "BEGIN:X-A\n"), "t.ics: line 11: components nested more than 10 deep");
}

}  // namespace
}  // namespace rs::calendar

#include <gtest/gtest.h>

#include <string>

#include "exporters/vtimezone.hpp"
#include "util/error.hpp"

namespace rs::exporters {
namespace {

std::string vtimezone(const char* zone) {
  ics::Writer writer;
  write_vtimezone(writer, zone);
  return writer.str();
}

TEST(Vtimezone, LondonHasDaylightAndStandardRules) {
  EXPECT_EQ(read_zone_footer("Europe/London"), "GMT0BST,M3.5.0/1,M10.5.0");
  EXPECT_EQ(vtimezone("Europe/London"),
            "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"
            "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\n"
            "DTSTART:19700329T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
            "BEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\n"
            "DTSTART:19701025T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
            "END:VTIMEZONE\r\n");
}

TEST(Vtimezone, NewYorkUsesSecondAndFirstSundays) {
  const std::string text = vtimezone("America/New_York");
  EXPECT_NE(text.find("TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nTZNAME:EDT\r\nDTSTART:19700308T020000\r\n"
                      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST\r\nDTSTART:19701101T020000\r\n"
                      "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
            std::string::npos)
      << text;
}

TEST(Vtimezone, SydneyStartsDaylightTimeInOctober) {
  const std::string text = vtimezone("Australia/Sydney");
  EXPECT_NE(text.find("TZOFFSETFROM:+1000\r\nTZOFFSETTO:+1100\r\nTZNAME:AEDT\r\nDTSTART:19701004T020000\r\n"
                      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("TZOFFSETFROM:+1100\r\nTZOFFSETTO:+1000\r\nTZNAME:AEST\r\nDTSTART:19700405T030000\r\n"
                      "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"),
            std::string::npos)
      << text;
}

TEST(Vtimezone, KolkataIsOneStandardObservanceAtPlusFiveThirty) {
  EXPECT_EQ(vtimezone("Asia/Kolkata"),
            "BEGIN:VTIMEZONE\r\nTZID:Asia/Kolkata\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\n"
            "TZNAME:IST\r\nDTSTART:19700101T000000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n");
}

TEST(Vtimezone, UtcHasNoDaylightTime) {
  const std::string text = vtimezone("UTC");
  EXPECT_NE(text.find("TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nTZNAME:UTC\r\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("DAYLIGHT"), std::string::npos);
}

TEST(Vtimezone, ParsesQuotedNamesAndExplicitDaylightOffsets) {
  const auto tz = parse_posix_tz("<+0330>-3:30<+0430>-4:30,M3.5.0/0,M9.4.2/23:59:59");
  EXPECT_EQ(tz.std_name, "+0330");
  EXPECT_EQ(tz.std_offset, 3 * 3600 + 1800);
  ASSERT_TRUE(tz.daylight);
  EXPECT_EQ(tz.daylight->offset, 4 * 3600 + 1800);
  EXPECT_EQ(tz.daylight->end.seconds, 24 * 3600 - 1);
  EXPECT_EQ(tz.daylight->end.weekday, 2);
}

TEST(Vtimezone, RejectsMalformedRules) {
  for (const char* bad : {"", "G0", "GMT", "GMT0BST", "GMT0BST,M3.5.0", "EST5EDT,J60,J300", "X0Y,M13.1.0,M1.1.0",
                          "IST-2IDT,M3.4.4/26,M10.5.0", "GMT0BST,M3.5.0/1,M10.5.0x"}) {
    EXPECT_THROW(parse_posix_tz(bad), Error) << bad;
  }
}

TEST(Vtimezone, RejectsUnknownAndUnsafeZoneNames) {
  for (const char* bad : {"../../etc/passwd", "/etc/localtime", "Europe/../UTC", "Europe//London", "Mars/Olympus",
                          "Europe/", "-rf", "Europe/London\n", "zone.tab", ""}) {
    try {
      ics::Writer writer;
      write_vtimezone(writer, bad);
      ADD_FAILURE() << "accepted " << bad;
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::usage) << bad;
    }
  }
  EXPECT_TRUE(valid_zone_name("America/Argentina/Buenos_Aires"));
  EXPECT_TRUE(valid_zone_name("Etc/GMT+5"));
}

}  // namespace
}  // namespace rs::exporters

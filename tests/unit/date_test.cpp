// Unit tests for src/util/date.
#include <gtest/gtest.h>

#include "util/date.hpp"

namespace rs {
namespace {

TEST(Date, ParsesAndFormatsRealDaysOnly) {
  ASSERT_TRUE(parse_date("2026-12-07"));
  EXPECT_EQ(format_date(*parse_date("2026-12-07")), "2026-12-07");
  EXPECT_TRUE(parse_date("2028-02-29"));
  EXPECT_FALSE(parse_date("2027-02-29"));
  EXPECT_FALSE(parse_date("2026-13-01"));
  EXPECT_FALSE(parse_date("2026-1-01"));
  EXPECT_FALSE(parse_date("26-01-01xx"));
  EXPECT_FALSE(parse_date(""));
}

TEST(Date, WeekdaysAreMondayBased) {
  EXPECT_EQ(weekday_index(*parse_date("2026-12-07")), 0);  // a Monday
  EXPECT_EQ(weekday_name(weekday_index(*parse_date("2026-12-13"))), "sun");
  EXPECT_EQ(parse_weekday("thu"), 3);
  EXPECT_FALSE(parse_weekday("Thursday"));
  EXPECT_EQ(format_date(next_monday(*parse_date("2026-11-25"))), "2026-11-30");
  EXPECT_EQ(format_date(next_monday(*parse_date("2026-11-30"))), "2026-12-07");
}

}  // namespace
}  // namespace rs

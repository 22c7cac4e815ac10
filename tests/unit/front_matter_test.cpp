// Unit tests for src/importer/front_matter.cpp: dates and date-times.
#include <gtest/gtest.h>

#include "importer/front_matter.hpp"

namespace rs::importer {
namespace {

TEST(FrontMatterDates, DatesAndDateTimes) {
  EXPECT_TRUE(is_date_or_date_time("2026-02-15"));
  EXPECT_TRUE(is_date_or_date_time("2026-02-15T08:08:00"));
  EXPECT_TRUE(is_date_or_date_time("2026-02-15T08:08"));
  EXPECT_TRUE(is_date_or_date_time("2026-02-15 08:08:00.123Z"));
  EXPECT_TRUE(is_date_or_date_time("2026-02-15T08:08:00+01:00"));
  EXPECT_FALSE(is_date_or_date_time("2026-02-30"));
  EXPECT_FALSE(is_date_or_date_time("2026-02-15T25:00"));
  EXPECT_FALSE(is_date_or_date_time("15/02/2026"));
  EXPECT_FALSE(is_date_or_date_time("2026-02-15T08:08:00junk"));
}

}  // namespace
}  // namespace rs::importer

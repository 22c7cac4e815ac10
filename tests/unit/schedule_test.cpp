// app/schedule: saving and showing the runner's schedule in-process; a bad file keeps the old one.
#include <gtest/gtest.h>

#include <string>

#include "app/make_plan.hpp"
#include "app/schedule.hpp"
#include "support/imported_library.hpp"

namespace rs::app {
namespace {

using test::usage_error;
using test::week_file;

using Schedule = test::ImportedLibraryTest;

TEST_F(Schedule, ASavedScheduleIsUsedAndABadOneIsRefusedKeepingTheOld) {
  const Date today = *parse_date("2026-11-30");
  EXPECT_TRUE(schedule_text(library.db(), today).is_default);
  save_schedule_file(library.db(), week_file, today);
  const auto saved = schedule_text(library.db(), today);
  EXPECT_FALSE(saved.is_default);
  EXPECT_EQ(saved.yaml, test::read_file(week_file));
  test::write_file(dir / "bad.yaml", "week:\n  mon: sprinting\n");
  EXPECT_NE(usage_error([&] { save_schedule_file(library.db(), (dir / "bad.yaml").string(), today); }).find("bad.yaml"),
            std::string::npos);
  EXPECT_EQ(schedule_text(library.db(), today).yaml, saved.yaml);
  PlanRequest req;
  req.today = today;
  const auto outcome = make_plan(library.db(), req);
  EXPECT_TRUE(outcome.notes.empty());
  EXPECT_EQ(format_date(outcome.plan.schedule.start), "2026-12-07");
}
}  // namespace
}  // namespace rs::app

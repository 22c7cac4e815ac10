// app/make_plan: making, re-planning, finding and deleting plans in-process (no child process).
#include <gtest/gtest.h>

#include <string>

#include "app/make_plan.hpp"
#include "store/plan_store.hpp"
#include "support/imported_library.hpp"

namespace rs::app {
namespace {

using test::usage_error;
using test::week_file;

using MakePlan = test::ImportedLibraryTest;

TEST_F(MakePlan, MakePlanBuildsFromTheScheduleFileAndSavesIt) {
  auto req = week_request();
  req.weeks = 4;
  const auto outcome = make_plan(library.db(), req);
  EXPECT_TRUE(outcome.notes.empty());
  ASSERT_GT(outcome.plan.id, 0);
  EXPECT_EQ(outcome.plan.weeks.size(), 4u);
  EXPECT_EQ(format_date(outcome.plan.schedule.start), "2026-12-07");
  const auto saved = saved_plan(library.db(), outcome.plan.id);
  EXPECT_EQ(saved.identity, outcome.plan.identity);
  ASSERT_EQ(saved.weeks.size(), 4u);
  EXPECT_EQ(saved.weeks[0].sessions.size(), outcome.plan.weeks[0].sessions.size());
  for (const auto& week : saved.weeks) {
    for (const auto& session : week.sessions) EXPECT_FALSE(session.exercises.empty());
  }
}

TEST_F(MakePlan, WithoutAScheduleTheDefaultWeekIsUsedWithANote) {
  PlanRequest req;
  req.today = *parse_date("2026-11-30");
  req.save = false;
  const auto outcome = make_plan(library.db(), req);
  ASSERT_EQ(outcome.notes.size(), 1u);
  EXPECT_NE(outcome.notes[0].find("no schedule saved"), std::string::npos);
  EXPECT_EQ(outcome.plan.id, 0);
  EXPECT_TRUE(store::list_plans(library.db()).empty());
  EXPECT_EQ(outcome.plan.weeks.size(), static_cast<std::size_t>(default_weeks));
}

TEST_F(MakePlan, ReplanKeepsTheIdIdentityAndUids) {
  const auto first = make_plan(library.db(), week_request()).plan;
  auto again = week_request();
  again.schedule_file.reset();  // keep the saved plan's schedule
  again.name = "renamed";
  const auto second = replan_saved_plan(library.db(), first.id, again).plan;
  EXPECT_EQ(second.id, first.id);
  EXPECT_EQ(second.identity, first.identity);
  EXPECT_EQ(second.name, "renamed");
  ASSERT_EQ(second.weeks.size(), first.weeks.size());
  EXPECT_EQ(second.weeks[0].sessions.at(0).uid, first.weeks[0].sessions.at(0).uid);
  EXPECT_EQ(store::list_plans(library.db()).size(), 1u);
  auto unsaved = again;
  unsaved.save = false;
  EXPECT_NE(usage_error([&] { replan_saved_plan(library.db(), first.id, unsaved); }).find("--no-save"),
            std::string::npos);
}

TEST_F(MakePlan, UnknownPlansAndBadFilesAreUsageErrors) {
  EXPECT_EQ(usage_error([&] { saved_plan(library.db(), 42); }),
            "no saved plan with id 42 (see `runstrength plans`)");
  EXPECT_NE(usage_error([&] { delete_saved_plan(library.db(), 42); }).find("42"), std::string::npos);
  auto req = week_request();
  req.schedule_file = (dir / "missing.yaml").string();
  EXPECT_NE(usage_error([&] { make_plan(library.db(), req); }).find("--schedule: cannot read"), std::string::npos);
  EXPECT_TRUE(store::list_plans(library.db()).empty());
}
}  // namespace
}  // namespace rs::app

// Saving, loading, replacing and deleting plans in an in-memory library.
#include <gtest/gtest.h>

#include "exporters/plan_json.hpp"
#include "planner/planner.hpp"
#include "store/athlete_store.hpp"
#include "store/plan_store.hpp"
#include "support/planner_fixtures.hpp"
#include "util/error.hpp"

namespace rs::test {
namespace {

TEST(PlanStore, RoundTripKeepsEverything) {
  auto db = store::Database::open_in_memory();
  auto plan = planner::build_plan(example_schedule(), 4, "p", synthetic_library(3), synthetic_tips()).plan;
  plan.athlete_id = store::default_athlete_id;
  store::save_plan(db, plan);
  EXPECT_GT(plan.id, 0);
  EXPECT_EQ(plan.saved_at.size(), 16u);
  EXPECT_EQ(plan.weeks[0].sessions[0].uid, plan.identity + "-w1-s1@runstrength");
  const auto loaded = store::load_plan(db, plan.id);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->identity, plan.identity);
  EXPECT_EQ(exporters::plan_json_text(*loaded), exporters::plan_json_text(plan));
  EXPECT_FALSE(store::load_plan(db, plan.id + 1));
}

TEST(PlanStore, RecoveryWeeksRefusedDaysAndLightSessionsRoundTrip) {
  auto db = store::Database::open_in_memory();
  auto schedule = example_schedule();
  schedule.races = {{*parse_date("2027-01-03"), 21.0975, model::RacePriority::a}};
  schedule.before_long = model::BeforeLong::light;
  schedule.days_chosen = true;
  schedule.allowed = {true, true, false, false, false, true, false};  // mon is refused, sat is light
  schedule.dates[*parse_date("2026-12-16")] = model::RunType::rest;
  auto plan = planner::build_plan(schedule, 8, "p", synthetic_library(3), synthetic_tips()).plan;
  bool recovery = false;
  bool light = false;
  bool refused = false;
  for (const auto& week : plan.weeks) {
    recovery = recovery || week.phase == model::Phase::recovery;
    refused = refused || !week.refusals.empty();
    for (const auto& session : week.sessions) light = light || session.light;
  }
  ASSERT_TRUE(recovery);
  ASSERT_TRUE(light);
  ASSERT_TRUE(refused);
  plan.athlete_id = store::default_athlete_id;
  store::save_plan(db, plan);
  const auto loaded = store::load_plan(db, plan.id);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(exporters::plan_json_text(*loaded), exporters::plan_json_text(plan));
  EXPECT_EQ(loaded->schedule.races, schedule.races);
  EXPECT_EQ(loaded->schedule.dates, schedule.dates);
  EXPECT_EQ(loaded->weeks[1].runs[2].source, model::RunSource::date);
  for (std::size_t w = 0; w < plan.weeks.size(); ++w) {
    ASSERT_EQ(loaded->weeks[w].refusals.size(), plan.weeks[w].refusals.size());
    for (std::size_t r = 0; r < plan.weeks[w].refusals.size(); ++r) {
      EXPECT_EQ(loaded->weeks[w].refusals[r].rule, plan.weeks[w].refusals[r].rule);
      EXPECT_EQ(loaded->weeks[w].refusals[r].instead, plan.weeks[w].refusals[r].instead);
    }
    for (std::size_t s = 0; s < plan.weeks[w].sessions.size(); ++s) {
      EXPECT_EQ(loaded->weeks[w].sessions[s].light, plan.weeks[w].sessions[s].light);
    }
  }
}

TEST(PlanStore, ReplaceKeepsIdAndIdentity) {
  auto db = store::Database::open_in_memory();
  auto plan = planner::build_plan(example_schedule(), 4, "p", synthetic_library(2), {}).plan;
  plan.athlete_id = store::default_athlete_id;
  store::save_plan(db, plan);
  auto schedule = example_schedule();
  schedule.sessions = 1;
  auto replan = planner::build_plan(schedule, 6, "p2", synthetic_library(2), {}).plan;
  replan.weeks[0].sessions[0].sequence = 1;
  store::replace_plan(db, plan.id, replan);
  const auto loaded = store::load_plan(db, plan.id);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->identity, plan.identity);
  EXPECT_EQ(loaded->name, "p2");
  EXPECT_EQ(loaded->weeks.size(), 6u);
  EXPECT_EQ(loaded->weeks[0].sessions[0].sequence, 1);
  EXPECT_EQ(loaded->weeks[0].sessions[0].uid, plan.weeks[0].sessions[0].uid);
  EXPECT_THROW(store::replace_plan(db, plan.id + 5, replan), Error);
  EXPECT_TRUE(store::delete_plan(db, plan.id));
  EXPECT_FALSE(store::delete_plan(db, plan.id));
}

}  // namespace
}  // namespace rs::test

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "exporters/ics_plan.hpp"
#include "app/replan.hpp"
#include "support/sample_plans.hpp"

namespace rs::app {
namespace {

// A freshly built plan as the planner returns it: unsaved, no identity, uids or sequences.
model::Plan fresh_from(const model::Plan& saved) {
  auto plan = saved;
  plan.id = 0;
  plan.identity.clear();
  plan.saved_at.clear();
  plan.name = "new name";
  for (auto& week : plan.weeks) {
    for (auto& session : week.sessions) {
      session.uid.clear();
      session.sequence = 0;
    }
  }
  return plan;
}

std::vector<std::string> uids(const model::Plan& plan) {
  std::vector<std::string> out;
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) out.push_back(session.uid);
  }
  return out;
}

TEST(Replan, UnchangedPlanKeepsEverythingAndExportsTheSameBytes) {
  auto saved = test::sample_all_day_plan();
  saved.weeks[0].sessions[1].sequence = 3;
  const auto result = replan(saved, fresh_from(saved));
  EXPECT_EQ(result.id, saved.id);
  EXPECT_EQ(result.identity, saved.identity);
  EXPECT_EQ(result.name, saved.name);
  EXPECT_EQ(uids(result), uids(saved));
  EXPECT_EQ(result.weeks[0].sessions[1].sequence, 3);
  EXPECT_EQ(exporters::plan_to_ics(result), exporters::plan_to_ics(saved));
}

TEST(Replan, RaisesSequenceExactlyWhereTheSessionChanged) {
  const auto saved = test::sample_all_day_plan();
  auto fresh = fresh_from(saved);
  fresh.weeks[0].sessions[1].date += std::chrono::days{1};  // moved
  fresh.weeks[1].sessions[0].exercises[2].reps = 20;        // dose changed
  fresh.weeks[1].sessions[1].note = "Another tip.";         // note changed
  const auto result = replan(saved, fresh);
  EXPECT_EQ(uids(result), uids(saved));
  EXPECT_EQ(result.weeks[0].sessions[0].sequence, 0);
  EXPECT_EQ(result.weeks[0].sessions[1].sequence, 1);
  EXPECT_EQ(result.weeks[1].sessions[0].sequence, 1);
  EXPECT_EQ(result.weeks[1].sessions[1].sequence, 1);

  // A second re-plan with only the minutes of one session changed raises that one again.
  auto again = fresh_from(result);
  again.weeks[1].sessions[0].minutes = 35;
  const auto second = replan(result, again);
  EXPECT_EQ(second.weeks[1].sessions[0].sequence, 2);
  EXPECT_EQ(second.weeks[0].sessions[1].sequence, 1);
  EXPECT_EQ(second.weeks[0].sessions[0].sequence, 0);
  const std::string ics = exporters::plan_to_ics(second);
  EXPECT_NE(ics.find("UID:plan7-20261201T080000Z-w2-s1@runstrength\r\nDTSTAMP:20261201T080000Z\r\nSEQUENCE:2\r\n"),
            std::string::npos);
}

TEST(Replan, ChangingTheStartTimeChangesEverySession) {
  const auto saved = test::sample_timed_zone_plan();
  auto fresh = fresh_from(saved);
  fresh.schedule.time = "19:00";
  for (const auto& week : replan(saved, fresh).weeks) {
    for (const auto& session : week.sessions) EXPECT_EQ(session.sequence, 1);
  }
}

TEST(Replan, NewSlotsStartAtZeroAndDroppedSlotsDisappear) {
  const auto saved = test::sample_all_day_plan();
  auto fresh = fresh_from(saved);
  fresh.weeks[0].sessions.pop_back();                             // week 1 loses its second session
  fresh.weeks[1].sessions.push_back(fresh.weeks[1].sessions[0]);  // week 2 gains a third
  fresh.weeks[1].sessions[2].date = *parse_date("2026-12-19");
  auto week3 = fresh.weeks[1];
  week3.number = 3;
  fresh.weeks.push_back(week3);
  const auto result = replan(saved, fresh);
  ASSERT_EQ(result.weeks[0].sessions.size(), 1U);
  EXPECT_EQ(result.weeks[0].sessions[0].uid, saved.weeks[0].sessions[0].uid);
  EXPECT_EQ(result.weeks[1].sessions[2].uid, "plan7-20261201T080000Z-w2-s3@runstrength");
  EXPECT_EQ(result.weeks[1].sessions[2].sequence, 0);
  EXPECT_EQ(result.weeks[2].sessions[0].uid, "plan7-20261201T080000Z-w3-s1@runstrength");
  auto all = uids(result);
  std::sort(all.begin(), all.end());
  EXPECT_EQ(std::adjacent_find(all.begin(), all.end()), all.end()) << "duplicate UID";
}

}  // namespace
}  // namespace rs::app

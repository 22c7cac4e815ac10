// Unit tests for src/planner/adapt_log.cpp: what the log of the lived weeks asks (holds, a week
// back, a step sooner, a swap), and a mixed log over a 12-week plan with an A race adapted with
// every rule still holding.
#include <gtest/gtest.h>

#include <algorithm>

#include "planner/adapt_log.hpp"
#include "support/adapt_scenario.hpp"

namespace rs::test {
namespace {

TEST(AdaptLog, ReadsEachRuleFromTheLivedSessions) {
  Scenario scenario(8);
  const auto& first = scenario.at(1, 0).exercises.front();
  scenario.session(1, 0, model::Outcome::done, 7);
  scenario.exercise(1, 0, first, 9);
  const auto skip1 = scenario.session(1, 1, model::Outcome::skipped);
  const auto skip2 = scenario.session(2, 0, model::Outcome::skipped);
  const auto reading = planner::read_training_log(scenario.saved, {1, 2}, scenario.log);
  // Expected: two skipped running give one week back, naming both entries.
  EXPECT_EQ(reading.weeks_back, 1);
  ASSERT_TRUE(reading.back.has_value());
  EXPECT_EQ(reading.back->causes, (std::vector<model::AdaptCause>{{skip1.id, skip1.date}, {skip2.id, skip2.date}}));
  EXPECT_EQ(reading.back->why, "two sessions skipped running (" + format_date(skip1.date) + ", " + format_date(skip2.date) + ")");
  // RPE 9 once: a hold at the dose lived (unless a later skip of the same exercise replaced it).
  const auto& advice = reading.exercises.at(first.slug);
  ASSERT_TRUE(advice.next.has_value());
  EXPECT_FALSE(advice.replace.has_value());
  // A week unlogged and not lived says nothing.
  EXPECT_EQ(planner::read_training_log(scenario.saved, {}, scenario.log).exercises.size(), 0u);
}

TEST(AdaptLog, HardThenPainRunningIsASwapAndAModerateSessionBetweenResetsIt) {
  Scenario scenario(8);
  const auto& item = scenario.at(1, 0).exercises.front();
  scenario.session(1, 0, model::Outcome::done);
  scenario.exercise(1, 0, item, 10);
  scenario.session(1, 1, model::Outcome::done);
  scenario.exercise(1, 1, item, 7, true);
  auto reading = planner::read_training_log(scenario.saved, {1}, scenario.log);
  ASSERT_TRUE(reading.exercises.at(item.slug).replace.has_value());
  EXPECT_EQ(reading.exercises.at(item.slug).replace->why,
            "RPE 10 on 2026-12-08, then pain on " + format_date(scenario.at(1, 1).date));
  Scenario apart(8);
  apart.session(1, 0, model::Outcome::done);
  apart.exercise(1, 0, item, 10);
  apart.session(1, 1, model::Outcome::done);
  apart.exercise(1, 1, item, 7);
  apart.session(2, 0, model::Outcome::done);
  apart.exercise(2, 0, item, 9);
  reading = planner::read_training_log(apart.saved, {1, 2}, apart.log);
  EXPECT_FALSE(reading.exercises.at(item.slug).replace.has_value()) << "not running: RPE 7 between";
  EXPECT_TRUE(reading.exercises.at(item.slug).next.has_value());
}

// The first exercise of `session` whose slug is not in `not_these`.
const model::SessionExercise& pick(const model::Session& session, const std::vector<std::string>& not_these) {
  for (const auto& item : session.exercises) {
    if (std::find(not_these.begin(), not_these.end(), item.slug) == not_these.end()) return item;
  }
  return session.exercises.front();
}

TEST(AdaptLog, AMixedLogOverATwelveWeekPlanWithARaceKeepsEveryRule) {
  auto schedule = example_schedule();
  schedule.equipment_choice = model::EquipmentChoice::gym;
  schedule.races = {{*parse_date("2027-02-21"), 10.0, model::RacePriority::a}};  // Sunday of week 11
  Scenario scenario(12, schedule);
  ASSERT_EQ(scenario.saved.weeks[9].phase, model::Phase::taper);
  ASSERT_EQ(scenario.saved.weeks[10].phase, model::Phase::race);
  const auto& easy = pick(scenario.at(1, 0), {});
  const auto& hard = pick(scenario.at(2, 0), {easy.slug});
  const auto& sore = pick(scenario.at(5, 0), {easy.slug, hard.slug});
  scenario.session(1, 0, model::Outcome::done);
  scenario.exercise(1, 0, easy, 5);
  scenario.session(1, 1, model::Outcome::done, 6);  // the whole session easy: its exercises too
  scenario.session(2, 0, model::Outcome::done);
  scenario.exercise(2, 0, hard, 9);
  scenario.session(2, 1, model::Outcome::skipped);
  scenario.session(3, 0, model::Outcome::skipped);
  scenario.session(3, 1, model::Outcome::done, 7);
  scenario.session(4, 0, model::Outcome::done);
  scenario.session(5, 0, model::Outcome::done);
  scenario.exercise(5, 0, sore, 8, true);
  scenario.session(5, 1, model::Outcome::done);
  scenario.session(6, 0, model::Outcome::partial);
  const auto adapted = scenario.adapted(7);
  expect_sound(scenario, adapted, 7);
  // Expected: the week back (sessions of weeks 2 and 3 skipped running) lowers week 7 below the
  // fresh plan and says so; the taper, race and recovery weeks keep their phase, their sessions'
  // days and the race-week limits (expect_sound's checkers); the exercise that hurt appears no
  // higher than a step below its dose that day; the race week's session is never raised.
  bool week_back = false;
  for (const auto& session : adapted.weeks[6].sessions) {
    for (const auto& change : session.adapted) {
      week_back = week_back || change.why.find("two sessions skipped running") != std::string::npos;
    }
  }
  EXPECT_TRUE(week_back);
  for (std::size_t w = 6; w < adapted.weeks.size(); ++w) {
    const auto& fresh = scenario.saved.weeks[w];
    ASSERT_EQ(adapted.weeks[w].sessions.size(), fresh.sessions.size()) << w + 1;
    for (std::size_t s = 0; s < fresh.sessions.size(); ++s) {
      EXPECT_EQ(adapted.weeks[w].sessions[s].date, fresh.sessions[s].date);
    }
    if (fresh.phase == model::Phase::base || fresh.phase == model::Phase::build) continue;
    EXPECT_LE(adapted.weeks[w].total_sets, fresh.total_sets) << "week " << w + 1 << " never raised";
  }
  if (const auto* next = next_of(adapted, sore.slug, 7)) {
    EXPECT_LE(next->sets * amount(*next) + next->load_step, sore.sets * amount(sore) + sore.load_step);
  }
}

TEST(AdaptLog, TooEasyTwiceThenTooHardGivesTheStepSoonerBack) {
  Scenario scenario(8);
  const auto in = [](const model::Session& session, const std::string& slug) {
    return std::any_of(session.exercises.begin(), session.exercises.end(),
                       [&](const model::SessionExercise& other) { return other.slug == slug; });
  };
  const auto found = std::find_if(scenario.at(1, 0).exercises.begin(), scenario.at(1, 0).exercises.end(),
                                  [&](const model::SessionExercise& candidate) {
                                    return in(scenario.at(1, 1), candidate.slug) && in(scenario.at(2, 0), candidate.slug);
                                  });
  ASSERT_NE(found, scenario.at(1, 0).exercises.end());
  const auto& item = *found;
  scenario.session(1, 0, model::Outcome::done, 5);
  scenario.session(1, 1, model::Outcome::done, 6);  // every exercise of both sessions easy
  auto reading = planner::read_training_log(scenario.saved, {1}, scenario.log);
  EXPECT_EQ(reading.exercises.at(item.slug).sooner, 1);
  scenario.session(2, 0, model::Outcome::done);
  scenario.exercise(2, 0, item, 9);
  reading = planner::read_training_log(scenario.saved, {1, 2}, scenario.log);
  EXPECT_EQ(reading.exercises.at(item.slug).sooner, 0);
  EXPECT_FALSE(reading.exercises.at(item.slug).faster.has_value());
}

TEST(AdaptLog, TheSessionRpeCountsForAnExerciseLoggedWithoutOne) {
  Scenario scenario(8);
  const auto& item = scenario.at(1, 0).exercises.front();
  const auto session = scenario.session(1, 0, model::Outcome::done, 10);
  scenario.exercise(1, 0, item, std::nullopt);
  const auto reading = planner::read_training_log(scenario.saved, {1}, scenario.log);
  const auto& next = reading.exercises.at(item.slug).next;
  ASSERT_TRUE(next.has_value());
  EXPECT_EQ(next->change, model::AdaptChange::held);
  EXPECT_EQ(next->reason.causes, (std::vector<model::AdaptCause>{{session.id, session.date}}));
}

}  // namespace
}  // namespace rs::test

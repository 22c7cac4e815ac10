// Unit tests for src/planner/adapt.cpp (with adapt_log and adapt_dose): adaptation scenarios on
// the synthetic library, each with its expected outcome stated; for every adapted plan the
// independent rule checker and the weekly ≤10% rule (tests/support/planner_fixtures) still pass.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/export_plan.hpp"
#include "app/make_plan.hpp"
#include "planner/adapt.hpp"
#include "planner/planner.hpp"
#include "store/log_store.hpp"
#include "support/adapt_scenario.hpp"
#include "support/imported_library.hpp"
#include "support/planner_fixtures.hpp"

namespace rs::test {
namespace {

using model::AdaptChange;

TEST(Adapt, FreshSyntheticPlansKeepTheWeeklyRule) {
  EXPECT_EQ(weekly_rule_violations(Scenario(12).saved), std::vector<std::string>{});
}

TEST(Adapt, AMissedSessionRepeatsItsDoseAtTheNextAppearance) {
  Scenario scenario(8);
  scenario.session(1, 0, model::Outcome::done, 7);
  const auto& skip = scenario.session(1, 1, model::Outcome::skipped);
  const auto adapted = scenario.adapted(2);
  expect_sound(scenario, adapted, 2);
  int held = 0;
  for (const auto& item : scenario.at(1, 1).exercises) {
    const model::Session* in = nullptr;
    const auto* next = next_of(adapted, item.slug, 2, &in);
    const auto* fresh = next_of(scenario.saved, item.slug, 2);
    if (next == nullptr || fresh == nullptr) continue;
    // Expected: the next appearance is the skipped dose, not the progressed one.
    EXPECT_EQ(next->sets, std::min(fresh->sets, item.sets)) << item.slug;
    EXPECT_EQ(amount(*next), std::min(amount(*fresh), amount(item))) << item.slug;
    EXPECT_EQ(next->load_step, std::min(fresh->load_step, item.load_step)) << item.slug;
    if (amount(*next) == amount(*fresh) && next->load_step == fresh->load_step) continue;
    ++held;
    const auto change = std::find_if(in->adapted.begin(), in->adapted.end(),
                                     [&](const model::Adaptation& a) { return a.exercise == item.slug; });
    ASSERT_NE(change, in->adapted.end());
    EXPECT_EQ(change->change, AdaptChange::held);
    EXPECT_EQ(change->causes, (std::vector<model::AdaptCause>{{skip.id, skip.date}}));
  }
  EXPECT_GT(held, 0);
}

TEST(Adapt, AMissedWeekStepsProgressionBackOneWeek) {
  Scenario scenario(8);
  scenario.session(1, 0, model::Outcome::done);
  scenario.session(1, 1, model::Outcome::done);
  scenario.session(2, 0, model::Outcome::skipped);
  scenario.session(2, 1, model::Outcome::skipped);
  const auto adapted = scenario.adapted(3);
  expect_sound(scenario, adapted, 3);
  // Expected: week 3 (base) does what week 2 planned, exercise by exercise; week 5 (after the
  // deload) what week 3 planned.
  int compared = 0;
  for (const auto& [now, then] : {std::pair{3, 2}, std::pair{5, 3}}) {
    for (const auto& session : adapted.weeks[static_cast<std::size_t>(now - 1)].sessions) {
      for (const auto& item : session.exercises) {
        const auto& earlier = scenario.saved.weeks[static_cast<std::size_t>(then - 1)].sessions;
        for (const auto& old : earlier) {
          for (const auto& planned : old.exercises) {
            if (planned.slug != item.slug) continue;
            EXPECT_EQ(item.sets * amount(item), planned.sets * amount(planned)) << now << " " << item.slug;
            EXPECT_EQ(item.load_step, planned.load_step) << now << " " << item.slug;
            ++compared;
          }
        }
      }
    }
  }
  EXPECT_GT(compared, 4);
}

// An exercise of week 1's first session that week 1's second session has too, with weight or not.
const model::SessionExercise* shared(const Scenario& scenario, bool weighted) {
  for (const auto& item : scenario.at(1, 0).exercises) {
    if (item.load_cue.has_value() != weighted) continue;
    if (std::any_of(scenario.at(1, 1).exercises.begin(), scenario.at(1, 1).exercises.end(),
                    [&](const model::SessionExercise& other) { return other.slug == item.slug; })) {
      return &item;
    }
  }
  return nullptr;
}

model::Schedule gym_schedule() {
  auto schedule = example_schedule();
  schedule.equipment_choice = model::EquipmentChoice::gym;
  schedule.experience = model::Experience::experienced;
  return schedule;
}

TEST(Adapt, TooEasyTwiceProgressesOneStepSoonerWithinTheWeeklyRule) {
  Scenario scenario(8, gym_schedule());
  const auto* weighted = shared(scenario, true);
  ASSERT_NE(weighted, nullptr);
  const auto* bodyweight = shared(scenario, false);
  ASSERT_NE(bodyweight, nullptr);
  scenario.session(1, 0, model::Outcome::done);
  scenario.exercise(1, 0, *weighted, 5);
  scenario.exercise(1, 0, *bodyweight, 4);
  scenario.session(1, 1, model::Outcome::done);
  scenario.exercise(1, 1, *weighted, 6);
  scenario.exercise(1, 1, *bodyweight, 5);
  const auto adapted = scenario.adapted(2);
  expect_sound(scenario, adapted, 2);
  // Expected, bodyweight: never below the plan, and never more than the weekly ≤10% above week 1
  // (expect_sound): the planner's step already takes the 10%, so the step sooner waits for room.
  const auto* body_next = next_of(adapted, bodyweight->slug, 2);
  const auto* body_fresh = next_of(scenario.saved, bodyweight->slug, 2);
  ASSERT_NE(body_next, nullptr);
  EXPECT_GE(body_next->sets * amount(*body_next), body_fresh->sets * amount(*body_fresh));
  // Expected: with weight, one load step more than planned at the next appearance (two in the
  // week, about 10%), and the change named "faster" with both entries.
  const model::Session* in = nullptr;
  const auto* next = next_of(adapted, weighted->slug, 2, &in);
  const auto* fresh = next_of(scenario.saved, weighted->slug, 2);
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(next->load_step, fresh->load_step + 1);
  EXPECT_EQ(next->sets * amount(*next), fresh->sets * amount(*fresh));
  const auto change = std::find_if(in->adapted.begin(), in->adapted.end(),
                                   [&](const model::Adaptation& a) { return a.exercise == weighted->slug; });
  ASSERT_NE(change, in->adapted.end());
  EXPECT_EQ(change->change, AdaptChange::faster);
  EXPECT_EQ(change->causes.size(), 2u);
  EXPECT_TRUE(change->text.starts_with(weighted->name + " progressed a step sooner (RPE 5 on 2026-12-08, then RPE 6 on "))
      << change->text;
  // Once only: RPE 6 a single time changes nothing.
  Scenario once(8, gym_schedule());
  once.session(1, 0, model::Outcome::done);
  once.exercise(1, 0, *weighted, 6);
  const auto same = once.adapted(2);
  EXPECT_EQ(next_of(same, weighted->slug, 2)->load_step, fresh->load_step);
}

TEST(Adapt, TooHardTwiceReplacesTheExerciseByOneOfTheSameAreaAndLevel) {
  Scenario scenario(8, gym_schedule());
  const auto* hard = shared(scenario, true);
  ASSERT_NE(hard, nullptr);
  scenario.session(1, 0, model::Outcome::done);
  const auto& first = scenario.exercise(1, 0, *hard, 9);
  scenario.session(1, 1, model::Outcome::done);
  const auto& second = scenario.exercise(1, 1, *hard, 10);
  const auto adapted = scenario.adapted(2);
  expect_sound(scenario, adapted, 2);
  // Expected: the exercise never appears again; where the fresh plan had it, another exercise of
  // the same level sharing its first area and needing no other equipment stands in, or its home
  // substitute; each such session names both entries.
  if (const auto* again = next_of(adapted, hard->slug, 2)) {
    EXPECT_TRUE(again->substitute.has_value()) << hard->slug << ": only with its home substitute";
  }
  int replaced = 0;
  for (const auto& week : adapted.weeks) {
    for (const auto& session : week.sessions) {
      for (const auto& change : session.adapted) {
        if (change.exercise != hard->slug) continue;
        ++replaced;
        EXPECT_EQ(change.causes, (std::vector<model::AdaptCause>{{first.id, first.date}, {second.id, second.date}}));
        ASSERT_EQ(change.change, AdaptChange::replaced) << change.text;
        const auto stand = std::find_if(session.exercises.begin(), session.exercises.end(),
                                        [&](const model::SessionExercise& item) { return item.slug == *change.replacement; });
        ASSERT_NE(stand, session.exercises.end());
        EXPECT_EQ(stand->level_rank, hard->level_rank);
        EXPECT_NE(std::find(stand->areas.begin(), stand->areas.end(), hard->areas.front()), stand->areas.end());
        for (const auto& needed : stand->equipment) {
          EXPECT_NE(std::find(hard->equipment.begin(), hard->equipment.end(), needed), hard->equipment.end());
        }
      }
    }
  }
  EXPECT_GT(replaced, 0);
}

TEST(Adapt, PainStepsBackOnceThenReplacesIt) {
  Scenario scenario(8, gym_schedule());
  const auto* sore = shared(scenario, true);
  ASSERT_NE(sore, nullptr);
  scenario.session(1, 0, model::Outcome::done);
  scenario.exercise(1, 0, *sore, 7, true);
  const auto adapted = scenario.adapted(2);
  expect_sound(scenario, adapted, 2);
  // Expected after pain once: the next appearance is one load step below the dose lived.
  const model::Session* in = nullptr;
  const model::SessionExercise* next = nullptr;
  next = next_of(adapted, sore->slug, 2, &in);
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(next->load_step, std::max(0, sore->load_step - 1));
  ASSERT_FALSE(in->adapted.empty());
  EXPECT_EQ(in->adapted[0].change, AdaptChange::stepped_back);
  EXPECT_EQ(in->adapted[0].why, "pain on 2026-12-08");
  // Pain again at its next appearance: replaced from then on, with the physio advice.
  scenario.session(1, 1, model::Outcome::done);
  scenario.exercise(1, 1, *sore, 7, true);
  const auto twice = scenario.adapted(2);
  expect_sound(scenario, twice, 2);
  // Expected: every later session that had it names the change "replaced" (another exercise of
  // its area and level, or the same one with its home substitute) or "removed", with both entries,
  // and the words advise a physio.
  int changed = 0;
  for (const auto& week : twice.weeks) {
    for (const auto& session : week.sessions) {
      for (const auto& change : session.adapted) {
        if (change.exercise != sore->slug) continue;
        ++changed;
        EXPECT_EQ(change.causes.size(), 2u);
        EXPECT_TRUE(change.change == AdaptChange::replaced || change.change == AdaptChange::removed);
        EXPECT_NE(change.text.find("see a physio"), std::string::npos) << change.text;
        for (const auto& item : session.exercises) {
          if (item.slug == sore->slug) {
            EXPECT_TRUE(item.substitute.has_value()) << "only with its substitute";
          }
        }
      }
    }
  }
  EXPECT_GT(changed, 0);
}

TEST(Adapt, TooHardOnceWithALoadKeepsThatLoad) {
  Scenario scenario(8, gym_schedule());
  const auto* heavy = shared(scenario, true);
  ASSERT_NE(heavy, nullptr);
  scenario.session(1, 1, model::Outcome::done);
  scenario.exercise(1, 1, *heavy, 9);
  scenario.log.back().load = model::Load{16, model::LoadUnit::kg};
  const auto adapted = scenario.adapted(2);
  expect_sound(scenario, adapted, 2);
  // Expected: no load step added at the next appearance, and the cue names the load logged.
  const model::Session* in = nullptr;
  const auto* next = next_of(adapted, heavy->slug, 2, &in);
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(next->load_step, heavy->load_step);
  EXPECT_LT(next->load_step, next_of(scenario.saved, heavy->slug, 2)->load_step);
  EXPECT_EQ(next->load_cue, "keep 16kg (logged on " + format_date(scenario.at(1, 1).date) + "): add no load this time");
  ASSERT_EQ(in->adapted.size(), 1u);
  EXPECT_EQ(in->adapted[0].change, AdaptChange::held);
  EXPECT_EQ(in->adapted[0].why, "RPE 9 at 16kg on " + format_date(scenario.at(1, 1).date));
}

// Holding a dose at the normal pace undoes a tempo step the fresh plan took since.
TEST(AdaptTempo, HoldingADoseUndoesATempoStepTakenSince) {
  auto schedule = test::example_schedule();
  schedule.minutes = 45;
  schedule.equipment_choice = model::EquipmentChoice::gym;
  const auto plan = planner::build_plan(schedule, 12, "", test::synthetic_library(3), {}).plan;
  // The first main-block appearance at the slow tempo, and the one before it.
  const model::SessionExercise* tempo = nullptr;
  const model::Session* before = nullptr;
  int tempo_week = 0;
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      for (const auto& item : session.exercises) {
        if (tempo == nullptr && item.tempo && before != nullptr) {
          tempo = &item;
          tempo_week = week.number;
        }
      }
    }
    if (tempo != nullptr) break;
    for (const auto& session : week.sessions) before = &session;
  }
  ASSERT_NE(tempo, nullptr);
  // The last session before that week with the same exercise is skipped; every other one done.
  const model::Session* skipped = nullptr;
  std::vector<model::LogEntry> log;
  for (const auto& week : plan.weeks) {
    if (week.number >= tempo_week) break;
    for (const auto& session : week.sessions) {
      const bool has = std::any_of(session.exercises.begin(), session.exercises.end(),
                                   [&](const model::SessionExercise& item) { return item.slug == tempo->slug; });
      if (has) skipped = &session;
    }
  }
  ASSERT_NE(skipped, nullptr);
  for (const auto& week : plan.weeks) {
    if (week.number >= tempo_week) break;
    for (const auto& session : week.sessions) {
      model::LogEntry entry;
      entry.date = session.date;
      entry.outcome = &session == skipped ? model::Outcome::skipped : model::Outcome::done;
      log.push_back(entry);
    }
  }
  const Date today = plan.weeks[static_cast<std::size_t>(tempo_week - 1)].start;
  const auto adapted = planner::adapt_plan(plan, plan, log, today, {});
  const auto& week = adapted.weeks[static_cast<std::size_t>(tempo_week - 1)];
  const model::SessionExercise* held = nullptr;
  for (const auto& session : week.sessions) {
    for (const auto& item : session.exercises) {
      if (held == nullptr && item.slug == tempo->slug) held = &item;
    }
  }
  ASSERT_NE(held, nullptr);
  EXPECT_FALSE(held->tempo.has_value()) << held->slug << " held at the normal pace";
  EXPECT_GT(held->reps.value_or(0), tempo->reps.value_or(0)) << "the held reps, not the slow tempo's fewer";
}

}  // namespace
}  // namespace rs::test

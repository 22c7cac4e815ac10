#include "support/adapt_scenario.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "planner/adapt.hpp"
#include "planner/planner.hpp"

namespace rs::test {

Scenario::Scenario(int weeks, model::Schedule schedule, std::vector<model::Exercise> extra) {
  library = synthetic_library(3);
  library.insert(library.end(), extra.begin(), extra.end());
  saved = planner::build_plan(schedule, weeks, "", library, synthetic_tips()).plan;
}

model::LogEntry Scenario::session(int week, int index, model::Outcome outcome, std::optional<int> rpe) {
  model::LogEntry entry;
  entry.date = at(week, index).date;
  entry.outcome = outcome;
  entry.rpe = rpe;
  return add(entry);
}

model::LogEntry Scenario::exercise(int week, int index, const model::SessionExercise& item, std::optional<int> rpe,
                                    bool pain) {
  model::LogEntry entry;
  entry.kind = model::LogKind::exercise;
  entry.date = at(week, index).date;
  entry.slug = item.slug;
  entry.name = item.name;
  entry.sets = item.sets;
  entry.reps = item.reps;
  entry.seconds = item.seconds;
  entry.rpe = rpe;
  entry.pain = pain;
  return add(entry);
}

model::Plan Scenario::adapted(int week) const {
  const auto fresh = planner::build_plan(saved.schedule, saved.weeks_count, "", library, synthetic_tips()).plan;
  return planner::adapt_plan(saved, fresh, log, saved.weeks.at(static_cast<std::size_t>(week - 1)).start, library);
}

const model::Session& Scenario::at(int week, int index) const {
  return saved.weeks.at(static_cast<std::size_t>(week - 1)).sessions.at(static_cast<std::size_t>(index));
}

model::LogEntry Scenario::add(model::LogEntry entry) {
  entry.id = static_cast<long long>(log.size()) + 1;
  log.push_back(std::move(entry));
  return log.back();
}

// The first appearance of `slug` from week `from` on, and its session.
const model::SessionExercise* next_of(const model::Plan& plan, const std::string& slug, int from,
                                      const model::Session** in) {
  for (const auto& week : plan.weeks) {
    if (week.number < from) continue;
    for (const auto& session : week.sessions) {
      for (const auto& item : session.exercises) {
        if (item.slug != slug) continue;
        if (in != nullptr) *in = &session;
        return &item;
      }
    }
  }
  return nullptr;
}

// What every adapted plan must keep: the lived weeks exactly, the hard rules, the weekly ≤10%
// rule, the phases; every changed session says why, with entries of the log.
namespace {

// The same exercises at the same doses.
bool same_doses(const model::Session& a, const model::Session& b) {
  if (a.exercises.size() != b.exercises.size()) return false;
  for (std::size_t i = 0; i < a.exercises.size(); ++i) {
    const auto& x = a.exercises[i];
    const auto& y = b.exercises[i];
    if (x.slug != y.slug || x.sets != y.sets || x.reps != y.reps || x.seconds != y.seconds || x.load_step != y.load_step) {
      return false;
    }
  }
  return true;
}

}  // namespace

void expect_sound(const Scenario& scenario, const model::Plan& adapted, int first_ahead) {
  const auto fresh = planner::build_plan(scenario.saved.schedule, scenario.saved.weeks_count, "", scenario.library,
                                         synthetic_tips()).plan;
  EXPECT_EQ(hard_rule_violations(adapted), std::vector<std::string>{});
  EXPECT_EQ(weekly_rule_violations(adapted), std::vector<std::string>{});
  ASSERT_EQ(adapted.weeks.size(), scenario.saved.weeks.size());
  for (std::size_t w = 0; w < adapted.weeks.size(); ++w) {
    const auto& week = adapted.weeks[w];
    EXPECT_EQ(week.phase, scenario.saved.weeks[w].phase) << week.number;
    for (std::size_t s = 0; s < week.sessions.size(); ++s) {
      const auto& session = week.sessions[s];
      if (week.number < first_ahead) {
        EXPECT_EQ(session.note, scenario.saved.weeks[w].sessions[s].note) << "lived weeks are kept";
        EXPECT_TRUE(session.adapted.empty());
      }
      EXPECT_EQ(session.note, fresh.weeks[w].sessions[s].note) << "the coach's note stays";
      if (session.adapted.empty()) {
        EXPECT_TRUE(same_doses(session, fresh.weeks[w].sessions[s])) << "changed without a reason";
      }
      for (const auto& change : session.adapted) {
        ASSERT_FALSE(change.causes.empty()) << change.why;
        for (const auto& cause : change.causes) {
          EXPECT_TRUE(std::any_of(scenario.log.begin(), scenario.log.end(),
                                  [&](const model::LogEntry& entry) { return entry.id == cause.entry && entry.date == cause.date; }));
        }
      }
    }
  }
}

int amount(const model::SessionExercise& item) { return item.reps.value_or(0) + item.seconds.value_or(0); }

}  // namespace rs::test

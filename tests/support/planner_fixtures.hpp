#pragma once
// Synthetic exercise libraries and schedules for the planner tests, and a rule checker that
// re-derives the hard rules independently of the planner's own code.

#include <string>
#include <vector>

#include "model/library.hpp"
#include "model/plan.hpp"

namespace rs::test {

/// A library with `levels` levels (rank 0 = basics with two bodyweight moves). Every level from
/// rank 1 has exercises for core (hold), glutes, quads/hamstrings and calves (needs a step, with
/// the stairs as substitute), one needing weight with a rucksack substitute, one needing an ab
/// wheel with no substitute and one needing weight with no substitute.
std::vector<model::Exercise> synthetic_library(int levels);

/// Three coaching tips.
std::vector<model::Tip> synthetic_tips();

/// The example schedule: start 2026-12-07, mon rest, tue intervals, wed easy, thu tempo,
/// fri rest, sat easy, sun long; 2 sessions of 30 minutes, home equipment, new runner.
model::Schedule example_schedule();

/// Every hard-rule violation in `plan`, in words (empty when the plan is legal): the placement
/// rules, and the runner's choices (allowed days, runs kept as replace_runs says, light sessions
/// only and always the day before a long run with before_long: light, bodyweight after easy runs
/// for new runners, refusals only of chosen days that hold no session).
std::vector<std::string> hard_rule_violations(const model::Plan& plan);

/// Every breach of the weekly ≤10% rule and of the deload and taper cuts in `plan`, in words:
/// an exercise in a base or build week does at most a tenth more work (sets × reps or seconds;
/// one rep or second a set when a tenth is less) and at most two load steps more than in the last
/// base or build week before it, when it was in that week; a deload or taper week has at most 70% of the sets of
/// the week before it when that week is a base or build week.
std::vector<std::string> weekly_rule_violations(const model::Plan& plan);

}  // namespace rs::test

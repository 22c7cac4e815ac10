#pragma once
// The doses of an adapted plan (docs/log.md, "Adaptation"): where an exercise stands in the
// planner's progression, the dose some steps away, the weekly ≤10% rule, and what may stand in
// for an exercise that hurt or was too hard twice. Pure: used by planner/adapt.

#include <optional>
#include <string>
#include <vector>

#include "model/library.hpp"
#include "model/plan.hpp"

namespace rs::planner {

/// Work of one appearance: sets × reps (or hold seconds).
int work_of(const model::SessionExercise& item);

/// The weekly ≤10% rule (docs/planner.md, "Progression"): `after`, an exercise's dose one week
/// later than `before`, adds at most a tenth of the work (or one rep or second a set when a tenth
/// is less) and at most two load steps (about 5% each).
bool within_weekly_rule(const model::SessionExercise& before, const model::SessionExercise& after);

/// The progression step `item` stands at from the exercise's starting dose `start`: its load step
/// for an exercise with weight, else the first step whose sets and reps (or seconds) match, else
/// (sets cut in a deload or taper) the first whose reps or seconds match; nullopt when none does.
std::optional<int> step_of(const model::Dose& start, const model::SessionExercise& item);

/// `item` moved to progression step `step` from `start`: sets and reps or seconds for a bodyweight
/// exercise, the load step for one with weight.
model::SessionExercise at_step(const model::Dose& start, model::SessionExercise item, int step);

/// `item` no higher than `cap` in any of sets, reps or seconds and load step.
model::SessionExercise capped(model::SessionExercise item, const model::SessionExercise& cap);

/// What stands in for `item` in `session` of a week of `phase`, at progression step `step`: the
/// library's exercise of the same level that shares its first area, needs no equipment the item
/// does not, fits the runner's equipment, takes no longer, is not already in the session nor in
/// `barred`, and (in a light session) does not jump; the most areas shared first, then library
/// order. Else the same exercise with its home substitute for its equipment, when it has one and
/// did not use it. nullopt when nothing can.
std::optional<model::SessionExercise> stand_in(const model::SessionExercise& item, const model::Session& session,
                                               model::Phase phase, int step, const model::Schedule& schedule,
                                               const std::vector<model::Exercise>& library,
                                               const std::vector<std::string>& barred);

}  // namespace rs::planner

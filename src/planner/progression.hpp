#pragma once
// Progression over the weeks: which levels are in use, each week's phase, and how doses grow
// (docs/planner.md, "Progression").

#include <optional>
#include <vector>

#include "model/library.hpp"
#include "model/plan.hpp"

namespace rs::planner {

/// The library's distinct level ranks, ascending. Index 0 is the basics (warm-up) level.
std::vector<int> level_ranks(const std::vector<model::Exercise>& exercises);

/// The first week a level of global rank `rank` may appear: 1 for ranks 0 and 1; 1 + 3(rank-1)
/// for new runners, 1 + 2(rank-1) for returning ones, 1 for experienced ones.
int introduction_week(model::Experience experience, int rank);

/// The highest level index (into `ranks`, the library's level_ranks) in use in `week`: levels
/// come in order, never skipped; index 0 at least.
int top_level(model::Experience experience, int week, const std::vector<int>& ranks);

/// The lowest level index of the main block: 1 when the library has the basics (rank 0, the
/// warm-up's) and more, else 0.
int first_main_level(const std::vector<int>& ranks);

/// Level indexes the main block draws from when `top` is the highest in use: the top level and
/// the one below it (never below `first`, so never the basics unless they are all there is);
/// experienced runners use every level from `first` up to `top`.
std::vector<int> main_levels(model::Experience experience, int top, int first);

/// The starting dose after `steps` progression weeks: about +10% work a week, reps (or hold
/// seconds) first up to a cap, then one more set with reps back to the start, up to 4 sets.
model::Dose progressed_dose(const model::Dose& start, int steps);

/// A progressed prescription: the dose and, for an exercise with weight, its load increases.
struct Progress {
  model::Dose dose;   ///< Sets and reps (or hold seconds).
  int load_step = 0;  ///< Load increases since the start (exercises with weight only).
};

/// The prescription after `steps` progression weeks. Bodyweight: progressed_dose (reps or hold,
/// then sets). With weight: the coach's sets and reps held, one load increase a week, so only one
/// of reps, sets and load ever rises from one week to the next.
Progress progress(const model::Dose& start, int steps, bool weighted);

/// Sets after a deload or taper cut to `fraction_percent` percent (at least 1).
int reduced_sets(int sets, int fraction_percent);

/// Seconds a dose takes: each set is reps x 3 s (or the hold), twice when per side, plus 45 s rest.
int estimated_seconds(const model::Dose& dose);

}  // namespace rs::planner

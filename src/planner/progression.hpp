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

/// A progressed prescription: the dose, the slow tempo and, for an exercise with weight, its load increases.
struct Progress {
  model::Dose dose;    ///< Sets and reps (or hold seconds).
  bool tempo = false;  ///< Reps at the slow tempo 3-1-1 (the tempo step of the bodyweight ladder).
  int load_step = 0;   ///< Load increases since the start (exercises with weight only).
};

/// Which ladder an exercise climbs.
enum class Ladder {
  weighted,        ///< Sets and reps held, one load increase a week.
  bodyweight,      ///< Reps (or hold seconds) up to a cap, then one more set: holds and jumps.
  bodyweight_tempo ///< Reps up to a cap, then the slow tempo once, then one more set.
};

/// The ladder of an exercise: weighted when it needs weight, the tempo step for other rep
/// exercises that are not plyometric (a jump is done fast), else the plain bodyweight ladder.
Ladder ladder_of(const model::Exercise& exercise);

/// The starting dose after `steps` progression weeks on the plain bodyweight ladder: about +10%
/// work a week, reps (or hold seconds) first up to a cap, then one more set with reps back to
/// the start, up to 4 sets.
model::Dose progressed_dose(const model::Dose& start, int steps);

/// The prescription after `steps` progression weeks. Bodyweight: reps or hold up to a cap, then
/// (rep exercises of the tempo ladder, once) the slow tempo with reps cut so the time under
/// tension grows at most 10%, then sets. With weight: sets and reps held, one load increase a
/// week. So only one of reps, sets, tempo and load ever rises from one week to the next.
Progress progress(const model::Dose& start, int steps, Ladder ladder);

/// Sets after a deload or taper cut to `fraction_percent` percent, rounded to the nearest (at least 1):
/// 4 sets at 70% are 3, 2 sets are 1.
int reduced_sets(int sets, int fraction_percent);

/// Seconds a dose takes without its transition: each set is reps x 3 s (5 s at the slow tempo) or
/// the hold, twice when per side, with 45 s rest between sets (model/estimate.hpp).
int estimated_seconds(const model::Dose& dose, bool tempo = false);

}  // namespace rs::planner

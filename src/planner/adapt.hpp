#pragma once
// Adapting a re-built plan to the training log (docs/log.md, "Adaptation"): weeks already lived
// are kept as they happened, and the weeks ahead follow what the log says: a skipped session's
// exercises repeat their dose, too hard holds or steps back, pain removes the exercise, too easy
// progresses one step sooner. Pure: the app supplies the plans and the log.

#include <vector>

#include "model/plan.hpp"
#include "model/training_log.hpp"

namespace rs::planner {

/// RPE at or above which an exercise was too hard (hold, then step back).
inline constexpr int hard_rpe = 9;
/// RPE at or below which an exercise was easy (two running: progress one step sooner).
inline constexpr int easy_rpe = 6;

/// `fresh` (built anew from the same schedule) adapted to `log` (the saved plan's entries, by
/// date): every week of `saved` that holds a logged day or ended before `today` replaces the
/// fresh week of the same number unchanged; in the later weeks each exercise's dose is held,
/// stepped back, raised or the exercise removed by the rules above, and each changed session's
/// note starts with "Adapted:" and the log entries that caused it. Week totals and minutes follow.
model::Plan adapt_plan(const model::Plan& saved, model::Plan fresh, const std::vector<model::LogEntry>& log, Date today);

}  // namespace rs::planner

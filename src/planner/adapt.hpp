#pragma once
// Adapting a re-built plan to the training log (docs/log.md, "Adaptation"): weeks already lived
// are kept as they happened, and the weeks ahead follow what the log says (planner/adapt_log):
// a skipped session's exercises repeat their dose, a missed week gives a week of progression back,
// too hard holds, pain steps back, either twice swaps the exercise for one of the same area and
// level (or its substitute), too easy twice progresses a step sooner; always within the weekly
// ≤10% rule, the deload and taper cuts and the placement rules. Pure: the app supplies the plans,
// the log and the library.

#include <vector>

#include "model/library.hpp"
#include "model/plan.hpp"
#include "model/training_log.hpp"

namespace rs::planner {

/// `fresh` (built anew from the same schedule and `library`) adapted to `log` (the saved plan's
/// entries): every week of `saved` that holds a logged day or ended before `today` replaces the
/// fresh week of the same number unchanged; in the later weeks each exercise's dose is held,
/// stepped back, raised, or the exercise replaced or left out, by the rules above. Each changed
/// session lists its changes in `adapted`, each in words and with the log entries behind it; the
/// coach's note is left as it was. Week totals and minutes follow.
model::Plan adapt_plan(const model::Plan& saved, model::Plan fresh, const std::vector<model::LogEntry>& log, Date today,
                       const std::vector<model::Exercise>& library);

}  // namespace rs::planner

#pragma once
// A week's sessions after they are built: the cut of a deload, taper or recovery week spread
// evenly over its sessions, each session's target minutes, and the warning when the library
// cannot fill them (docs/planner.md, "Minutes").

#include <optional>
#include <string>
#include <vector>

#include "model/library.hpp"
#include "model/plan.hpp"

namespace rs::planner {

/// Main-block sets of the week's sessions.
int total_sets(const model::Week& week);

/// Cuts main-block work until the week's sets are at most `cap`: whole exercises first, each from
/// the session with the most sets left (so sessions shrink evenly), keeping every body-area group
/// and level the week works when it can; then single sets. `exercises` is the library, for the
/// areas of each exercise.
void trim_evenly(model::Week& week, int cap, const std::vector<model::Exercise>& exercises);

/// Whether a session is filled: its estimate is at least 80% of its target.
bool filled(const model::Session& session);

/// The least filled of the week's sessions that are not filled; none when every session is.
const model::Session* least_filled(const model::Week& week);

/// "these levels fill about 24 of 45 minutes (week 3, the least filled session) ...": the warning,
/// without its weeks, when sessions are not filled.
std::string fill_warning(const model::Session& least, int week);

}  // namespace rs::planner

#pragma once
// Building one session: the warm-up (mobility and dynamic stretching, shorter after a run, then
// the basics matched to the main block's areas, as activation) and a main block
// that covers the week's body areas and fits the runner's minutes (docs/planner.md, "Sessions").

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/library.hpp"
#include "model/plan.hpp"

namespace rs::planner {

/// An exercise the runner can do in a given session.
struct Candidate {
  const model::Exercise* exercise = nullptr;  ///< From the library.
  int level_index = 0;                        ///< Index into level_ranks.
  std::optional<std::string> substitute;      ///< Home substitute for missing equipment.
  int steps = 0;                              ///< Progression weeks since its level came in.
  int extra_sets = 0;                         ///< Sets added to the coach's start dose to fill the minutes (capped).
};

/// The most sets week 1 may add to fill the minutes.
inline constexpr int max_fill_sets = 2;

/// The most sets an exercise starts with when sets are added to fill a session: 3 for a new
/// runner (the ACSM's 1-3 sets for novices), 4 otherwise.
int max_start_sets(model::Experience experience);

/// The four groups every week must work: core; glutes or hips; quads or hamstrings; calves or ankles.
inline constexpr std::size_t area_group_count = 4;

/// Names of the groups, e.g. "glutes or hips".
const std::array<const char*, area_group_count>& area_group_names();

/// Whether an exercise works group `group`.
bool covers_group(const model::Exercise& exercise, std::size_t group);

/// Which groups are already worked this week.
using GroupCoverage = std::array<bool, area_group_count>;

/// What to build.
struct SessionRequest {
  Date date{};                          ///< The session's day.
  model::Phase phase = model::Phase::base;  ///< Deload, taper and race weeks cut sets.
  int minutes = 30;                     ///< The session's target: it fills toward it, never beyond.
  int rotation = 0;                     ///< Rotates the exercise order so sessions vary.
  int top_level = 0;                    ///< Highest level index in use (preferred in the main block).
  bool after_run = false;               ///< Placed after a run: the runner is warm, a shorter warm-up.
};

/// Builds the session's warm-up and main block and its minutes, and marks the groups it covers.
/// Placement, reason and note are left to the caller.
model::Session build_session(const std::vector<Candidate>& warmup_pool, const std::vector<Candidate>& main_pool,
                             const SessionRequest& request, GroupCoverage& coverage);

/// Fills what is left of the session's target with the warm-up's mobility block: the moves of
/// the basics not in it yet (one set each), then a second set of each, while the estimate stays
/// within the target. Recomputes the minutes.
void add_mobility(model::Session& session, const std::vector<Candidate>& warmup_pool, int rotation);

/// Recomputes a session's minutes and focus (areas of the main block, in vocabulary order) from
/// its exercises, e.g. after sets were cut.
void finish_session(model::Session& session);

}  // namespace rs::planner

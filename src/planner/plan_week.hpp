#pragma once
// Planning one week: placement, candidate exercises for each session, session building, deload
// and taper cuts, coverage checks. Used by build_plan (planner.hpp).

#include <optional>
#include <string>
#include <vector>

#include "model/library.hpp"
#include "model/plan.hpp"
#include "planner/equipment.hpp"
#include "planner/races.hpp"

namespace rs::planner {

/// What stays the same for every week of a plan.
struct PlanContext {
  const model::Schedule& schedule;              ///< Validated schedule.
  const std::vector<model::Exercise>& exercises;  ///< The library.
  const std::vector<model::Tip>& tips;          ///< Coaching tips for the session notes.
  std::vector<int> ranks;                       ///< level_ranks(exercises).
  std::vector<model::Phase> phases;             ///< Phase of each week, index 0 = week 1.
  std::vector<Availability> availability;       ///< equipment_availability of each exercise, once per plan.
  std::vector<WeekRecovery> recovery;           ///< week_recovery of each week, index 0 = week 1.
  int extra_sets = 0;                           ///< Sets week 1 adds to every start dose to fill the minutes (planner.cpp).
};

/// What carries over from one week to the next.
struct WeekState {
  std::optional<Date> last_session;  ///< Latest strength day so far (48-hour rule across weeks).
  int previous_total_sets = -1;      ///< Main-block sets of the week before (-1 before week 1).
  int frozen_top = -1;               ///< Top level kept through taper and race weeks.
  int sessions_so_far = 0;           ///< Sessions planned before this week (tip rotation).
  int last_full_sets = -1;           ///< Main-block sets of the latest base or build week (-1: none yet).
};

/// A planned week with its warnings and `--explain` lines.
struct WeekOutcome {
  model::Week week;                      ///< The week.
  std::vector<std::string> warnings;     ///< Without the "week N:" prefix.
  std::vector<std::string> explanation;  ///< Heading and one line per weekday.
};

/// Plans week `number` (1-based) and updates `state`.
WeekOutcome plan_week(const PlanContext& context, int number, WeekState& state);

}  // namespace rs::planner

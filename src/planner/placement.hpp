#pragma once
// Placing a week's strength sessions around the runner's runs: the hard rules that are never
// broken, then the preferences by experience (docs/planner.md, "Placement").

#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"

namespace rs::planner {

/// The run on `date`: the race day overrides the weekly pattern.
model::RunType run_on(const model::Schedule& schedule, Date date);

/// The hard rule that forbids strength on `date`, or nullopt when the day is legal.
/// `last_session` is the latest strength day before `date` (48 hours apart rule).
std::optional<std::string> hard_rule_violation(const model::Schedule& schedule, Date date,
                                               std::optional<Date> last_session);

/// What a legal day would be: replaces-run, rest-day, after-easy-run or after-hard-run.
model::Placement placement_for(model::RunType run, model::Experience experience);

/// 0 for the most preferred placement for this experience, higher is less preferred.
int preference_rank(model::Placement placement, model::Experience experience);

/// One sentence saying why a session sits where it does (the session's `reason`).
std::string placement_reason(model::Placement placement, model::RunType run, model::Experience experience);

/// The decision for one day of the week.
struct DayChoice {
  Date date{};                                ///< The day.
  model::RunType run = model::RunType::rest;  ///< The run on it.
  bool legal = false;                         ///< No hard rule forbids strength.
  bool chosen = false;                        ///< A session is placed here.
  std::optional<model::Placement> placement;  ///< For legal days.
  std::string why;                            ///< Why it was or was not chosen.
};

/// A placed week.
struct WeekPlacement {
  std::vector<DayChoice> days;  ///< Seven days from the week's start.
  std::vector<Date> chosen;     ///< Session days, in date order.
  std::string shortfall;        ///< Why fewer than wanted were placed; empty when all fit.
};

/// Places up to `wanted` sessions in the seven days from `week_start`. Deterministic.
WeekPlacement place_week(const model::Schedule& schedule, Date week_start, int wanted,
                         std::optional<Date> last_session);

}  // namespace rs::planner

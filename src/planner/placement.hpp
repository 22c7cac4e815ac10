#pragma once
// Placing a week's strength sessions around the runner's runs: the hard rules that are never
// broken, then the preferences by experience (docs/planner.md, "Placement").

#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"

namespace rs::planner {

/// The run on `date`: a race day, else a dated override (`dates:`), else the weekly pattern.
model::RunType run_on(const model::Schedule& schedule, Date date);

/// Where the run on `date` comes from: a `dates:` override, else the calendar, else the week.
model::RunSource run_source(const model::Schedule& schedule, Date date);

/// The hard rule that forbids strength on `date`, or nullopt when the day is legal.
/// `last_session` is the latest strength day before `date` (48 hours apart rule).
std::optional<std::string> hard_rule_violation(const model::Schedule& schedule, Date date,
                                               std::optional<Date> last_session);

/// Whether a legal day may hold only a light session: the day before a long run when the runner
/// set `strength.before_long: light` (otherwise hard_rule_violation refuses that day).
bool light_only(const model::Schedule& schedule, Date date);

/// What a legal day would be if its run is not replaced: rest-day, after-easy-run or after-hard-run.
/// A new runner's easy or recovery run gives replaces-run (whether the week may replace it is
/// decided by place_week).
model::Placement placement_for(model::RunType run, model::Experience experience);

/// 0 for the most preferred placement for this experience, higher is less preferred.
int preference_rank(model::Placement placement, model::Experience experience);

/// One sentence saying why a session sits where it does (the session's `reason`).
std::string placement_reason(model::Placement placement, model::RunType run, model::Experience experience);

/// The reason of a light session the day before a long run.
std::string light_reason(model::RunType run);

/// The decision for one day of the week.
struct DayChoice {
  Date date{};                                ///< The day.
  model::RunType run = model::RunType::rest;  ///< The run on it.
  bool legal = false;                         ///< No hard rule forbids strength.
  bool chosen = false;                        ///< A session is placed here.
  bool light = false;                         ///< Only a light session may go here.
  std::optional<model::Placement> placement;  ///< For legal days.
  std::string why;                            ///< Why it was or was not chosen.
};

/// A placed week.
struct WeekPlacement {
  std::vector<DayChoice> days;  ///< Seven days from the week's start.
  std::vector<Date> chosen;     ///< Session days, in date order.
  std::string shortfall;        ///< Why fewer than wanted were placed; empty when all fit.
  std::vector<model::Refusal> refusals;  ///< The runner's chosen days that a hard rule refused.
};

/// Places up to `wanted` sessions in the seven days from `week_start`, only on the runner's allowed
/// days. A new runner's runs are replaced as `schedule.replace_runs` allows (by default recovery
/// runs, and easy runs only while the week keeps at least three runs). Deterministic.
WeekPlacement place_week(const model::Schedule& schedule, Date week_start, int wanted,
                         std::optional<Date> last_session);

}  // namespace rs::planner

#pragma once
// The planning use cases: make a plan from the runner's schedule and the library, re-plan a saved
// plan in place (keeping its identity and calendar UIDs), and find or delete saved plans.

#include <optional>
#include <string>
#include <vector>

#include "app/athletes.hpp"
#include "model/plan.hpp"
#include "planner/schedule_reader.hpp"
#include "store/database.hpp"
#include "util/date.hpp"

namespace rs::app {

/// Command-line values over the schedule (start, race, experience, sessions, minutes, equipment, week).
using ScheduleOverrides = planner::ScheduleOverrides;

/// Plan length when none is given.
inline constexpr int default_weeks = planner::default_weeks;

/// What the runner asked for.
struct PlanRequest {
  AthleteChoice athlete;                     ///< `--athlete`; else the library's only athlete.
  std::optional<std::string> schedule_file;  ///< A schedule YAML file (`--schedule`); else the saved one.
  ScheduleOverrides overrides;               ///< Command-line values over the schedule.
  std::optional<std::string> runs_file;      ///< An iCalendar running plan (`--runs`); else the saved one.
  std::optional<int> weeks;                  ///< Plan length; default planner::default_weeks (a
                                             ///< re-plan keeps the saved plan's).
  bool until_race = false;                   ///< Plan up to the A race and its recovery (`--until-race`).
  std::string name;                          ///< Plan name; empty: the default (a re-plan keeps its own).
  bool save = true;                          ///< Save the new plan (a re-plan always saves).
  Date today = today_utc();                  ///< "Today", for the default start and date checks.
};

/// A plan made or re-made, with what the runner should be told.
struct PlanOutcome {
  model::Plan plan;                      ///< Saved (id set) unless the request said not to.
  std::vector<std::string> explanation;  ///< Per-day reasoning (`--explain`).
  std::vector<std::string> notes;        ///< Notes for the runner (e.g. "no schedule saved ...").
  /// Set when the plan was not saved because it is identical to this saved plan (the newest plan
  /// built from the same schedule); `plan` is then that saved plan.
  std::optional<long long> identical_to;
};

/// Builds a plan from the schedule (the request's file, else the saved one, else the default
/// week with a note), the overrides and the library, and saves it unless asked not to or unless it
/// is identical (name, schedule, weeks, sessions) to the newest saved plan of the same schedule. Throws
/// rs::Error (usage) for a bad schedule or value, and when the library has no exercises.
PlanOutcome make_plan(store::Database& db, const PlanRequest& request);

/// One athlete's new plan from `plan --all`.
struct AthletePlan {
  std::string athlete;  ///< The athlete's name.
  PlanOutcome outcome;  ///< Their plan and notes.
};

/// Makes a plan for every athlete from their own saved schedule (else the default week), as
/// make_plan with `request` (whose athlete and schedule file must be unset: usage error), in one
/// transaction: when one athlete's plan fails, no plan is saved.
std::vector<AthletePlan> plan_all(store::Database& db, const PlanRequest& request);

/// Rebuilds saved plan `id` on today's library: its schedule and length unless the request gives
/// them, its name unless the request names it; same id, identity and calendar UIDs, SEQUENCE
/// raised where a session changed (app/replan.hpp), adapted to the plan's training log when it
/// has entries (replan_with_log). Throws rs::Error (usage) for an unknown id or a request with
/// save = false or naming another athlete than the plan's.
PlanOutcome replan_saved_plan(store::Database& db, long long id, const PlanRequest& request);

/// replan_saved_plan adapted to plan `id`'s training log (planner/adapt.hpp): weeks with logged
/// days, and with `from_today` every week ended before request.today, are kept as they happened;
/// the weeks ahead follow the log. Without log entries and `from_today` it is replan_saved_plan.
PlanOutcome replan_with_log(store::Database& db, long long id, const PlanRequest& request, bool from_today);

/// Saved plan `id`; throws rs::Error (usage) naming the id when there is none.
model::Plan saved_plan(store::Database& db, long long id);

/// Deletes saved plan `id`; throws rs::Error (usage) naming the id when there is none, and when
/// the plan has training log entries unless `force` (the entries are kept, detached from it).
void delete_saved_plan(store::Database& db, long long id, bool force = false);

}  // namespace rs::app

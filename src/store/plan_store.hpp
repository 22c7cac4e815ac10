#pragma once
// Saved plans: save, load, list, delete and overwrite in place, plus the runner's saved schedule.
// Plans keep copies of exercise names, videos and doses (migrations/0003_plans.sql).

#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "store/database.hpp"

namespace rs::store {

/// One row of `runstrength plans`.
struct PlanSummary {
  long long id = 0;        ///< Plan id.
  std::string name;        ///< Name.
  std::string start;       ///< First day, YYYY-MM-DD.
  int weeks = 0;           ///< Length in weeks.
  int sessions = 0;        ///< Strength sessions in the whole plan.
  std::string saved_at;    ///< UTC "YYYYMMDDTHHMMSSZ".
};

/// Saves a new plan in one transaction. Sets plan.id, plan.identity (created once, from the new id
/// and the creation time), plan.saved_at (now, UTC) and every session's uid
/// ("<identity>-w<week>-s<n>@runstrength"). Session sequences are stored as given (0 for new plans).
void save_plan(Database& db, model::Plan& plan);

/// Overwrites saved plan `id` with `plan`'s content, keeping its id, identity and creation time.
/// Sets plan.id, plan.identity, plan.saved_at (now) and the uids; stores each session's `sequence`
/// as given (the caller raises it for sessions that changed). Throws a usage error if `id` is unknown.
void replace_plan(Database& db, long long id, model::Plan& plan);

/// Loads saved plan `id`, or nullopt when there is none.
std::optional<model::Plan> load_plan(Database& db, long long id);

/// All saved plans, newest id first.
std::vector<PlanSummary> list_plans(Database& db);

/// Deletes plan `id` with its weeks, sessions and exercises; false when there was none.
bool delete_plan(Database& db, long long id);

/// Stores the runner's schedule YAML text (`runstrength schedule set`).
void save_runner_schedule(Database& db, const std::string& yaml_text);

/// The runner's saved schedule YAML text, if any.
std::optional<std::string> load_runner_schedule(Database& db);

/// Stores the runner's calendar (`schedule import`): its iCalendar text and the file it came from.
void save_runner_calendar(Database& db, const std::string& ics_text, const std::string& file_name);

/// A saved calendar: its iCalendar text and the file it was imported from.
struct SavedCalendar {
  std::string text;  ///< iCalendar text.
  std::string file;  ///< The imported file's path, for messages.
};

/// The runner's saved calendar, if any.
std::optional<SavedCalendar> load_runner_calendar(Database& db);

}  // namespace rs::store

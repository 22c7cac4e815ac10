#pragma once
// The training log's use cases (docs/log.md): mark a day's session done, skipped or partial, record
// what was done of one exercise, take a whole file of entries at once, and read the log back
// (`history`, `progress`). Every bad value is an rs::Error of kind usage (exit 2).

#include <optional>
#include <string>
#include <vector>

#include "app/athletes.hpp"
#include "model/training_log.hpp"
#include "store/database.hpp"
#include "util/date.hpp"

namespace rs::app {

/// `log DATE done|skipped|partial`, as typed.
struct SessionLogRequest {
  std::string date;                  ///< YYYY-MM-DD, not after `today`.
  std::string outcome;               ///< done, skipped or partial.
  std::optional<int> rpe;            ///< 1..10.
  std::string note;                  ///< One line.
  std::optional<long long> plan_id;  ///< Default: the athlete's current (newest) plan.
  Date today = today_utc();          ///< For the date check.
  AthleteChoice athlete;             ///< Whose log (default: the library's only athlete).
};

/// `log DATE exercise NAME|SLUG`, as typed.
struct ExerciseLogRequest {
  std::string date;                  ///< YYYY-MM-DD, not after `today`.
  std::string exercise;              ///< Name or slug, any case.
  int sets = 0;                      ///< 1..20.
  std::optional<int> reps;           ///< Reps per set; exactly one of reps and seconds.
  std::optional<int> seconds;        ///< Seconds per set.
  std::optional<std::string> load;   ///< "16kg", "35lb".
  std::optional<int> rpe;            ///< 1..10.
  bool pain = false;                 ///< Pain during or after it.
  std::string note;                  ///< One line.
  std::optional<long long> plan_id;  ///< Default: the athlete's current (newest) plan.
  Date today = today_utc();          ///< For the date check.
  AthleteChoice athlete;             ///< Whose log (default: the library's only athlete).
};

/// Records how the session of a date went. The plan must have a session that day. Returns the
/// saved entry.
model::LogEntry log_session(store::Database& db, const SessionLogRequest& request);

/// Records one exercise; an exercise the plan has no session with that day is marked extra.
/// Unknown exercises are refused with the nearest names ("did you mean").
model::LogEntry log_exercise(store::Database& db, const ExerciseLogRequest& request);

/// Reads a YAML or CSV log file and saves all its entries in one transaction, or none: the first
/// bad entry throws rs::Error (usage) naming the file and line. Returns the saved entries.
std::vector<model::LogEntry> log_file(store::Database& db, const std::string& path, Date today = today_utc(),
                                      const AthleteChoice& athlete = {});

/// The log between two dates (inclusive, "YYYY-MM-DD" or empty for open), detached entries included.
std::vector<model::LogEntry> history(store::Database& db, const std::string& from, const std::string& to,
                                     const AthleteChoice& athlete = {});

/// One exercise's entries over time.
struct Progress {
  std::string slug;                     ///< The exercise.
  std::string name;                     ///< Its name.
  std::vector<model::LogEntry> entries; ///< Its entries by date.
};

/// The entries of one exercise, by name or slug (library exercises and logged ones); unknown
/// names are refused with "did you mean".
Progress progress(store::Database& db, const std::string& exercise, const AthleteChoice& athlete = {});

}  // namespace rs::app

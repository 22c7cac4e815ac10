#pragma once
// The runner's saved schedule: checking and saving a schedule file, and showing the saved one (or
// the documented default week when none is saved).

#include <string>

#include "app/athletes.hpp"
#include "model/plan.hpp"
#include "store/database.hpp"
#include "util/date.hpp"

namespace rs::app {

/// Checks the schedule YAML file at `path` and saves its text as the athlete's schedule. A bad file
/// is refused (rs::Error, usage, naming the file) and the saved schedule stays as it was.
void save_schedule_file(store::Database& db, const std::string& path, Date today = today_utc(),
                        const AthleteChoice& athlete = {});

/// The schedule `schedule show` prints.
struct ScheduleText {
  std::string yaml;         ///< The saved text, or the default week as YAML.
  bool is_default = false;  ///< True when nothing is saved.
};

/// The athlete's saved schedule text, or the default week starting after `today`.
ScheduleText schedule_text(store::Database& db, Date today = today_utc(), const AthleteChoice& athlete = {});

/// The saved schedule, read, or the default week starting after `today` (`schedule show --json`).
model::Schedule current_schedule(store::Database& db, Date today = today_utc(), const AthleteChoice& athlete = {});

}  // namespace rs::app

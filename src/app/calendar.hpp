#pragma once
// The runner's running plan from a calendar: importing an iCalendar file into the saved schedule
// (`schedule import`), and laying a calendar over a schedule before planning (`plan --runs`).

#include <optional>
#include <string>
#include <vector>

#include "app/athletes.hpp"
#include "model/plan.hpp"
#include "store/database.hpp"
#include "util/date.hpp"

namespace rs::app {

/// Weeks of a calendar read from the plan's start: the longest plan.
inline constexpr int calendar_weeks = 52;

/// What `schedule import` read.
struct CalendarImport {
  std::size_t events = 0;             ///< Event occurrences in the 52 weeks from the next Monday.
  std::size_t weeks = 0;              ///< Weeks the calendar covers in them.
  std::size_t races = 0;              ///< Races found.
  std::vector<std::string> warnings;  ///< Unmatched events, skipped events.
};

/// Reads the iCalendar file at `path`, checks it over the 52 weeks from the Monday after `today`
/// and saves it with the athlete's schedule. A bad file is refused (rs::Error, usage, naming the file, and the
/// line of a malformed one) and the saved calendar stays as it was.
CalendarImport import_calendar_file(store::Database& db, const std::string& path, Date today = today_utc(),
                                    const AthleteChoice& athlete = {});

/// The iCalendar text at `path`, refused past calendar::max_file_bytes before it is read.
std::string read_calendar_file(const std::string& path);

/// Lays the calendar `text` (named `source`) over `schedule` from its start for calendar_weeks:
/// sets schedule.calendar and adds the calendar's races. Returns the warnings to show.
std::vector<std::string> apply_calendar(model::Schedule& schedule, const std::string& text, const std::string& source);

}  // namespace rs::app

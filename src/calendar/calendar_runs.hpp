#pragma once
// The runner's running plan from a calendar: each day's run type and the races, from the events of
// an iCalendar file (docs/planner.md, "The running plan from a calendar").

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/run_types.hpp"
#include "model/plan.hpp"
#include "util/date.hpp"

namespace rs::calendar {

/// The days a calendar gives in a date range.
struct CalendarRuns {
  /// Every day of each Monday-to-Sunday week holding an event: the hardest run that day, rest on
  /// days without one. Weeks without events are absent (they fall back to `week:`).
  std::map<Date, model::RunType> days;
  std::vector<model::Race> races;     ///< Race events, in date order.
  std::vector<std::string> warnings;  ///< Unmatched events (title and date), skipped events.
  std::size_t events = 0;             ///< Event occurrences read in the range.
};

/// Reads iCalendar `text` (named `source` in messages) for the dates [from, until) and classifies
/// its events with `rules`; `zone` places UTC times when the file names no zone. Throws rs::Error
/// (usage, naming the file and line) as read_events does.
CalendarRuns read_calendar_runs(std::string_view text, const std::string& source, const RunTypeRules& rules,
                                Date from, Date until, const std::optional<std::string>& zone = std::nullopt);

}  // namespace rs::calendar

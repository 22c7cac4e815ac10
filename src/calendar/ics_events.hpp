#pragma once
// Reading the events of an iCalendar file with libical: each event's occurrences as local dates in
// a date range, recurrences (RRULE, RDATE, EXDATE, RECURRENCE-ID) expanded within bounds
// (docs/planner.md, "Limits of a calendar").

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/run_types.hpp"
#include "util/date.hpp"

namespace rs::calendar {

/// Largest calendar file read, in bytes (10 MB).
inline constexpr std::size_t max_file_bytes = 10 * 1024 * 1024;
/// Most VEVENTs read from one file.
inline constexpr std::size_t max_events = 50000;
/// Most occurrences one recurring event may give.
inline constexpr std::size_t max_occurrences_per_event = 1000;
/// Most recurrence steps tried per event before its expansion stops (FREQ=SECONDLY and the like).
inline constexpr std::size_t max_recurrence_steps = 20000;
/// Most recurrence steps of all the events of a file together (a step takes about 2 us in libical).
inline constexpr std::size_t max_calendar_recurrence_steps = 500000;
/// Most processor time, in seconds, that expanding a file's recurring events may take: a rule that
/// never matches makes libical search up to the year 2582 inside one step (0.2 s for MONTHLY).
inline constexpr long max_expansion_seconds = 2;

/// One occurrence of an event, on its local date.
struct Occurrence {
  Date date{};      ///< Local date (the event's TZID, else the calendar's zone for UTC times).
  EventText text;   ///< What classification reads.
};

/// The occurrences of a file's events in a date range, with what was skipped.
struct ReadEvents {
  std::vector<Occurrence> occurrences;  ///< In file order, then date order per event.
  std::vector<std::string> warnings;    ///< Events without a date, truncated or unread rules.
};

/// Reads the events of iCalendar `text` whose dates fall in [from, until). `source` names the file
/// in messages; `zone` (an IANA name) places UTC times when the file names no zone of its own.
/// Throws rs::Error (usage) naming the file for a file over max_file_bytes, binary bytes (with
/// their line), text that is not an iCalendar VCALENDAR, and what parse_calendar_text refuses
/// (malformed lines and the limits, with their line; more than max_events events), and recurring
/// events that take more than max_calendar_recurrence_steps or max_expansion_seconds together. A rule repeating by the
/// second, minute or hour with BY parts is not expanded (a warning): libical may not return.
ReadEvents read_events(std::string_view text, const std::string& source, Date from, Date until,
                       const std::optional<std::string>& zone = std::nullopt);

}  // namespace rs::calendar

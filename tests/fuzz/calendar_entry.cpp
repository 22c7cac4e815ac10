// The fuzz_calendar entry (tests/fuzz/entries.hpp): an iCalendar file read into the runner's days
// and races, as `schedule import` and `plan --runs` read one.
#include <algorithm>
#include <chrono>
#include <cstdio>

#include "calendar/calendar_runs.hpp"
#include "calendar/ics_events.hpp"
#include "calendar/run_types.hpp"
#include "fuzz/entries.hpp"
#include "util/error.hpp"

namespace rs::fuzz {

namespace {

void check(bool condition, const std::string& what) {
  if (!condition) throw InvariantError(what);
}

// Most warnings a file may give: 20 unmatched events and their count, and per event at most two
// (no DTSTART; repeating too often, a sub-daily rule not read) for at most max_events events.
constexpr std::size_t max_warnings = 21 + 2 * calendar::max_events;

Date fuzz_calendar_until() { return fuzz_calendar_from() + std::chrono::days{7 * 52}; }

const calendar::RunTypeRules& rules() {
  static const calendar::RunTypeRules loaded = calendar::load_run_type_rules();
  return loaded;
}

calendar::CalendarRuns read(std::string_view bytes) {
  return calendar::read_calendar_runs(bytes, "fuzz.ics", rules(), fuzz_calendar_from(), fuzz_calendar_until());
}

void check_runs(const calendar::CalendarRuns& runs) {
  const Date from = fuzz_calendar_from();
  const Date until = fuzz_calendar_until();
  for (const auto& [date, type] : runs.days) {
    check(date >= from && date < until, format_date(date) + " outside the dates read");
    const Date monday = date - std::chrono::days{weekday_index(date)};
    for (int offset = 0; offset < 7; ++offset) {
      check(runs.days.count(monday + std::chrono::days{offset}) == 1, "the week of " + format_date(date) + " is not whole");
    }
  }
  for (std::size_t i = 0; i < runs.races.size(); ++i) {
    const auto& race = runs.races[i];
    check(i == 0 || runs.races[i - 1].date < race.date, "races not in date order");
    const auto day = runs.days.find(race.date);
    check(day != runs.days.end() && day->second == model::RunType::race,
          "the race on " + format_date(race.date) + " is not the run of its day");
    // The distances a schedule's `races:` takes (planner::parse_race_distance).
    check(!race.distance_km || (*race.distance_km > 0 && *race.distance_km <= 1000 * 1.609344),
          "a race distance out of range");
  }
  check(runs.days.empty() || runs.events > 0, "calendar days without an event");
  check(runs.warnings.size() <= max_warnings, std::to_string(runs.warnings.size()) + " warnings");
  check(runs.days.size() <= 7 * 52 && runs.races.size() <= 7 * 52, "more days than the dates read");
}

}  // namespace

Date fuzz_calendar_from() { return Date{std::chrono::year{2027} / std::chrono::January / 4}; }

Outcome calendar_entry(std::string_view bytes) {
  calendar::CalendarRuns runs;
  try {
    runs = read(bytes);
  } catch (const Error&) {
    return Outcome::rejected;
  }
  check_runs(runs);
  return Outcome::accepted;
}

std::string calendar_outcome(std::string_view bytes) {
  try {
    const auto runs = read(bytes);
    std::string text = "accepted: " + std::to_string(runs.events) + " events, " + std::to_string(runs.days.size()) +
                       " days, " + std::to_string(runs.races.size()) + " races\n";
    for (const auto& [date, type] : runs.days) {
      if (type != model::RunType::rest) text += format_date(date) + " " + std::string(model::to_string(type)) + "\n";
    }
    for (const auto& race : runs.races) {
      char distance[32] = "-";
      if (race.distance_km) std::snprintf(distance, sizeof distance, "%.3f km", *race.distance_km);
      text += "race " + format_date(race.date) + " " + distance + " " + std::string(model::to_string(race.priority)) + "\n";
    }
    for (const auto& warning : runs.warnings) text += "warning: " + warning + "\n";
    text.pop_back();  // the replay test adds the last newline
    return text;
  } catch (const Error& error) {
    return std::string("rejected: ") + error.what();
  }
}

}  // namespace rs::fuzz

#include "calendar/calendar_runs.hpp"

#include <algorithm>

#include "calendar/ics_events.hpp"

namespace rs::calendar {

namespace {

using model::RunType;

// Unmatched-event warnings kept; the rest are counted.
constexpr std::size_t max_unmatched_warnings = 20;

Date monday_of(Date date) { return date - std::chrono::days{weekday_index(date)}; }

}  // namespace

CalendarRuns read_calendar_runs(std::string_view text, const std::string& source, const RunTypeRules& rules,
                                Date from, Date until, const std::optional<std::string>& zone) {
  auto read = read_events(text, source, from, until, zone);
  CalendarRuns runs;
  runs.warnings = std::move(read.warnings);
  runs.events = read.occurrences.size();
  std::map<Date, RunType> hardest;
  std::map<Date, model::Race> races;
  std::size_t unmatched = 0;
  for (const auto& occurrence : read.occurrences) {
    // A week with any event, even one that is not a run, is the calendar's week.
    const Date monday = monday_of(occurrence.date);
    for (int offset = 0; offset < 7; ++offset) {
      const Date day = monday + std::chrono::days{offset};
      if (day >= from && day < until) runs.days.try_emplace(day, RunType::rest);
    }
    const auto found = classify(rules, occurrence.text);
    if (found.kind == EventKind::ignored) continue;
    if (found.kind == EventKind::unmatched && ++unmatched <= max_unmatched_warnings) {
      runs.warnings.push_back(source + ": " + format_date(occurrence.date) + " \"" + occurrence.text.summary +
                              "\": no run type matches: taken as an easy run");
    }
    auto& day = runs.days[occurrence.date];
    if (hardness(found.type) > hardness(day)) day = found.type;
    if (found.type == RunType::race && races.count(occurrence.date) == 0) {
      races[occurrence.date] = model::Race{occurrence.date, found.distance_km, found.priority};
    }
  }
  if (unmatched > max_unmatched_warnings) {
    runs.warnings.push_back(source + ": " + std::to_string(unmatched - max_unmatched_warnings) +
                            " more events match no run type: taken as easy runs");
  }
  for (const auto& [date, race] : races) runs.races.push_back(race);
  return runs;
}

}  // namespace rs::calendar

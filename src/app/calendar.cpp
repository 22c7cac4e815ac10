#include "app/calendar.hpp"

#include <filesystem>
#include <set>

#include "calendar/calendar_runs.hpp"
#include "calendar/ics_events.hpp"
#include "planner/schedule_reader.hpp"
#include "store/athlete_store.hpp"
#include "store/plan_store.hpp"
#include "util/error.hpp"
#include "util/read_file.hpp"

namespace rs::app {

namespace {

calendar::CalendarRuns read_runs(const std::string& text, const std::string& source, Date from,
                                 const std::optional<std::string>& zone) {
  const auto rules = calendar::load_run_type_rules();
  return calendar::read_calendar_runs(text, source, rules, from, from + std::chrono::days{7 * calendar_weeks}, zone);
}

}  // namespace

std::string read_calendar_file(const std::string& path) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  if (error) throw_usage("cannot read " + path);
  if (size > calendar::max_file_bytes) {
    throw Error(path + ": " + std::to_string(size) + " bytes: a calendar file may hold at most 10 MB",
                ErrorKind::usage);
  }
  auto text = read_whole_file(path);
  if (!text) throw_usage("cannot read " + path);
  return std::move(*text);
}

CalendarImport import_calendar_file(store::Database& db, const std::string& path, Date today,
                                    const AthleteChoice& athlete) {
  const long long athlete_id = resolve_athlete(db, athlete);
  const std::string text = read_calendar_file(path);
  std::optional<std::string> zone;
  if (const auto saved = store::load_athlete_schedule(db, athlete_id)) {
    zone = planner::parse_schedule(*saved, "saved schedule", today).timezone;
  }
  const auto runs = read_runs(text, path, next_monday(today), zone);  // throws before anything is saved
  store::save_athlete_calendar(db, athlete_id, text, path);
  CalendarImport report;
  report.events = runs.events;
  report.races = runs.races.size();
  report.warnings = runs.warnings;
  std::set<Date> mondays;
  for (const auto& [date, type] : runs.days) mondays.insert(date - std::chrono::days{weekday_index(date)});
  report.weeks = mondays.size();
  return report;
}

std::vector<std::string> apply_calendar(model::Schedule& schedule, const std::string& text, const std::string& source) {
  auto runs = read_runs(text, source, schedule.start, schedule.timezone);
  schedule.calendar = std::move(runs.days);
  for (const auto& race : runs.races) {
    // `dates:` and the schedule's own races win over the calendar.
    if (schedule.dates.count(race.date) == 0 && model::race_on(schedule, race.date) == nullptr) {
      planner::add_race(schedule, race);
    }
  }
  return std::move(runs.warnings);
}

}  // namespace rs::app

// Command-line overrides of the schedule and the schedule's validation (schedule_reader.hpp).
#include <algorithm>
#include <array>

#include "planner/schedule_reader.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace rs::planner {

namespace {

Date date_option(const std::string& option, const std::string& text) {
  const auto date = parse_date(text);
  if (!date) throw_usage(option + ": malformed date \"" + text + "\" (expected YYYY-MM-DD)");
  return *date;
}

// The comma-separated items of an option value, trimmed of spaces and tabs; a trailing comma (or
// an empty value) adds no empty item.
std::vector<std::string> option_items(const std::string& text) {
  std::vector<std::string> items;
  for (const auto& part : split(text, ',')) items.emplace_back(trim(part, " \t"));
  if (text.empty() || text.back() == ',') items.pop_back();
  return items;
}

void apply_week(model::Schedule& schedule, const std::string& text) {
  for (const auto& item : option_items(text)) {
    const auto equals = item.find('=');
    if (equals == std::string::npos) throw_usage("--week: expected day=type, not \"" + item + "\"");
    const auto day_name = item.substr(0, equals);
    const auto type_name = item.substr(equals + 1);
    const auto day = parse_weekday(day_name);
    if (!day) throw_usage("--week: unknown weekday \"" + day_name + "\" (use mon..sun)");
    const auto type = model::parse_run_type(type_name);
    if (!type) {
      throw_usage("--week: " + day_name + ": unknown run type \"" + type_name +
                  "\" (rest, easy, recovery, intervals, tempo, threshold, hills, long, race, cross)");
    }
    schedule.week[static_cast<std::size_t>(*day)] = *type;
  }
}

// --days mon,fri: these days only; a time the file gave one of them is kept.
void apply_days(model::Schedule& schedule, const std::string& text) {
  std::array<bool, 7> allowed{};
  for (const auto& name : option_items(text)) {
    const auto day = parse_weekday(name);
    if (!day) throw_usage("--days: unknown weekday \"" + name + "\" (use mon..sun, e.g. --days mon,fri)");
    allowed[static_cast<std::size_t>(*day)] = true;
  }
  schedule.allowed = allowed;
  schedule.days_chosen = true;
}

}  // namespace

void add_race(model::Schedule& schedule, const model::Race& race) {
  std::erase_if(schedule.races, [&](const model::Race& other) { return other.date == race.date; });
  const auto at = std::find_if(schedule.races.begin(), schedule.races.end(),
                               [&](const model::Race& other) { return other.date > race.date; });
  schedule.races.insert(at, race);
}

void apply_overrides(model::Schedule& schedule, const ScheduleOverrides& overrides) {
  if (overrides.start) schedule.start = date_option("--start", *overrides.start);
  if (overrides.race) {
    // --race: the one A race; B and C races stay.
    std::erase_if(schedule.races, [](const model::Race& race) { return race.priority == model::RacePriority::a; });
    add_race(schedule, {date_option("--race", *overrides.race), {}, model::RacePriority::a});
  }
  if (overrides.experience) {
    const auto experience = model::parse_experience(*overrides.experience);
    if (!experience) throw_usage("--experience: unknown value \"" + *overrides.experience + "\" (new, returning, experienced)");
    schedule.experience = *experience;
  }
  if (overrides.sessions) schedule.sessions = *overrides.sessions;
  if (overrides.minutes) schedule.minutes = *overrides.minutes;
  if (overrides.equipment) set_equipment(schedule, option_items(*overrides.equipment), "--equipment");
  if (overrides.week) apply_week(schedule, *overrides.week);
  if (overrides.days) apply_days(schedule, *overrides.days);
}

void validate_schedule(const model::Schedule& schedule, int weeks) {
  if (weeks < min_weeks || weeks > max_weeks) {
    throw_usage("weeks: must be between 1 and 52 (got " + std::to_string(weeks) + ")");
  }
  if (schedule.sessions < 1 || schedule.sessions > 4) {
    throw_usage("strength.sessions: must be between 1 and 4 (got " + std::to_string(schedule.sessions) + ")");
  }
  if (schedule.minutes < 15 || schedule.minutes > 60) {
    throw_usage("strength.minutes: must be between 15 and 60 (got " + std::to_string(schedule.minutes) + ")");
  }
  for (const auto& race : schedule.races) {
    if (race.date < schedule.start) {
      throw_usage("race: the race (" + format_date(race.date) + ") is before the start of the plan (" +
                  format_date(schedule.start) + ")");
    }
  }
  const bool timed_day = std::any_of(schedule.day_times.begin(), schedule.day_times.end(),
                                     [](const auto& time) { return time.has_value(); });
  if (schedule.timezone && !schedule.time && !timed_day) {
    throw_usage("strength.timezone: needs strength.time or times in strength.days");
  }
}

}  // namespace rs::planner

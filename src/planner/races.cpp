#include "planner/races.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "util/error.hpp"

namespace rs::planner {

namespace {

using model::RacePriority;
using std::chrono::days;

int week_of(const model::Schedule& schedule, Date date) {
  return static_cast<int>((date - schedule.start).count() / 7) + 1;
}

// The first week after a race's no-strength days that can hold a session again.
int return_week(const model::Schedule& schedule, const model::Race& race) {
  const Date back = race.date + days{model::recovery_days(race) + 1};
  return std::max(week_of(schedule, back), week_of(schedule, race.date) + 1);
}

}  // namespace

std::string race_label(const model::Race& race) {
  return "your " + std::string(model::to_string(race.priority)) + " race (" + model::race_words(race) + ") on " +
         format_date(race.date);
}

std::optional<double> parse_race_distance(std::string_view text) {
  std::string words;
  for (char c : text) words += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!words.empty() && words.back() == ' ') words.pop_back();
  while (!words.empty() && words.front() == ' ') words.erase(words.begin());
  if (words == "marathon") return 42.195;
  if (words == "half" || words == "half marathon" || words == "half-marathon") return 21.0975;
  if (words == "ultra" || words == "ultramarathon") return 50.0;
  if (words.empty() || !(std::isdigit(static_cast<unsigned char>(words[0])))) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(words.c_str(), &end);
  std::string unit(end);
  unit.erase(std::remove(unit.begin(), unit.end(), ' '), unit.end());
  if (!(value > 0 && value <= 1000)) return std::nullopt;
  if (unit.empty() || unit == "k" || unit == "km") return value;
  if (unit == "mi" || unit == "mile" || unit == "miles") return value * 1.609344;
  return std::nullopt;
}

WeekRecovery week_recovery(const model::Schedule& schedule, int number) {
  for (const auto& race : schedule.races) {
    const int race_week = week_of(schedule, race.date);
    if (race.priority == RacePriority::c || number <= race_week) continue;
    const int back = return_week(schedule, race);
    if (number < back) return {&race, 0, false};
    if (race.priority == RacePriority::b && number == back) return {&race, 70, false};
    if (race.priority == RacePriority::a && number == back) return {&race, 50, true};
    if (race.priority == RacePriority::a && number == back + 1) return {&race, 75, false};
  }
  return {};
}

model::Phase race_phase(const model::Schedule& schedule, int number, int weeks_count) {
  for (const auto& race : schedule.races) {
    if (race.priority != RacePriority::a) continue;
    if (number == week_of(schedule, race.date)) return model::Phase::race;
  }
  for (const auto& race : schedule.races) {
    if (race.priority == RacePriority::a && number == week_of(schedule, race.date) - 1) return model::Phase::taper;
  }
  if (week_recovery(schedule, number).race) return model::Phase::recovery;
  if (weeks_count >= 6 && number % 4 == 0) return model::Phase::deload;
  return number <= 3 ? model::Phase::base : model::Phase::build;
}

std::optional<std::string> race_rule_violation(const model::Schedule& schedule, Date date) {
  for (const auto& race : schedule.races) {
    if (date == race.date) return "race day";
    if (race.priority == RacePriority::c) continue;
    if (date < race.date && date >= race.date - days{3}) {
      return "within the last 3 days before " + race_label(race) + ": nothing that could leave you sore";
    }
    const int rest = model::recovery_days(race);
    if (date > race.date && date <= race.date + days{rest}) {
      return "recovery after " + race_label(race) + ": no strength for " + std::to_string(rest) + " days";
    }
  }
  return std::nullopt;
}

std::vector<std::string> races_beyond(const model::Schedule& schedule, int weeks_count) {
  std::vector<std::string> warnings;
  for (const auto& race : schedule.races) {
    const int week = week_of(schedule, race.date);
    if (week <= weeks_count) continue;
    std::string text = race_label(race) + " is in week " + std::to_string(week) + ", after the plan's last week (" +
                       std::to_string(weeks_count) + "): no taper or recovery is planned for it; ";
    text += week <= 52 ? "plan with --weeks " + std::to_string(week) +
                             (race.priority == RacePriority::a ? " (or --until-race)" : "") + " to reach it"
                       : "it is more than 52 weeks from the start";
    warnings.push_back(text);
  }
  return warnings;
}

int weeks_until_race(const model::Schedule& schedule) {
  const auto* race = model::target_race(schedule);
  if (race == nullptr) throw_usage("--until-race: the schedule has no A race (race: or races: with priority A)");
  const int weeks = return_week(schedule, *race) + 1;
  if (weeks > 52) {
    throw_usage("--until-race: the A race on " + format_date(race->date) + " and its recovery need " +
                std::to_string(weeks) + " weeks; plans are at most 52");
  }
  return weeks;
}

}  // namespace rs::planner

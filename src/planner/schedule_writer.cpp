// The schedule as YAML in the documented format (declared in planner/schedule_reader.hpp): what
// `schedule show` prints for the default week; parse_schedule reads it back unchanged.
#include <algorithm>
#include <sstream>

#include "planner/schedule_reader.hpp"

namespace rs::planner {

std::string schedule_to_yaml(const model::Schedule& schedule) {
  std::ostringstream out;
  out << "start: " << format_date(schedule.start) << '\n';
  const bool plain = schedule.races.size() == 1 && schedule.races[0].priority == model::RacePriority::a &&
                     !schedule.races[0].distance_km;
  if (plain) out << "race: " << format_date(schedule.races[0].date) << '\n';
  if (!plain && !schedule.races.empty()) {
    out << "races:\n";
    for (const auto& race : schedule.races) {
      out << "  - {date: " << format_date(race.date) << ", priority: " << model::to_string(race.priority);
      if (race.distance_km) out << ", distance: " << *race.distance_km;
      out << "}\n";
    }
  }
  out << "experience: " << model::to_string(schedule.experience) << '\n'
      << "strength:\n"
      << "  sessions: " << schedule.sessions << '\n'
      << "  minutes: " << schedule.minutes << '\n';
  if (schedule.time) out << "  time: \"" << *schedule.time << "\"\n";
  if (schedule.timezone) out << "  timezone: \"" << *schedule.timezone << "\"\n";  // quoted: "null", "-" are zone-shaped
  if (schedule.replace_runs != model::ReplaceRuns::rule) out << "  replace_runs: " << model::to_string(schedule.replace_runs) << '\n';
  if (schedule.before_long != model::BeforeLong::rest) out << "  before_long: " << model::to_string(schedule.before_long) << '\n';
  std::vector<std::string> chosen;
  std::vector<std::string> avoided;
  for (std::size_t day = 0; day < 7; ++day) {
    const std::string name(weekday_name(static_cast<int>(day)));
    if (!schedule.allowed[day]) avoided.push_back(name);
    if (schedule.allowed[day] && schedule.day_times[day]) chosen.push_back(name + ": \"" + *schedule.day_times[day] + "\"");
    if (schedule.allowed[day] && !schedule.day_times[day]) chosen.push_back(name);
  }
  auto list = [&out](const char* key, const std::vector<std::string>& items, const char* open, const char* close) {
    out << "  " << key << ": " << open;
    for (std::size_t i = 0; i < items.size(); ++i) out << (i ? ", " : "") << items[i];
    out << close << '\n';
  };
  const bool timed = std::any_of(schedule.day_times.begin(), schedule.day_times.end(), [](const auto& t) { return t.has_value(); });
  if (schedule.days_chosen) list("days", chosen, timed ? "{" : "[", timed ? "}" : "]");
  if (!schedule.days_chosen && !avoided.empty()) list("avoid", avoided, "[", "]");
  if (schedule.equipment_choice == model::EquipmentChoice::custom) {
    out << "  equipment: [";
    for (std::size_t i = 0; i < schedule.equipment.size(); ++i) out << (i ? ", " : "") << schedule.equipment[i];
    out << "]\n";
  } else {
    out << "  equipment: " << model::to_string(schedule.equipment_choice) << '\n';
  }
  out << "week:\n";
  for (int day = 0; day < 7; ++day) out << "  " << weekday_name(day) << ": " << model::to_string(schedule.week[day]) << '\n';
  if (!schedule.dates.empty()) out << "dates:\n";
  for (const auto& [date, type] : schedule.dates) out << "  " << format_date(date) << ": " << model::to_string(type) << '\n';
  return out.str();
}

}  // namespace rs::planner

#include "model/schedule_json.hpp"

#include "util/error.hpp"

namespace rs::model {

nlohmann::ordered_json races_to_json(const std::vector<Race>& races) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& race : races) {
    nlohmann::ordered_json item;
    item["date"] = format_date(race.date);
    item["distance_km"] = race.distance_km ? nlohmann::ordered_json(*race.distance_km) : nullptr;
    item["priority"] = to_string(race.priority);
    list.push_back(item);
  }
  return list;
}

nlohmann::ordered_json schedule_to_json(const Schedule& schedule) {
  nlohmann::ordered_json json;
  json["start"] = format_date(schedule.start);
  const Race* target = target_race(schedule);
  json["race"] = target ? nlohmann::ordered_json(format_date(target->date)) : nullptr;
  json["experience"] = to_string(schedule.experience);
  json["sessions"] = schedule.sessions;
  json["minutes"] = schedule.minutes;
  json["time"] = schedule.time ? nlohmann::ordered_json(*schedule.time) : nullptr;
  json["timezone"] = schedule.timezone ? nlohmann::ordered_json(*schedule.timezone) : nullptr;
  json["equipment_set"] = to_string(schedule.equipment_choice);
  json["equipment"] = schedule.equipment;
  nlohmann::ordered_json week;
  for (int day = 0; day < 7; ++day) week[std::string(weekday_name(day))] = to_string(schedule.week[day]);
  json["week"] = week;
  json["replace_runs"] = to_string(schedule.replace_runs);
  json["before_long"] = to_string(schedule.before_long);
  json["days_chosen"] = schedule.days_chosen;
  nlohmann::ordered_json allowed = nlohmann::ordered_json::array();
  nlohmann::ordered_json times = nlohmann::ordered_json::object();
  for (int day = 0; day < 7; ++day) {
    const std::string name(weekday_name(day));
    if (schedule.allowed[static_cast<std::size_t>(day)]) allowed.push_back(name);
    if (const auto& time = schedule.day_times[static_cast<std::size_t>(day)]) times[name] = *time;
  }
  json["allowed"] = allowed;
  json["day_times"] = times;
  json["races"] = races_to_json(schedule.races);
  json["dates"] = nlohmann::ordered_json::object();
  for (const auto& [date, type] : schedule.dates) json["dates"][format_date(date)] = to_string(type);
  if (!schedule.calendar.empty()) {
    json["calendar"] = nlohmann::ordered_json::object();
    for (const auto& [date, type] : schedule.calendar) json["calendar"][format_date(date)] = to_string(type);
  }
  return json;
}

namespace {

Date date_field(const nlohmann::json& json, const char* field) {
  const auto text = json.at(field).get<std::string>();
  const auto date = parse_date(text);
  if (!date) throw Error(std::string("saved schedule: ") + field + ": malformed date \"" + text + "\"");
  return *date;
}

std::optional<std::string> optional_text(const nlohmann::json& json, const char* field) {
  if (!json.contains(field) || json.at(field).is_null()) return std::nullopt;
  return json.at(field).get<std::string>();
}

}  // namespace

Schedule schedule_from_json(const nlohmann::json& json) {
  try {
    Schedule schedule;
    schedule.start = date_field(json, "start");
    if (json.contains("races")) {
      for (const auto& item : json.at("races")) {
        Race race;
        race.date = date_field(item, "date");
        if (!item.at("distance_km").is_null()) race.distance_km = item.at("distance_km").get<double>();
        const auto priority = parse_race_priority(item.at("priority").get<std::string>());
        if (!priority) throw Error("saved schedule: races: unknown priority");
        race.priority = *priority;
        schedule.races.push_back(race);
      }
    } else if (json.contains("race") && !json.at("race").is_null()) {
      schedule.races.push_back({date_field(json, "race"), std::nullopt, RacePriority::a});  // saved before races:
    }
    const auto experience = parse_experience(json.at("experience").get<std::string>());
    if (!experience) throw Error("saved schedule: experience: unknown value");
    schedule.experience = *experience;
    schedule.sessions = json.at("sessions").get<int>();
    schedule.minutes = json.at("minutes").get<int>();
    schedule.time = optional_text(json, "time");
    schedule.timezone = optional_text(json, "timezone");
    const auto choice = parse_equipment_choice(json.at("equipment_set").get<std::string>());
    if (!choice) throw Error("saved schedule: equipment_set: unknown value");
    schedule.equipment_choice = *choice;
    schedule.equipment = json.at("equipment").get<std::vector<std::string>>();
    for (int day = 0; day < 7; ++day) {
      const auto name = json.at("week").at(std::string(weekday_name(day))).get<std::string>();
      const auto type = parse_run_type(name);
      if (!type) throw Error("saved schedule: week: unknown run type \"" + name + "\"");
      schedule.week[day] = *type;
    }
    // Members added later: a schedule saved before them keeps the defaults.
    if (json.contains("dates")) {
      for (const auto& [day, name] : json.at("dates").items()) {
        const auto date = parse_date(day);
        const auto type = parse_run_type(name.get<std::string>());
        if (!date || !type) throw Error("saved schedule: dates: malformed entry \"" + day + "\"");
        schedule.dates[*date] = *type;
      }
    }
    if (json.contains("calendar")) {
      for (const auto& [day, name] : json.at("calendar").items()) {
        const auto date = parse_date(day);
        const auto type = parse_run_type(name.get<std::string>());
        if (!date || !type) throw Error("saved schedule: calendar: malformed entry \"" + day + "\"");
        schedule.calendar[*date] = *type;
      }
    }
    if (json.contains("replace_runs")) {
      const auto replace = parse_replace_runs(json.at("replace_runs").get<std::string>());
      if (!replace) throw Error("saved schedule: replace_runs: unknown value");
      schedule.replace_runs = *replace;
    }
    if (json.contains("before_long")) {
      const auto before_long = parse_before_long(json.at("before_long").get<std::string>());
      if (!before_long) throw Error("saved schedule: before_long: unknown value");
      schedule.before_long = *before_long;
    }
    if (json.contains("days_chosen")) schedule.days_chosen = json.at("days_chosen").get<bool>();
    if (json.contains("allowed")) {
      schedule.allowed.fill(false);
      for (const auto& name : json.at("allowed").get<std::vector<std::string>>()) {
        const auto day = parse_weekday(name);
        if (!day) throw Error("saved schedule: allowed: unknown weekday \"" + name + "\"");
        schedule.allowed[static_cast<std::size_t>(*day)] = true;
      }
    }
    if (json.contains("day_times")) {
      for (const auto& [name, time] : json.at("day_times").items()) {
        const auto day = parse_weekday(name);
        if (!day) throw Error("saved schedule: day_times: unknown weekday \"" + name + "\"");
        schedule.day_times[static_cast<std::size_t>(*day)] = time.get<std::string>();
      }
    }
    return schedule;
  } catch (const nlohmann::json::exception& error) {
    throw Error(std::string("saved schedule is malformed: ") + error.what());
  }
}

}  // namespace rs::model

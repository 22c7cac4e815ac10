#include "model/schedule_json.hpp"

#include "util/error.hpp"

namespace rs::model {

nlohmann::ordered_json schedule_to_json(const Schedule& schedule) {
  nlohmann::ordered_json json;
  json["start"] = format_date(schedule.start);
  json["race"] = schedule.race ? nlohmann::ordered_json(format_date(*schedule.race)) : nullptr;
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
    if (json.contains("race") && !json.at("race").is_null()) schedule.race = date_field(json, "race");
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
    return schedule;
  } catch (const nlohmann::json::exception& error) {
    throw Error(std::string("saved schedule is malformed: ") + error.what());
  }
}

}  // namespace rs::model

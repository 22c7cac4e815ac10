#include "planner/schedule_reader.hpp"

#include <yaml-cpp/yaml.h>

#include "attributes/vocabulary.hpp"
#include "attributes/yaml_file.hpp"
#include "planner/races.hpp"

#include <algorithm>

#include "util/error.hpp"
#include "util/text.hpp"

namespace rs::planner {

namespace {

using model::RunType;

using attributes::fail_at;
using attributes::YamlSource;

std::string scalar(const YamlSource& source, const YAML::Node& node, const std::string& field) {
  if (!node.IsScalar()) fail_at(source, node, field, "expected a single value");
  return node.Scalar();
}

int integer(const YamlSource& source, const YAML::Node& node, const std::string& field) {
  const auto text = scalar(source, node, field);
  try {
    std::size_t used = 0;
    const int value = std::stoi(text, &used);
    if (used == text.size()) return value;
  } catch (const std::exception&) {
  }
  fail_at(source, node, field, "expected a whole number, not \"" + text + "\"");
}

Date date_value(const YamlSource& source, const YAML::Node& node, const std::string& field) {
  const auto text = scalar(source, node, field);
  const auto date = parse_date(text);
  if (!date) fail_at(source, node, field, "malformed date \"" + text + "\" (expected YYYY-MM-DD)");
  return *date;
}

void check_known_keys(const YamlSource& source, const YAML::Node& map, const std::string& prefix,
                      const std::vector<std::string>& known) {
  for (const auto& entry : map) {
    const auto key = entry.first.Scalar();
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      fail_at(source, entry.first, prefix + key, "unknown key");
    }
  }
}

bool valid_time(const std::string& text) {
  if (text.size() != 5 || text[2] != ':') return false;
  for (std::size_t i : {0u, 1u, 3u, 4u}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return std::stoi(text.substr(0, 2)) < 24 && std::stoi(text.substr(3, 2)) < 60;
}

bool valid_timezone(const std::string& text) {
  if (text.empty() || text.front() == '/' || text.find("..") != std::string::npos) return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-' || c == '+';
  });
}

int weekday_at(const YamlSource& source, const YAML::Node& node, const std::string& field) {
  const auto name = scalar(source, node, field);
  const auto day = parse_weekday(name);
  if (!day) fail_at(source, node, field, "unknown weekday \"" + name + "\" (use mon..sun)");
  return *day;
}

// `days: [mon, fri]` or `days: {mon: "18:30", fri: "07:00"}`; `avoid: [sat]`.
void read_days(const YamlSource& source, const YAML::Node& strength, model::Schedule& schedule) {
  if (const auto days = strength["days"]) {
    schedule.days_chosen = true;
    schedule.allowed.fill(false);
    if (days.IsSequence()) {
      for (const auto& item : days) schedule.allowed[static_cast<std::size_t>(weekday_at(source, item, "strength.days"))] = true;
    } else if (days.IsMap()) {
      for (const auto& entry : days) {
        const auto day = static_cast<std::size_t>(weekday_at(source, entry.first, "strength.days"));
        const auto field = "strength.days." + entry.first.Scalar();
        const auto time = scalar(source, entry.second, field);
        if (!valid_time(time)) fail_at(source, entry.second, field, "expected HH:MM, not \"" + time + "\"");
        schedule.allowed[day] = true;
        schedule.day_times[day] = time;
      }
    } else {
      fail_at(source, days, "strength.days", "expected a list of weekdays or a mapping of weekday to HH:MM");
    }
    if (std::none_of(schedule.allowed.begin(), schedule.allowed.end(), [](bool b) { return b; })) {
      fail_at(source, days, "strength.days", "names no weekday");
    }
  }
  if (const auto avoid = strength["avoid"]) {
    if (!avoid.IsSequence()) fail_at(source, avoid, "strength.avoid", "expected a list of weekdays");
    for (const auto& item : avoid) schedule.allowed[static_cast<std::size_t>(weekday_at(source, item, "strength.avoid"))] = false;
  }
}

void read_choices(const YamlSource& source, const YAML::Node& node, model::Schedule& schedule) {
  if (const auto replace = node["replace_runs"]) {
    const auto name = scalar(source, replace, "strength.replace_runs");
    const auto value = model::parse_replace_runs(name);
    if (!value || *value == model::ReplaceRuns::rule) {
      fail_at(source, replace, "strength.replace_runs", "unknown value \"" + name + "\" (never, recovery, easy)");
    }
    schedule.replace_runs = *value;
  }
  if (const auto before_long = node["before_long"]) {
    const auto name = scalar(source, before_long, "strength.before_long");
    const auto value = model::parse_before_long(name);
    if (!value) fail_at(source, before_long, "strength.before_long", "unknown value \"" + name + "\" (rest, light)");
    schedule.before_long = *value;
  }
  read_days(source, node, schedule);
}

void read_strength(const YamlSource& source, const YAML::Node& node, model::Schedule& schedule) {
  if (!node.IsMap()) fail_at(source, node, "strength", "expected a mapping");
  check_known_keys(source, node, "strength.",
                   {"sessions", "minutes", "time", "timezone", "equipment", "days", "avoid", "replace_runs", "before_long"});
  read_choices(source, node, schedule);
  if (node["sessions"]) schedule.sessions = integer(source, node["sessions"], "strength.sessions");
  if (node["minutes"]) schedule.minutes = integer(source, node["minutes"], "strength.minutes");
  if (node["time"]) {
    schedule.time = scalar(source, node["time"], "strength.time");
    if (!valid_time(*schedule.time)) fail_at(source, node["time"], "strength.time", "expected HH:MM, not \"" + *schedule.time + "\"");
  }
  if (node["timezone"]) {
    schedule.timezone = scalar(source, node["timezone"], "strength.timezone");
    if (!valid_timezone(*schedule.timezone)) fail_at(source, node["timezone"], "strength.timezone", "not an IANA zone name");
  }
  if (const auto equipment = node["equipment"]) {
    std::vector<std::string> items;
    if (equipment.IsSequence()) {
      for (const auto& item : equipment) items.push_back(scalar(source, item, "strength.equipment"));
      if (items.empty()) items.push_back("");  // an empty list: bodyweight only
    } else {
      items.push_back(scalar(source, equipment, "strength.equipment"));
    }
    try {
      set_equipment(schedule, items, "strength.equipment");
    } catch (const Error& error) {
      fail_at(source, equipment, "strength.equipment", error.what());
    }
  }
}

// `races: [{date: 2027-01-09, distance: half, priority: B}, ...]`.
void read_races(const YamlSource& source, const YAML::Node& node, model::Schedule& schedule) {
  if (!node.IsSequence()) fail_at(source, node, "races", "expected a list of {date, distance, priority}");
  for (const auto& item : node) {
    if (!item.IsMap()) fail_at(source, item, "races", "expected {date, distance, priority}");
    check_known_keys(source, item, "races.", {"date", "distance", "priority"});
    if (!item["date"]) fail_at(source, item, "races.date", "missing");
    model::Race race;
    race.date = date_value(source, item["date"], "races.date");
    if (const auto distance = item["distance"]) {
      const auto text = scalar(source, distance, "races.distance");
      race.distance_km = parse_race_distance(text);
      if (!race.distance_km) {
        fail_at(source, distance, "races.distance",
                "unknown distance \"" + text + "\" (5k, 10k, half, marathon, ultra, 50k, 13.1 mi or km)");
      }
    }
    if (const auto priority = item["priority"]) {
      const auto text = scalar(source, priority, "races.priority");
      const auto value = model::parse_race_priority(text);
      if (!value) fail_at(source, priority, "races.priority", "unknown value \"" + text + "\" (A, B, C)");
      race.priority = *value;
    }
    add_race(schedule, race);
  }
}

// `dates: {2027-01-09: race, 2027-01-10: rest}`: dated overrides of the weekly pattern.
void read_dates(const YamlSource& source, const YAML::Node& node, model::Schedule& schedule) {
  if (!node.IsMap()) fail_at(source, node, "dates", "expected a mapping of YYYY-MM-DD to run types");
  for (const auto& entry : node) {
    const Date date = date_value(source, entry.first, "dates");
    const auto field = "dates." + entry.first.Scalar();
    const auto name = scalar(source, entry.second, field);
    const auto type = model::parse_run_type(name);
    if (!type) {
      fail_at(source, entry.second, field,
              "unknown run type \"" + name + "\" (rest, easy, recovery, intervals, tempo, threshold, hills, long, race, cross)");
    }
    schedule.dates[date] = *type;
  }
}

void read_week(const YamlSource& source, const YAML::Node& node, model::Schedule& schedule) {
  if (!node.IsMap()) fail_at(source, node, "week", "expected a mapping of mon..sun to run types");
  for (const auto& entry : node) {
    const auto day = parse_weekday(entry.first.Scalar());
    if (!day) fail_at(source, entry.first, "week." + entry.first.Scalar(), "unknown weekday (use mon..sun)");
    const auto field = "week." + entry.first.Scalar();
    const auto name = scalar(source, entry.second, field);
    const auto type = model::parse_run_type(name);
    if (!type) {
      fail_at(source, entry.second, field,
              "unknown run type \"" + name + "\" (rest, easy, recovery, intervals, tempo, threshold, hills, long, race, cross)");
    }
    schedule.week[static_cast<std::size_t>(*day)] = *type;
  }
}

}  // namespace

model::Schedule default_schedule(Date today) {
  model::Schedule schedule;
  schedule.start = next_monday(today);
  schedule.week = {RunType::rest, RunType::intervals, RunType::easy, RunType::easy,
                   RunType::rest, RunType::long_run,  RunType::recovery};
  return schedule;
}

void set_equipment(model::Schedule& schedule, const std::vector<std::string>& items, const std::string& field) {
  const auto word = items.size() == 1 ? model::parse_equipment_choice(items[0]) : std::nullopt;
  if (word && word != model::EquipmentChoice::custom) {
    schedule.equipment_choice = *word;
    schedule.equipment.clear();
    if (*word == model::EquipmentChoice::gym) {  // everything, in vocabulary order
      schedule.equipment.assign(attributes::equipment_names().begin(), attributes::equipment_names().end());
    }
    return;
  }
  std::vector<std::string> list;
  for (const auto& item : items) {
    if (item.empty()) continue;
    if (!attributes::parse_equipment_name(item)) {
      throw Error(field + ": unknown equipment \"" + item + "\" (home, gym, or a list of " +
                      join(attributes::equipment_names(), ", ") + ")",
                  ErrorKind::usage);
    }
    if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
  }
  std::sort(list.begin(), list.end());
  schedule.equipment_choice = model::EquipmentChoice::custom;
  schedule.equipment = list;
}

model::Schedule parse_schedule(std::string_view yaml_text, const std::string& source, Date today) {
  model::Schedule schedule = default_schedule(today);
  const YamlSource yaml{source, ErrorKind::usage};
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml_text));
  } catch (const YAML::Exception& error) {
    throw Error(source + ":" + std::to_string(error.mark.line + 1) + ": not valid YAML: " + error.msg, ErrorKind::usage);
  }
  if (root.IsNull()) return schedule;
  if (!root.IsMap()) fail_at(yaml, root, "schedule", "expected a mapping at the top level");
  check_known_keys(yaml, root, "", {"start", "race", "races", "experience", "strength", "week", "dates"});
  if (root["start"]) schedule.start = date_value(yaml, root["start"], "start");
  if (root["race"] && !root["race"].IsNull()) add_race(schedule, {date_value(yaml, root["race"], "race"), {}, {}});
  if (root["races"]) read_races(yaml, root["races"], schedule);
  if (root["experience"]) {
    const auto name = scalar(yaml, root["experience"], "experience");
    const auto experience = model::parse_experience(name);
    if (!experience) fail_at(yaml, root["experience"], "experience", "unknown value \"" + name + "\" (new, returning, experienced)");
    schedule.experience = *experience;
  }
  if (root["strength"]) read_strength(yaml, root["strength"], schedule);
  if (root["week"]) read_week(yaml, root["week"], schedule);
  if (root["dates"]) read_dates(yaml, root["dates"], schedule);
  try {
    validate_schedule(schedule, min_weeks);
  } catch (const Error& error) {
    throw Error(source + ": " + error.what(), ErrorKind::usage);
  }
  return schedule;
}

}  // namespace rs::planner

#include "planner/schedule_reader.hpp"

#include <yaml-cpp/yaml.h>

#include "attributes/vocabulary.hpp"

#include <algorithm>
#include <sstream>

#include "util/error.hpp"

namespace rs::planner {

namespace {

using model::RunType;

[[noreturn]] void fail_at(const std::string& source, const YAML::Node& node, const std::string& field,
                          const std::string& problem) {
  std::string where = source;
  if (node.IsDefined() && node.Mark().line >= 0) where += ":" + std::to_string(node.Mark().line + 1);
  throw Error(where + ": " + field + ": " + problem, ErrorKind::usage);
}

std::string scalar(const std::string& source, const YAML::Node& node, const std::string& field) {
  if (!node.IsScalar()) fail_at(source, node, field, "expected a single value");
  return node.Scalar();
}

int integer(const std::string& source, const YAML::Node& node, const std::string& field) {
  const auto text = scalar(source, node, field);
  try {
    std::size_t used = 0;
    const int value = std::stoi(text, &used);
    if (used == text.size()) return value;
  } catch (const std::exception&) {
  }
  fail_at(source, node, field, "expected a whole number, not \"" + text + "\"");
}

Date date_value(const std::string& source, const YAML::Node& node, const std::string& field) {
  const auto text = scalar(source, node, field);
  const auto date = parse_date(text);
  if (!date) fail_at(source, node, field, "malformed date \"" + text + "\" (expected YYYY-MM-DD)");
  return *date;
}

void check_known_keys(const std::string& source, const YAML::Node& map, const std::string& prefix,
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

void read_strength(const std::string& source, const YAML::Node& node, model::Schedule& schedule) {
  if (!node.IsMap()) fail_at(source, node, "strength", "expected a mapping");
  check_known_keys(source, node, "strength.", {"sessions", "minutes", "time", "timezone", "equipment"});
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

void read_week(const std::string& source, const YAML::Node& node, model::Schedule& schedule) {
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

const std::vector<std::string>& equipment_vocabulary() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> list;
    for (const auto name : attributes::equipment_names()) list.emplace_back(name);
    return list;
  }();
  return names;
}

model::Schedule default_schedule(Date today) {
  model::Schedule schedule;
  schedule.start = next_monday(today);
  schedule.week = {RunType::rest, RunType::intervals, RunType::easy, RunType::easy,
                   RunType::rest, RunType::long_run,  RunType::recovery};
  return schedule;
}

void set_equipment(model::Schedule& schedule, const std::vector<std::string>& items, const std::string& field) {
  if (items.size() == 1 && (items[0] == "home" || items[0] == "gym")) {
    schedule.equipment_name = items[0];
    schedule.equipment = items[0] == "gym" ? equipment_vocabulary() : std::vector<std::string>{};
    return;
  }
  std::vector<std::string> list;
  for (const auto& item : items) {
    if (item.empty()) continue;
    const auto& vocabulary = equipment_vocabulary();
    if (std::find(vocabulary.begin(), vocabulary.end(), item) == vocabulary.end()) {
      throw Error(field + ": unknown equipment \"" + item + "\" (home, gym, or a list of weight, ab-wheel, gym-ball, step, band, bench, box, mat)",
                  ErrorKind::usage);
    }
    if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
  }
  std::sort(list.begin(), list.end());
  schedule.equipment_name = "custom";
  schedule.equipment = list;
}

model::Schedule parse_schedule(std::string_view yaml_text, const std::string& source, Date today) {
  model::Schedule schedule = default_schedule(today);
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml_text));
  } catch (const YAML::Exception& error) {
    throw Error(source + ":" + std::to_string(error.mark.line + 1) + ": not valid YAML: " + error.msg, ErrorKind::usage);
  }
  if (root.IsNull()) return schedule;
  if (!root.IsMap()) fail_at(source, root, "schedule", "expected a mapping at the top level");
  check_known_keys(source, root, "", {"start", "race", "experience", "strength", "week"});
  if (root["start"]) schedule.start = date_value(source, root["start"], "start");
  if (root["race"] && !root["race"].IsNull()) schedule.race = date_value(source, root["race"], "race");
  if (root["experience"]) {
    const auto name = scalar(source, root["experience"], "experience");
    const auto experience = model::parse_experience(name);
    if (!experience) fail_at(source, root["experience"], "experience", "unknown value \"" + name + "\" (new, returning, experienced)");
    schedule.experience = *experience;
  }
  if (root["strength"]) read_strength(source, root["strength"], schedule);
  if (root["week"]) read_week(source, root["week"], schedule);
  try {
    validate_schedule(schedule, min_weeks);
  } catch (const Error& error) {
    throw Error(source + ": " + error.what(), ErrorKind::usage);
  }
  return schedule;
}

std::string schedule_to_yaml(const model::Schedule& schedule) {
  std::ostringstream out;
  out << "start: " << format_date(schedule.start) << '\n';
  if (schedule.race) out << "race: " << format_date(*schedule.race) << '\n';
  out << "experience: " << model::to_string(schedule.experience) << '\n'
      << "strength:\n"
      << "  sessions: " << schedule.sessions << '\n'
      << "  minutes: " << schedule.minutes << '\n';
  if (schedule.time) out << "  time: \"" << *schedule.time << "\"\n";
  if (schedule.timezone) out << "  timezone: " << *schedule.timezone << '\n';
  if (schedule.equipment_name == "custom") {
    out << "  equipment: [";
    for (std::size_t i = 0; i < schedule.equipment.size(); ++i) out << (i ? ", " : "") << schedule.equipment[i];
    out << "]\n";
  } else {
    out << "  equipment: " << schedule.equipment_name << '\n';
  }
  out << "week:\n";
  for (int day = 0; day < 7; ++day) out << "  " << weekday_name(day) << ": " << model::to_string(schedule.week[day]) << '\n';
  return out.str();
}

}  // namespace rs::planner

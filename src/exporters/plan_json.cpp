#include "exporters/plan_json.hpp"

#include "model/library_json.hpp"

namespace rs::exporters {

namespace {

using Json = nlohmann::ordered_json;

Json exercise_json(const model::SessionExercise& exercise) {
  Json json;
  json["slug"] = exercise.slug;
  json["name"] = exercise.name;
  json["level"] = exercise.level;
  json["level_rank"] = exercise.level_rank;
  json["sets"] = exercise.sets;
  if (exercise.reps) json["reps"] = *exercise.reps;
  if (exercise.seconds) json["seconds"] = *exercise.seconds;
  json["per_side"] = exercise.per_side;
  json["equipment"] = exercise.equipment;
  json["substitute"] = exercise.substitute ? Json(*exercise.substitute) : Json(nullptr);
  json["video"] = model::video_to_json(exercise.video);
  json["areas"] = exercise.areas;
  return json;
}

Json session_json(const model::Session& session) {
  Json json;
  json["date"] = format_date(session.date);
  json["weekday"] = weekday_name(weekday_index(session.date));
  json["placement"] = model::to_string(session.placement);
  json["reason"] = session.reason;
  json["minutes"] = session.minutes;
  json["focus"] = session.focus;
  json["warmup"] = Json::array();
  for (const auto& item : session.warmup) json["warmup"].push_back(exercise_json(item));
  json["note"] = session.note;
  json["exercises"] = Json::array();
  for (const auto& item : session.exercises) json["exercises"].push_back(exercise_json(item));
  json["uid"] = session.uid.empty() ? Json(nullptr) : Json(session.uid);
  json["sequence"] = session.sequence;
  return json;
}

Json week_json(const model::Week& week) {
  Json json;
  json["number"] = week.number;
  json["start"] = format_date(week.start);
  json["phase"] = model::to_string(week.phase);
  json["total_sets"] = week.total_sets;
  json["runs"] = Json::array();
  for (const auto& run : week.runs) {
    json["runs"].push_back({{"date", format_date(run.date)},
                            {"weekday", weekday_name(weekday_index(run.date))},
                            {"type", model::to_string(run.type)},
                            {"replaced_by_strength", run.replaced_by_strength}});
  }
  json["sessions"] = Json::array();
  for (const auto& session : week.sessions) json["sessions"].push_back(session_json(session));
  return json;
}

}  // namespace

Json plan_to_json(const model::Plan& plan) {
  const auto& schedule = plan.schedule;
  Json header;
  header["id"] = plan.id == 0 ? Json(nullptr) : Json(plan.id);
  header["name"] = plan.name;
  header["start"] = format_date(schedule.start);
  header["weeks"] = plan.weeks_count;
  header["race"] = schedule.race ? Json(format_date(*schedule.race)) : Json(nullptr);
  header["experience"] = model::to_string(schedule.experience);
  header["sessions_per_week"] = schedule.sessions;
  header["minutes"] = schedule.minutes;
  header["equipment"] = schedule.equipment;
  header["equipment_set"] = model::to_string(schedule.equipment_choice);
  header["time"] = schedule.time ? Json(*schedule.time) : Json(nullptr);
  header["timezone"] = schedule.timezone ? Json(*schedule.timezone) : Json(nullptr);

  Json week_days;
  for (int day = 0; day < 7; ++day) week_days[std::string(weekday_name(day))] = model::to_string(schedule.week[day]);

  Json doc;
  doc["schema"] = plan_schema_version;
  doc["plan"] = header;
  doc["schedule"] = week_days;
  doc["weeks"] = Json::array();
  for (const auto& week : plan.weeks) doc["weeks"].push_back(week_json(week));
  doc["warnings"] = plan.warnings;
  return doc;
}

std::string plan_json_text(const model::Plan& plan) { return plan_to_json(plan).dump(2) + "\n"; }

}  // namespace rs::exporters

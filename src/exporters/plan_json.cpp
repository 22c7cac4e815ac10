#include "exporters/plan_json.hpp"

#include "model/estimate.hpp"
#include "model/library_json.hpp"
#include "model/schedule_json.hpp"

namespace rs::exporters {

namespace {

using Json = nlohmann::ordered_json;

// A number when the range is one value, else [low, high].
Json range_json(int low, int high) { return low == high ? Json(low) : Json::array({low, high}); }

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
  const auto& effort = exercise.effort;
  json["effort"] = {{"rpe", range_json(effort.rpe_low, effort.rpe_high)},
                    {"rir", range_json(10 - effort.rpe_high, 10 - effort.rpe_low)}};
  json["load"] = exercise.load_cue ? Json{{"cue", *exercise.load_cue}, {"step", exercise.load_step}} : Json(nullptr);
  json["tempo"] = exercise.tempo ? Json{{"name", *exercise.tempo}, {"cue", model::tempo_cue(*exercise.tempo)}} : Json(nullptr);
  return json;
}

Json optional_date(const std::optional<Date>& date) { return date ? Json(format_date(*date)) : Json(nullptr); }

Json session_json(const model::Schedule& schedule, const model::Session& session) {
  Json json;
  json["date"] = format_date(session.date);
  json["weekday"] = weekday_name(weekday_index(session.date));
  json["placement"] = model::to_string(session.placement);
  json["reason"] = session.reason;
  json["minutes"] = session.minutes;
  json["target_minutes"] = session.target_minutes > 0 ? Json(session.target_minutes) : Json(nullptr);
  const model::TimeEstimate estimate = model::estimate_session(session);
  json["estimate"] = {{"warmup_seconds", estimate.warmup},
                      {"work_seconds", estimate.work},
                      {"rest_seconds", estimate.rest},
                      {"transition_seconds", estimate.transitions},
                      {"total_seconds", estimate.total()}};
  json["light"] = session.light;
  const auto time = model::session_time(schedule, session.date);
  json["time"] = time ? Json(*time) : Json(nullptr);
  json["focus"] = session.focus;
  json["warmup"] = Json::array();
  for (const auto& item : session.warmup) json["warmup"].push_back(exercise_json(item));
  json["note"] = session.note;
  json["exercises"] = Json::array();
  for (const auto& item : session.exercises) json["exercises"].push_back(exercise_json(item));
  json["uid"] = session.uid.empty() ? Json(nullptr) : Json(session.uid);
  json["sequence"] = session.sequence;
  json["adapted"] = Json::parse(model::adaptations_to_text(session.adapted));
  return json;
}

Json week_json(const model::Schedule& schedule, const model::Week& week) {
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
                            {"replaced_by_strength", run.replaced_by_strength},
                            {"source", model::to_string(run.source)}});
  }
  json["sessions"] = Json::array();
  for (const auto& session : week.sessions) json["sessions"].push_back(session_json(schedule, session));
  json["refusals"] = Json::array();
  for (const auto& refusal : week.refusals) {
    json["refusals"].push_back({{"date", format_date(refusal.date)},
                                {"weekday", weekday_name(weekday_index(refusal.date))},
                                {"rule", refusal.rule},
                                {"instead", optional_date(refusal.instead)}});
  }
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
  const model::Race* target = model::target_race(schedule);
  header["race"] = target ? Json(format_date(target->date)) : Json(nullptr);
  header["experience"] = model::to_string(schedule.experience);
  header["sessions_per_week"] = schedule.sessions;
  header["minutes"] = schedule.minutes;
  header["equipment"] = schedule.equipment;
  header["equipment_set"] = model::to_string(schedule.equipment_choice);
  header["time"] = schedule.time ? Json(*schedule.time) : Json(nullptr);
  header["timezone"] = schedule.timezone ? Json(*schedule.timezone) : Json(nullptr);
  header["races"] = model::races_to_json(schedule.races);
  header["replace_runs"] = model::to_string(schedule.replace_runs);
  header["before_long"] = model::to_string(schedule.before_long);
  header["days_chosen"] = schedule.days_chosen;
  header["allowed_days"] = Json::array();
  header["day_times"] = Json::object();
  for (int day = 0; day < 7; ++day) {
    const std::string name(weekday_name(day));
    if (schedule.allowed[static_cast<std::size_t>(day)]) header["allowed_days"].push_back(name);
    if (const auto& time = schedule.day_times[static_cast<std::size_t>(day)]) header["day_times"][name] = *time;
  }

  Json week_days;
  for (int day = 0; day < 7; ++day) week_days[std::string(weekday_name(day))] = model::to_string(schedule.week[day]);

  Json doc;
  doc["schema"] = plan_schema_version;
  doc["plan"] = header;
  doc["schedule"] = week_days;
  doc["weeks"] = Json::array();
  for (const auto& week : plan.weeks) doc["weeks"].push_back(week_json(schedule, week));
  doc["warnings"] = plan.warnings;
  return doc;
}

nlohmann::ordered_json session_to_json(const model::Schedule& schedule, const model::Session& session) {
  return session_json(schedule, session);
}

std::string plan_json_text(const model::Plan& plan) { return plan_to_json(plan).dump(2) + "\n"; }

}  // namespace rs::exporters

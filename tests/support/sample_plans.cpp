#include "support/sample_plans.hpp"

#include "model/estimate.hpp"

namespace rs::test {

namespace {

Date day(const char* text) { return *parse_date(text); }

model::SessionExercise exercise(const std::string& slug, const std::string& name, int rank, int sets,
                                std::optional<int> reps, std::optional<int> seconds, bool per_side,
                                std::vector<std::string> areas) {
  model::SessionExercise item;
  item.slug = slug;
  item.name = name;
  item.level = rank == 0 ? "basics" : rank == 1 ? "foundational" : "intermediate";
  item.level_rank = rank;
  item.sets = sets;
  item.reps = reps;
  item.seconds = seconds;
  item.per_side = per_side;
  item.areas = std::move(areas);
  return item;
}

model::Session session(const char* date, model::Placement placement, std::string reason, int sets) {
  model::Session s;
  s.date = day(date);
  s.placement = placement;
  s.reason = std::move(reason);
  s.target_minutes = 30;
  s.focus = {"core", "glutes"};
  s.warmup = {exercise("leg-swings", "Leg swings", 0, 1, 10, std::nullopt, true, {"hips"}),
              exercise("glute-bridge", "Glute bridge", 0, 1, 12, std::nullopt, false, {"glutes"})};
  for (auto& item : s.warmup) item.effort = model::warmup_effort();
  auto plank = exercise("plank", "Plank", 1, sets, std::nullopt, 30, false, {"core"});
  plank.video =
      model::Video{model::VideoProvider::youtube, "pSHjTRCQxIw", "https://www.youtube.com/watch?v=pSHjTRCQxIw"};
  auto deadlift =
      exercise("single-leg-deadlift", "Single-leg deadlift", 1, sets, 8, std::nullopt, true, {"glutes", "hamstrings"});
  deadlift.equipment = {"weight"};
  deadlift.substitute = "a full water bottle";
  deadlift.load_cue = model::load_cue(model::Phase::base);
  deadlift.load_step = sets > 2 ? sets - 2 : 0;
  auto calf = exercise("calf-raise", "Calf raise", 1, sets, 15, std::nullopt, false, {"calves"});
  calf.video = model::Video{model::VideoProvider::vimeo, "76979871", "https://vimeo.com/76979871"};
  if (sets > 2) calf.tempo = model::slow_tempo;  // the tempo step of a bodyweight rep exercise
  s.exercises = {plank, deadlift, calf};
  s.note = "Stretch before each workout and keep the movements slow.";
  s.minutes = model::estimate_session(s).minutes();
  return s;
}

model::Week week(int number, const char* start, model::Phase phase) {
  model::Week w;
  w.number = number;
  w.start = day(start);
  w.phase = phase;
  const model::RunType types[7] = {model::RunType::rest,    model::RunType::intervals, model::RunType::easy,
                                   model::RunType::tempo,   model::RunType::rest,      model::RunType::easy,
                                   model::RunType::long_run};
  for (int i = 0; i < 7; ++i) w.runs.push_back({w.start + std::chrono::days{i}, types[i], false});
  return w;
}

}  // namespace

model::Plan sample_all_day_plan() {
  model::Plan plan;
  plan.id = 7;
  plan.name = "Spring 10k strength";
  plan.identity = "plan7-20261201T080000Z";
  plan.saved_at = "20261201T080000Z";
  plan.weeks_count = 2;
  auto& schedule = plan.schedule;
  schedule.start = day("2026-12-07");
  schedule.sessions = 2;
  schedule.minutes = 30;
  schedule.equipment = {"step"};
  schedule.week = {model::RunType::rest, model::RunType::intervals, model::RunType::easy,    model::RunType::tempo,
                   model::RunType::rest, model::RunType::easy,      model::RunType::long_run};
  auto first = week(1, "2026-12-07", model::Phase::base);
  first.sessions = {
      session("2026-12-07", model::Placement::rest_day, "Monday is a rest day and not before a hard run", 2),
      session("2026-12-10", model::Placement::after_hard_run, "After the tempo run: keep hard days hard", 2)};
  first.runs[2].replaced_by_strength = false;
  auto second = week(2, "2026-12-14", model::Phase::build);
  second.sessions = {
      session("2026-12-14", model::Placement::rest_day, "Monday is a rest day and not before a hard run", 3),
      session("2026-12-16", model::Placement::replaces_run, "Replaces the easy run", 3)};
  second.runs[2].replaced_by_strength = true;
  for (auto* w : {&first, &second}) {
    for (std::size_t i = 0; i < w->sessions.size(); ++i) {
      w->sessions[i].uid =
          plan.identity + "-w" + std::to_string(w->number) + "-s" + std::to_string(i + 1) + "@runstrength";
      for (const auto& item : w->sessions[i].exercises) w->total_sets += item.sets;
    }
  }
  second.sessions[1].focus = {"core", "glutes", "calves", "ankles-feet"};
  plan.weeks = {first, second};
  plan.warnings = {"No schedule given: using the default week."};
  return plan;
}

model::Plan sample_timed_zone_plan() {
  auto plan = sample_all_day_plan();
  plan.schedule.time = "18:30";
  plan.schedule.timezone = "Europe/London";
  return plan;
}

model::Plan sample_timed_floating_plan() {
  auto plan = sample_all_day_plan();
  plan.schedule.time = "07:15";
  plan.weeks[1].sessions[0].sequence = 2;
  return plan;
}

model::Plan sample_hostile_plan() {
  auto plan = sample_timed_zone_plan();
  std::string hostile =
      "Crème brûlée, \"quoted\"; back\\slash \\n not-a-newline, naïve café 💪🏃‍♀️ Zürich; "
      "line one\nline two\nline three, with 日本語 and emoji 🧘 again; ";
  plan.name = "Plan: " + hostile;
  for (auto& week : plan.weeks) {
    // Week 2 leaves out the literal backslash-n, which python3-icalendar 4.0.3 misreads (see
    // tests/tools/ics_roundtrip.py), so that parser's own decoding is checked on hostile text too.
    const std::string literal = " \\n not-a-newline";
    if (week.number == 2) hostile.replace(hostile.find(literal), literal.size(), "");
    for (auto& session : week.sessions) {
      session.note = hostile + hostile + hostile;
      session.reason = "Reason; " + hostile;
      for (auto& item : session.exercises) {
        item.name = "Exercise, " + hostile;
        item.substitute = "Sub\\stitute; " + hostile;
      }
    }
  }
  return plan;
}

}  // namespace rs::test

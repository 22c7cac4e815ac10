#include "support/planner_fixtures.hpp"

#include <algorithm>

namespace rs::test {

namespace {

model::Exercise make(const std::string& slug, int rank, std::vector<std::string> areas, model::Dose dose,
                     std::vector<std::string> equipment = {}, std::map<std::string, std::string> substitutes = {}) {
  model::Exercise exercise;
  exercise.slug = slug + "-l" + std::to_string(rank);
  exercise.name = slug + " (level " + std::to_string(rank) + ")";
  exercise.article_slug = "synthetic";
  exercise.level_slug = "level-" + std::to_string(rank);
  exercise.level_name = "Level " + std::to_string(rank);
  exercise.level_rank = rank;
  exercise.video = model::Video{model::VideoProvider::vimeo, std::to_string(1000 + rank), "https://vimeo.com/" + std::to_string(1000 + rank)};
  exercise.attributes.areas = std::move(areas);
  exercise.attributes.dose = dose;
  exercise.attributes.equipment = std::move(equipment);
  exercise.attributes.substitutes = std::move(substitutes);
  exercise.attributes.source = model::AttributeSource::overridden;
  return exercise;
}

model::Dose reps(int sets, int count, bool per_side = false) { return {model::DoseType::reps, sets, count, 0, per_side}; }
model::Dose hold(int sets, int seconds, bool per_side = false) { return {model::DoseType::hold, sets, 0, seconds, per_side}; }

model::RunType run_on(const model::Schedule& schedule, Date date) {
  if (schedule.race && date == *schedule.race) return model::RunType::race;
  return schedule.week[static_cast<std::size_t>(weekday_index(date))];
}

}  // namespace

std::vector<model::Exercise> synthetic_library(int levels) {
  std::vector<model::Exercise> library;
  library.push_back(make("mountain-pose", 0, {"posture", "core"}, hold(2, 30)));
  library.push_back(make("body-squat", 0, {"quads", "glutes"}, reps(2, 10)));
  for (int rank = 1; rank < levels; ++rank) {
    library.push_back(make("plank", rank, {"core"}, hold(2, 30)));
    library.push_back(make("bridge", rank, {"glutes", "hips"}, reps(2, 10)));
    library.push_back(make("split-squat", rank, {"quads", "hamstrings"}, reps(2, 8, true)));
    library.push_back(make("calf-raise", rank, {"calves", "ankles-feet"}, reps(2, 12), {"step"}, {{"step", "the stairs at home"}}));
    library.push_back(make("goblet-squat", rank, {"quads", "glutes"}, reps(2, 10), {"weight"},
                           {{"weight", "a rucksack filled with books"}}));
    library.push_back(make("ab-wheel-rollout", rank, {"core"}, reps(2, 6), {"ab-wheel"}));
    library.push_back(make("barbell-deadlift", rank, {"hamstrings", "glutes"}, reps(2, 6), {"weight"}));
  }
  return library;
}

std::vector<model::Tip> synthetic_tips() {
  return {{"synthetic", "Key points", "Stretch", "Stretch before each workout.", 1},
          {"synthetic", "Key points", "Go slow", "Master the basics before moving on.", 2},
          {"synthetic", "Key points", "Technique", "Only add weights once your form is correct.", 3}};
}

model::Schedule example_schedule() {
  model::Schedule schedule;
  schedule.start = *parse_date("2026-12-07");
  using model::RunType;
  schedule.week = {RunType::rest, RunType::intervals, RunType::easy, RunType::tempo,
                   RunType::rest, RunType::easy,      RunType::long_run};
  return schedule;
}

std::vector<std::string> hard_rule_violations(const model::Plan& plan) {
  using std::chrono::days;
  const auto& schedule = plan.schedule;
  std::vector<std::string> problems;
  std::vector<Date> dates;
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      const Date date = session.date;
      const std::string at = format_date(date) + ": ";
      dates.push_back(date);
      const auto run = run_on(schedule, date);
      if (run == model::RunType::long_run || run == model::RunType::race) problems.push_back(at + "on a long run or race day");
      if (model::is_hard(run_on(schedule, date + days{1}))) problems.push_back(at + "the day before a hard run");
      if (date < week.start || date >= week.start + days{7}) problems.push_back(at + "outside its week");
      if (schedule.race) {
        const Date race = *schedule.race;
        if (date < race && race - date <= days{3}) problems.push_back(at + "in the last 3 days before the race");
        const bool race_week = race >= week.start && race < week.start + days{7};
        if (race_week && date < race && race - date < days{4}) problems.push_back(at + "race-week session under 4 days out");
        for (const auto& item : session.exercises) {
          const bool weight = std::find(item.equipment.begin(), item.equipment.end(), "weight") != item.equipment.end();
          if (weight && date <= race && race - date <= days{14}) problems.push_back(at + "weight within 14 days of the race");
          if (race_week && !item.equipment.empty()) problems.push_back(at + "race-week session is not bodyweight");
        }
      }
    }
    if (schedule.race && *schedule.race >= week.start && *schedule.race < week.start + days{7} &&
        week.sessions.size() > 1) {
      problems.push_back("week " + std::to_string(week.number) + ": more than one race-week session");
    }
  }
  for (std::size_t i = 1; i < dates.size(); ++i) {
    if (dates[i] - dates[i - 1] < days{2}) problems.push_back(format_date(dates[i]) + ": strength two days in a row");
  }
  return problems;
}

}  // namespace rs::test

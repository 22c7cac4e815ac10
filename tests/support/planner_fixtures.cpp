#include "support/planner_fixtures.hpp"

#include <algorithm>
#include <map>

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
  for (const auto& race : schedule.races) {
    if (race.date == date) return model::RunType::race;
  }
  if (schedule.dates.count(date) > 0) return schedule.dates.at(date);
  if (schedule.calendar.count(date) > 0) return schedule.calendar.at(date);
  return schedule.week[static_cast<std::size_t>(weekday_index(date))];
}

bool bodyweight(const model::Session& session) {
  return std::all_of(session.exercises.begin(), session.exercises.end(),
                     [](const model::SessionExercise& item) { return item.equipment.empty(); });
}

// The rules on the runner's choices: allowed days, runs kept, light sessions, sessions after easy runs.
void check_choices(const model::Plan& plan, const model::Week& week, std::vector<std::string>& problems) {
  using model::RunType;
  using std::chrono::days;
  const auto& schedule = plan.schedule;
  int runs = 0;
  int replaced = 0;
  for (const auto& run : week.runs) {
    runs += run.type != RunType::rest && run.type != RunType::cross ? 1 : 0;
    if (!run.replaced_by_strength) continue;
    ++replaced;
    const std::string at = format_date(run.date) + ": ";
    const bool session = std::any_of(week.sessions.begin(), week.sessions.end(), [&](const model::Session& s) {
      return s.date == run.date && s.placement == model::Placement::replaces_run;
    });
    if (!session) problems.push_back(at + "a replaced run without a session replacing it");
    if (run.type != RunType::easy && run.type != RunType::recovery) problems.push_back(at + "a hard run replaced");
    if (schedule.replace_runs == model::ReplaceRuns::never) problems.push_back(at + "a run replaced with replace_runs: never");
    if (schedule.replace_runs == model::ReplaceRuns::recovery && run.type != RunType::recovery) {
      problems.push_back(at + "an easy run replaced with replace_runs: recovery");
    }
  }
  const bool easy_replaced = std::any_of(week.runs.begin(), week.runs.end(), [](const model::Run& run) {
    return run.replaced_by_strength && run.type == RunType::easy;
  });
  if (schedule.replace_runs == model::ReplaceRuns::rule && easy_replaced && runs - replaced < 3) {
    problems.push_back("week " + std::to_string(week.number) + ": an easy run replaced leaving fewer than three runs");
  }
  for (const auto& session : week.sessions) {
    const std::string at = format_date(session.date) + ": ";
    if (!schedule.allowed[static_cast<std::size_t>(weekday_index(session.date))]) problems.push_back(at + "not an allowed day");
    const bool replaces = std::any_of(week.runs.begin(), week.runs.end(), [&](const model::Run& run) {
      return run.date == session.date && run.replaced_by_strength;
    });
    if ((session.placement == model::Placement::replaces_run) != replaces) problems.push_back(at + "placement and run disagree");
    const bool before_long = run_on(schedule, session.date + days{1}) == RunType::long_run;
    if (before_long && schedule.before_long != model::BeforeLong::light) problems.push_back(at + "the day before a long run");
    if (before_long != session.light) problems.push_back(at + "light exactly on days before a long run");
    if (session.light && (session.minutes > 20 || !bodyweight(session))) problems.push_back(at + "a light session too heavy");
    const bool after_easy = session.placement == model::Placement::after_easy_run;
    if (after_easy && schedule.experience == model::Experience::new_runner && !bodyweight(session)) {
      problems.push_back(at + "a new runner's session after an easy run uses equipment");
    }
  }
  for (const auto& refusal : week.refusals) {
    const std::string at = format_date(refusal.date) + ": ";
    if (!schedule.days_chosen || !schedule.allowed[static_cast<std::size_t>(weekday_index(refusal.date))]) {
      problems.push_back(at + "a refusal of a day the runner did not choose");
    }
    if (std::any_of(week.sessions.begin(), week.sessions.end(), [&](const model::Session& s) { return s.date == refusal.date; })) {
      problems.push_back(at + "refused but holds a session");
    }
    if (refusal.instead && std::none_of(week.sessions.begin(), week.sessions.end(),
                                        [&](const model::Session& s) { return s.date == *refusal.instead; })) {
      problems.push_back(at + "refused, and the day used instead holds no session");
    }
  }
}

// Days without strength after a race, from the documented table (docs/planner.md).
int days_after(const model::Race& race) {
  const double km = race.distance_km.value_or(21.0);
  return km <= 10.5 ? 3 : km <= 21.5 ? 7 : km <= 43 ? 14 : 21;
}

bool uses(const model::SessionExercise& item, const char* equipment) {
  return std::find(item.equipment.begin(), item.equipment.end(), equipment) != item.equipment.end();
}

// Races: race days, the 3 days before A and B races, recovery days after them, the A race's weight
// stop, race week, and the return weeks (phase recovery, 50% bodyweight then 75% of the last full week).
void check_races(const model::Plan& plan, std::vector<std::string>& problems) {
  using std::chrono::days;
  const auto& schedule = plan.schedule;
  auto week_of = [&](Date date) { return static_cast<int>((date - schedule.start).count() / 7) + 1; };
  for (const auto& race : schedule.races) {
    const bool a = race.priority == model::RacePriority::a;
    const int race_week = week_of(race.date);
    const int back = std::max(race_week + 1, week_of(race.date + days{days_after(race) + 1}));
    int full_sets = -1;
    for (const auto& week : plan.weeks) {
      const std::string label = "week " + std::to_string(week.number) + ": ";
      if (week.number < race_week && (week.phase == model::Phase::base || week.phase == model::Phase::build)) {
        full_sets = week.total_sets;
      }
      // A C race counts as a hard run (docs/planner.md): no recovery period follows it.
      if (race.priority != model::RacePriority::c && week.number > race_week && week.number <= back + (a ? 1 : 0) &&
          week.phase == model::Phase::build) {
        problems.push_back(label + "a build week right after a race");
      }
      if (a && week.number > race_week && week.number <= back + 1 && week.phase != model::Phase::recovery) {
        problems.push_back(label + "not a recovery week after an A race");
      }
      if (a && week.number == race_week && week.sessions.size() > 1) problems.push_back(label + "more than one race-week session");
      if (a && full_sets > 0 && week.number == back && week.total_sets > full_sets / 2) problems.push_back(label + "return week over half");
      if (a && full_sets > 0 && week.number == back + 1 && week.total_sets > full_sets * 3 / 4) {
        problems.push_back(label + "second return week over three quarters");
      }
      for (const auto& session : week.sessions) {
        const Date date = session.date;
        const std::string at = format_date(date) + ": ";
        if (race.priority != model::RacePriority::c) {
          if (date < race.date && race.date - date <= days{3}) problems.push_back(at + "in the last 3 days before a race");
          if (date > race.date && date - race.date <= days{days_after(race)}) problems.push_back(at + "in a race's recovery days");
        }
        if (!a) continue;
        const bool race_week_session = week.number == race_week;
        if (race_week_session && date < race.date && race.date - date < days{4}) problems.push_back(at + "race-week session under 4 days out");
        for (const auto& item : session.exercises) {
          if (uses(item, "weight") && date <= race.date && race.date - date <= days{14}) problems.push_back(at + "weight within 14 days of the race");
          if ((race_week_session || week.number == back) && !item.equipment.empty()) problems.push_back(at + "not bodyweight");
        }
      }
    }
  }
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
      const auto next = run_on(schedule, date + days{1});
      if (model::is_hard(next) && next != model::RunType::long_run) problems.push_back(at + "the day before a hard run");
      if (date < week.start || date >= week.start + days{7}) problems.push_back(at + "outside its week");
    }
    check_choices(plan, week, problems);
  }
  check_races(plan, problems);
  for (std::size_t i = 1; i < dates.size(); ++i) {
    if (dates[i] - dates[i - 1] < days{2}) problems.push_back(format_date(dates[i]) + ": strength two days in a row");
  }
  return problems;
}

std::vector<std::string> weekly_rule_violations(const model::Plan& plan) {
  using Phase = model::Phase;
  std::vector<std::string> problems;
  // Each exercise's largest dose (work, load step) in the last base or build week.
  std::map<std::string, std::pair<int, int>> last;
  const model::Week* before = nullptr;
  for (const auto& week : plan.weeks) {
    const std::string label = "week " + std::to_string(week.number) + ": ";
    const bool full = week.phase == Phase::base || week.phase == Phase::build;
    const bool cut = week.phase == Phase::deload || week.phase == Phase::taper;
    if (cut && before != nullptr && (before->phase == Phase::base || before->phase == Phase::build) &&
        week.total_sets * 100 > before->total_sets * 70) {
      problems.push_back(label + "a cut week above 70% of the sets of the week before");
    }
    before = &week;
    if (!full) continue;
    std::map<std::string, std::pair<int, int>> doses;
    for (const auto& session : week.sessions) {
      for (const auto& item : session.exercises) {
        const int work = item.sets * (item.reps.value_or(0) + item.seconds.value_or(0));
        auto& dose = doses[item.slug];
        dose = {std::max(dose.first, work), std::max(dose.second, item.load_step)};
        const auto was = last.find(item.slug);
        if (was == last.end()) continue;
        const int allowed = was->second.first + std::max(was->second.first / 10, item.sets);
        if (work > allowed) problems.push_back(label + item.slug + ": work " + std::to_string(work) + " after " + std::to_string(was->second.first));
        if (item.load_step > was->second.second + 2) problems.push_back(label + item.slug + ": more than two load steps");
      }
    }
    last = std::move(doses);
  }
  return problems;
}

}  // namespace rs::test

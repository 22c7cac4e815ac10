#include "planner/placement.hpp"

#include "planner/races.hpp"

#include <algorithm>
#include <array>

namespace rs::planner {

namespace {

using model::Experience;
using model::Placement;
using model::RunType;
using std::chrono::days;

std::string run_words(RunType run) {
  if (run == RunType::long_run) return "long run";
  if (run == RunType::race) return "race";
  return std::string(model::to_string(run)) + " run";
}


}  // namespace

RunType run_on(const model::Schedule& schedule, Date date) {
  if (model::race_on(schedule, date) != nullptr) return RunType::race;
  if (const auto dated = schedule.dates.find(date); dated != schedule.dates.end()) return dated->second;
  if (const auto listed = schedule.calendar.find(date); listed != schedule.calendar.end()) return listed->second;
  return schedule.week[static_cast<std::size_t>(weekday_index(date))];
}

model::RunSource run_source(const model::Schedule& schedule, Date date) {
  if (schedule.dates.count(date) > 0) return model::RunSource::date;
  if (schedule.calendar.count(date) > 0) return model::RunSource::calendar;
  return model::RunSource::template_week;
}

std::optional<std::string> hard_rule_violation(const model::Schedule& schedule, Date date,
                                               std::optional<Date> last_session) {
  const RunType run = run_on(schedule, date);
  if (auto violation = race_rule_violation(schedule, date)) return violation;
  if (run == RunType::long_run) return "long-run day: no strength on the day of a long run";
  const RunType next = run_on(schedule, date + days{1});
  const bool light_allowed = next == RunType::long_run && schedule.before_long == model::BeforeLong::light;
  if (model::is_hard(next) && !light_allowed) {
    return "the day before your " + run_words(next) + ": arrive at hard days fresh";
  }
  if (last_session && date - *last_session < days{2}) {
    return "the day after a strength session: strength days are at least 48 hours apart";
  }
  return std::nullopt;
}

bool light_only(const model::Schedule& schedule, Date date) {
  return schedule.before_long == model::BeforeLong::light && run_on(schedule, date + days{1}) == RunType::long_run;
}

Placement placement_for(RunType run, Experience experience) {
  if (run == RunType::rest) return Placement::rest_day;
  if (model::is_hard(run)) return Placement::after_hard_run;
  if (experience == Experience::new_runner && (run == RunType::easy || run == RunType::recovery)) {
    return Placement::replaces_run;
  }
  return Placement::after_easy_run;
}

int preference_rank(Placement placement, Experience experience) {
  if (experience == Experience::new_runner) {
    switch (placement) {
      case Placement::replaces_run: return 0;
      case Placement::rest_day: return 1;
      case Placement::after_easy_run: return 2;
      case Placement::after_hard_run: return 3;
    }
  }
  switch (placement) {
    case Placement::after_hard_run: return 0;
    case Placement::after_easy_run: return 1;
    case Placement::rest_day: return 2;
    case Placement::replaces_run: return 3;
  }
  return 3;
}

std::string placement_reason(Placement placement, RunType run, Experience experience) {
  switch (placement) {
    case Placement::replaces_run:
      return run == RunType::recovery
                 ? std::string("Replaces your recovery run: recovery runs are the first a new runner swaps for strength.")
                 : "Replaces your " + run_words(run) + ": the week still keeps at least three runs.";
    case Placement::rest_day:
      return experience == Experience::new_runner
                 ? std::string("On a rest day: no easy run was free to replace, so a rest day comes next for new runners.")
                 : std::string("On a rest day: no day after a run was free, so a rest day is the fallback.");
    case Placement::after_easy_run:
      return experience == Experience::new_runner
                 ? "After your " + run_words(run) + ": low-intensity work after an easy run, so bodyweight only."
                 : "After your " + run_words(run) + ": an easy day carries strength work without spoiling a hard session.";
    case Placement::after_hard_run:
      return "After your " + run_words(run) + ": \"keep hard days hard\", so the next day stays easy.";
  }
  return {};
}

std::string light_reason(RunType run) {
  return std::string(run == RunType::rest ? "On a rest day" : "After your " + run_words(run)) +
         ", the day before your long run: a light session (bodyweight, at most 20 minutes, no jumping), as you "
         "asked with strength.before_long: light.";
}

}  // namespace rs::planner

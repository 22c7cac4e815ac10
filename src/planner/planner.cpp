#include "planner/planner.hpp"

#include <map>
#include <optional>
#include <set>
#include <string_view>

#include "planner/placement.hpp"
#include "planner/plan_week.hpp"
#include "planner/progression.hpp"
#include "planner/races.hpp"
#include "planner/session_builder.hpp"
#include "planner/week_fill.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace rs::planner {

namespace {

using std::chrono::days;

std::string week_list(const std::vector<int>& weeks) {
  std::string text;
  for (std::size_t i = 0; i < weeks.size();) {
    std::size_t j = i;
    while (j + 1 < weeks.size() && weeks[j + 1] == weeks[j] + 1) ++j;
    if (!text.empty()) text += ", ";
    text += std::to_string(weeks[i]);
    if (j > i) text += "-" + std::to_string(weeks[j]);
    i = j + 1;
  }
  return (weeks.size() == 1 ? "week " : "weeks ") + text;
}

// The exercises with the first occurrence of each slug only, in their order.
std::vector<model::Exercise> distinct_slugs(const std::vector<model::Exercise>& exercises) {
  std::vector<model::Exercise> distinct;
  std::set<std::string_view> seen;
  for (const auto& exercise : exercises) {
    if (seen.insert(exercise.slug).second) distinct.push_back(exercise);
  }
  return distinct;
}

// Sets added to every start dose (each capped by max_start_sets): the fewest (0 to 2) with which
// week 1's sessions are all filled (80% of their target), else the number that fills week 1 best.
// Week 1 is filled this way once; after it each exercise's dose grows by progression only (about
// 10% a week).
int fill_sets(PlanContext& context) {
  int best = 0;
  long long best_fill = -1;
  for (int extra = 0; extra <= max_fill_sets; ++extra) {
    context.extra_sets = extra;
    WeekState trial;
    const model::Week week = plan_week(context, 1, trial).week;
    long long fill = 0;  // minutes filled, over the sessions' targets, in thousandths
    bool all_filled = !week.sessions.empty();
    for (const auto& session : week.sessions) {
      fill += 1000LL * session.minutes / std::max(1, session.target_minutes);
      all_filled = all_filled && filled(session);
    }
    if (all_filled) return extra;
    if (fill > best_fill) {
      best_fill = fill;
      best = extra;
    }
  }
  return best;
}

// One warning for the base and build weeks whose sessions are not filled, with the least filled
// session's figure. Deload, taper, race and recovery weeks are shorter by their own rules (their
// cut of sets), not because the library runs short.
std::optional<std::string> unfilled_warning(const std::vector<model::Week>& weeks) {
  std::vector<int> numbers;
  const model::Session* least = nullptr;
  int least_week = 0;
  for (const auto& week : weeks) {
    if (week.phase != model::Phase::base && week.phase != model::Phase::build) continue;
    const model::Session* session = least_filled(week);
    if (!session) continue;
    numbers.push_back(week.number);
    if (!least || session->minutes * least->target_minutes < least->minutes * session->target_minutes) {
      least = session;
      least_week = week.number;
    }
  }
  if (!least) return std::nullopt;
  return week_list(numbers) + ": " + fill_warning(*least, least_week);
}

}  // namespace

std::size_t tips_needed(int weeks) { return weeks > 0 ? static_cast<std::size_t>(weeks) * 7 : 0; }

std::string default_plan_name(const model::Schedule& schedule, int weeks) {
  return "Strength plan from " + format_date(schedule.start) + " (" + count_of(weeks, "week") + ")";
}

PlanResult build_plan(const model::Schedule& schedule, int weeks, const std::string& name,
                      const std::vector<model::Exercise>& library, const std::vector<model::Tip>& tips) {
  const std::vector<model::Exercise> exercises = distinct_slugs(library);
  if (exercises.empty()) throw Error("the library has no exercises: run `runstrength import` first");
  PlanResult result;
  auto& plan = result.plan;
  plan.name = name.empty() ? default_plan_name(schedule, weeks) : name;
  plan.weeks_count = weeks;
  plan.schedule = schedule;

  PlanContext context{schedule, exercises, tips, level_ranks(exercises), {}, {}, {}};
  context.availability.reserve(exercises.size());
  for (const auto& exercise : exercises) context.availability.push_back(equipment_availability(exercise, schedule));
  for (int number = 1; number <= weeks; ++number) {
    context.phases.push_back(race_phase(schedule, number, weeks));
    context.recovery.push_back(week_recovery(schedule, number));
  }
  context.extra_sets = fill_sets(context);
  plan.fill_sets = context.extra_sets;

  // Warnings that repeat week after week are reported once, with the weeks they apply to.
  std::vector<std::string> order;
  std::map<std::string, std::vector<int>> warning_weeks;
  WeekState state;
  for (int number = 1; number <= weeks; ++number) {
    WeekOutcome outcome = plan_week(context, number, state);
    for (const auto& warning : outcome.warnings) {
      if (!warning_weeks.count(warning)) order.push_back(warning);
      warning_weeks[warning].push_back(number);
    }
    for (auto& line : outcome.explanation) result.explanation.push_back(std::move(line));
    plan.weeks.push_back(std::move(outcome.week));
  }
  for (const auto& warning : order) plan.warnings.push_back(week_list(warning_weeks[warning]) + ": " + warning);
  if (auto warning = unfilled_warning(plan.weeks)) plan.warnings.push_back(std::move(*warning));
  for (auto& warning : races_beyond(schedule, weeks)) plan.warnings.push_back(std::move(warning));
  return result;
}

}  // namespace rs::planner

#include "planner/planner.hpp"

#include <map>
#include <set>
#include <string_view>

#include "planner/placement.hpp"
#include "planner/plan_week.hpp"
#include "planner/progression.hpp"
#include "planner/races.hpp"
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
  for (auto& warning : races_beyond(schedule, weeks)) plan.warnings.push_back(std::move(warning));
  return result;
}

}  // namespace rs::planner

#include "app/make_plan.hpp"


#include "app/calendar.hpp"
#include "app/replan.hpp"
#include "exporters/plan_json.hpp"
#include "model/schedule_json.hpp"
#include "planner/adapt.hpp"
#include "planner/planner.hpp"
#include "planner/races.hpp"
#include "store/library_queries.hpp"
#include "store/athlete_store.hpp"
#include "store/log_store.hpp"
#include "store/plan_store.hpp"
#include "util/error.hpp"
#include "util/read_file.hpp"

namespace rs::app {

namespace {

std::string read_schedule_file(const std::string& path) {
  auto text = read_whole_file(path);
  if (!text) throw_usage("--schedule: cannot read " + path);
  return std::move(*text);
}

// The request's schedule file, else the saved schedule, else the default week (with a note).
model::Schedule runner_schedule(store::Database& db, long long athlete_id, const PlanRequest& request,
                                std::vector<std::string>& notes) {
  if (request.schedule_file) {
    return planner::parse_schedule(read_schedule_file(*request.schedule_file), *request.schedule_file, request.today);
  }
  if (const auto saved = store::load_athlete_schedule(db, athlete_id)) {
    return planner::parse_schedule(*saved, "saved schedule", request.today);
  }
  notes.emplace_back(
      "no schedule saved and no --schedule given: using the default week (see docs/planner.md; save yours with "
      "`runstrength schedule set FILE`)");
  return planner::default_schedule(request.today);
}

// The planner's plan for a checked schedule, from one snapshot of the library.
planner::PlanResult build(store::Database& db, long long athlete_id, model::Schedule& schedule,
                          const PlanRequest& request, int weeks, const std::string& name) {
  planner::apply_overrides(schedule, request.overrides);
  std::vector<std::string> calendar_warnings;
  if (request.runs_file) {
    calendar_warnings = apply_calendar(schedule, read_calendar_file(*request.runs_file), *request.runs_file);
  } else if (const auto saved = store::load_athlete_calendar(db, athlete_id)) {
    calendar_warnings = apply_calendar(schedule, saved->text, "saved calendar (" + saved->file + ")");
  }
  if (request.until_race) {
    if (request.weeks) throw_usage("--until-race sets the plan's length: it cannot be combined with --weeks");
    planner::validate_schedule(schedule, planner::min_weeks);
    weeks = planner::weeks_until_race(schedule);
  }
  planner::validate_schedule(schedule, weeks);
  // Only the plan's own weeks of the calendar are kept with it.
  schedule.calendar.erase(schedule.calendar.lower_bound(schedule.start + std::chrono::days{7 * weeks}),
                          schedule.calendar.end());
  const auto content = store::read_plan_library(db, planner::tips_needed(weeks));
  auto result = planner::build_plan(schedule, weeks, name, content.exercises, content.tips);
  for (auto& warning : calendar_warnings) result.plan.warnings.push_back(std::move(warning));
  return result;
}

// The plan with what saving gives it (id, identity, time, calendar UIDs) blanked, as JSON.
std::string content_of(model::Plan plan) {
  plan.id = 0;
  plan.identity.clear();
  plan.saved_at.clear();
  for (auto& week : plan.weeks) {
    for (auto& session : week.sessions) {
      session.uid.clear();
      session.sequence = 0;
    }
  }
  return exporters::plan_json_text(plan);
}

// The newest saved plan built from the same schedule, when its content equals `plan`'s.
std::optional<model::Plan> identical_saved_plan(store::Database& db, const model::Plan& plan) {
  const auto schedule = model::schedule_to_json(plan.schedule);
  for (const auto& summary : store::list_plans(db, plan.athlete_id)) {
    auto saved = store::load_plan(db, summary.id);
    if (!saved || model::schedule_to_json(saved->schedule) != schedule) continue;
    if (content_of(*saved) == content_of(plan)) return saved;
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

PlanOutcome make_plan(store::Database& db, const PlanRequest& request) {
  PlanOutcome outcome;
  const long long athlete_id = resolve_athlete(db, request.athlete);
  auto schedule = runner_schedule(db, athlete_id, request, outcome.notes);
  auto result = build(db, athlete_id, schedule, request, request.weeks.value_or(planner::default_weeks), request.name);
  result.plan.athlete_id = athlete_id;
  if (request.save) {
    if (auto same = identical_saved_plan(db, result.plan)) {
      outcome.identical_to = same->id;
      result.plan = std::move(*same);
    } else {
      store::save_plan(db, result.plan);
    }
  }
  outcome.plan = std::move(result.plan);
  outcome.explanation = std::move(result.explanation);
  return outcome;
}

PlanOutcome replan_saved_plan(store::Database& db, long long id, const PlanRequest& request) {
  return replan_with_log(db, id, request, false);
}

PlanOutcome replan_with_log(store::Database& db, long long id, const PlanRequest& request, bool from_today) {
  if (!request.save) throw_usage("--replan rewrites a saved plan; it cannot be combined with --no-save");
  const model::Plan saved = saved_plan(db, id);
  if (request.athlete && resolve_athlete(db, request.athlete) != saved.athlete_id) {
    throw_usage("plan " + std::to_string(id) + " is not athlete \"" + *request.athlete + "\"'s");
  }
  PlanOutcome outcome;
  auto schedule = request.schedule_file ? runner_schedule(db, saved.athlete_id, request, outcome.notes) : saved.schedule;
  auto fresh = build(db, saved.athlete_id, schedule, request, request.weeks.value_or(saved.weeks_count),
                     request.name.empty() ? saved.name : request.name);
  store::LogQuery query;
  query.plan_id = id;
  const auto log = store::read_log(db, query);
  if (from_today || !log.empty()) {
    const auto library = store::read_plan_library(db, 0).exercises;
    fresh.plan = planner::adapt_plan(saved, std::move(fresh.plan), log, request.today, library);
  }
  outcome.plan = replan(saved, std::move(fresh.plan));
  if (!request.name.empty()) outcome.plan.name = request.name;
  store::replace_plan(db, id, outcome.plan);
  outcome.explanation = std::move(fresh.explanation);
  return outcome;
}

std::vector<AthletePlan> plan_all(store::Database& db, const PlanRequest& request) {
  if (request.athlete || request.schedule_file) {
    throw_usage("--all plans every athlete from their own schedule: it cannot be combined with --athlete or --schedule");
  }
  std::vector<AthletePlan> plans;
  // Every athlete's plan, or none: one write transaction (and one commit, not one per athlete).
  db.run_in_write([&] {
    for (const auto& athlete : store::list_athletes(db)) {
      PlanRequest one = request;
      one.athlete = athlete.name;
      plans.push_back({athlete.name, make_plan(db, one)});
    }
  });
  return plans;
}

model::Plan saved_plan(store::Database& db, long long id) {
  auto plan = store::load_plan(db, id);
  if (!plan) throw_usage("no saved plan with id " + std::to_string(id) + " (see `runstrength plans`)");
  return std::move(*plan);
}

void delete_saved_plan(store::Database& db, long long id, bool force) {
  if (const auto logged = store::count_plan_log(db, id); logged > 0 && !force) {
    throw_usage("plan " + std::to_string(id) + " has " + std::to_string(logged) +
                " training log entries: `plan delete " + std::to_string(id) +
                " --force` deletes the plan and keeps the entries (in `history`, without a plan)");
  }
  if (!store::delete_plan(db, id)) {
    throw_usage("no saved plan with id " + std::to_string(id) + " (see `runstrength plans`)");
  }
}

}  // namespace rs::app

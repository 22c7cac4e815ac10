#include "planner/plan_week.hpp"

#include <algorithm>
#include <set>
#include <string_view>

#include "model/estimate.hpp"
#include "planner/equipment.hpp"
#include "planner/placement.hpp"
#include "planner/progression.hpp"
#include "planner/session_builder.hpp"
#include "planner/week_fill.hpp"

namespace rs::planner {

namespace {

using model::Phase;
using std::chrono::days;

/// What a session may draw on besides the levels: bodyweight only, and whether jumping is out.
struct Limits {
  bool bodyweight_only = false;
  bool no_plyometric = false;
};

int level_index(const PlanContext& context, int rank) {
  const auto found = std::find(context.ranks.begin(), context.ranks.end(), rank);
  return static_cast<int>(found - context.ranks.begin());
}

bool progressing(Phase phase) { return phase == Phase::base || phase == Phase::build; }

// Exercises needing weight stop 14 days before an A race.
bool heavy_lifting_stopped(const model::Schedule& schedule, Date date) {
  return std::any_of(schedule.races.begin(), schedule.races.end(), [&](const model::Race& race) {
    return race.priority == model::RacePriority::a && date <= race.date && race.date - date <= days{14};
  });
}

// The warning of a recovery week: the race, its days without strength and what follows.
std::string recovery_text(const WeekRecovery& recovery) {
  const auto& race = *recovery.race;
  std::string text = "recovery after " + race_label(race) + ": no strength for " +
                     std::to_string(model::recovery_days(race)) + " days, then ";
  if (race.priority == model::RacePriority::b) return text + "a lighter week (about 70% of the last full week)";
  return text + "a return week at about half the volume of the last full week, bodyweight only, then about three quarters";
}

/// Progression weeks (base or build) from the level's introduction up to, not including, `number`.
/// Deload, taper and race weeks keep the dose of the last progressing week.
int progression_steps(const PlanContext& context, int level, int number) {
  int steps = 0;
  const int from = introduction_week(context.schedule.experience, context.ranks[static_cast<std::size_t>(level)]);
  for (int week = from; week < number; ++week) {
    if (progressing(context.phases[static_cast<std::size_t>(week - 1)])) ++steps;
  }
  if (!progressing(context.phases[static_cast<std::size_t>(number - 1)])) steps = std::max(0, steps - 1);
  return steps;
}

struct Pools {
  std::vector<Candidate> warmup;
  std::vector<Candidate> main;
};

Pools pools_for(const PlanContext& context, int number, Date date, int top, Limits limits) {
  Pools pools;
  const auto levels = main_levels(context.schedule.experience, top, first_main_level(context.ranks));
  for (std::size_t i = 0; i < context.exercises.size(); ++i) {
    const auto& exercise = context.exercises[i];
    const auto& availability = context.availability[i];
    if (!availability.available) continue;
    if (heavy_lifting_stopped(context.schedule, date) && needs_equipment(exercise, "weight")) continue;
    if (limits.bodyweight_only && !exercise.attributes.equipment.empty()) continue;
    if (limits.no_plyometric && exercise.attributes.kind == model::ExerciseKind::plyometric) continue;
    // A level's global rank says when it may come in: never above rank 1 in week 1 of a new or
    // returning runner, whatever the library's lowest level is.
    if (introduction_week(context.schedule.experience, exercise.level_rank) > number) continue;
    const int level = level_index(context, exercise.level_rank);
    const int room = std::max(0, max_start_sets(context.schedule.experience) - exercise.attributes.dose.sets);
    Candidate candidate{&exercise, level, availability.substitute, progression_steps(context, level, number),
                        std::min(context.extra_sets, room)};
    // The warm-up's activation comes from the basics (rank 0) only.
    if (exercise.level_rank == 0 && context.ranks.size() > 1) pools.warmup.push_back(candidate);
    if (std::find(levels.begin(), levels.end(), level) != levels.end()) pools.main.push_back(candidate);
  }
  // Highest level first, then library order: the rotation then varies sessions deterministically.
  std::stable_sort(pools.main.begin(), pools.main.end(),
                   [](const Candidate& a, const Candidate& b) { return a.level_index > b.level_index; });
  return pools;
}

std::string session_note(const PlanContext& context, const model::Session& session, model::RunType run, int index) {
  std::string note;
  if (session.placement == model::Placement::replaces_run) {
    note = "Do this instead of your " + std::string(model::to_string(run)) + " run.";
  } else if (session.placement != model::Placement::rest_day) {
    note = "Do this after your " + std::string(run == model::RunType::long_run ? "long" : model::to_string(run)) +
           " run, not before it: avoid running immediately after strength training.";
  }
  // Only the tips of the articles the session's exercises come from, rotating through them.
  std::set<std::string_view> articles;
  for (const auto* block : {&session.warmup, &session.exercises}) {
    for (const auto& item : *block) {
      const auto found = std::find_if(context.exercises.begin(), context.exercises.end(),
                                      [&](const model::Exercise& exercise) { return exercise.slug == item.slug; });
      if (found != context.exercises.end()) articles.insert(found->article_slug);
    }
  }
  std::vector<const model::Tip*> pool;
  for (const auto& tip : context.tips) {
    if (articles.count(tip.article_slug) != 0) pool.push_back(&tip);
  }
  if (!pool.empty()) {
    const auto& tip = *pool[static_cast<std::size_t>(index) % pool.size()];
    note += (note.empty() ? "" : " ") + tip.title + ": " + tip.body;
  }
  return note;
}

// "fri refused: the day before your long run: ...; used wed instead" (no dates: the same refusal
// every week is reported once with its weeks).
std::string refusal_text(const model::Refusal& refusal, std::size_t placed, int wanted) {
  std::string text = std::string(weekday_name(weekday_index(refusal.date))) + ", one of your strength days, refused: " +
                     refusal.rule;
  if (refusal.instead) return text + "; used " + std::string(weekday_name(weekday_index(*refusal.instead))) + " instead";
  return text + "; the week has " + std::to_string(placed) + " of " + std::to_string(wanted) + " sessions";
}

}  // namespace

WeekOutcome plan_week(const PlanContext& context, int number, WeekState& state) {
  const auto& schedule = context.schedule;
  WeekOutcome outcome;
  auto& week = outcome.week;
  week.number = number;
  week.start = schedule.start + days{7 * (number - 1)};
  week.phase = context.phases[static_cast<std::size_t>(number - 1)];

  int top = top_level(schedule.experience, number, context.ranks);
  if (week.phase == Phase::taper || week.phase == Phase::race || week.phase == Phase::recovery) {
    if (state.frozen_top < 0) state.frozen_top = top;
    top = std::min(top, state.frozen_top);  // nothing new right before a race
  } else {
    state.frozen_top = -1;
  }

  int wanted = schedule.sessions;
  if (week.phase == Phase::taper) wanted = std::min(wanted, 2);
  if (week.phase == Phase::race) wanted = 1;
  const WeekPlacement placed = place_week(schedule, week.start, wanted, state.last_session);
  const WeekRecovery& recovery = context.recovery[static_cast<std::size_t>(number - 1)];
  if (week.phase == Phase::recovery) {
    outcome.warnings.push_back(recovery_text(recovery));  // the real reason for fewer or lighter sessions
  } else if (!placed.shortfall.empty()) {
    outcome.warnings.push_back(placed.shortfall);
  }
  week.refusals = placed.refusals;
  for (const auto& refusal : placed.refusals) outcome.warnings.push_back(refusal_text(refusal, placed.chosen.size(), wanted));

  outcome.explanation.push_back("week " + std::to_string(number) + " (" + format_date(week.start) + ", " +
                                std::string(model::to_string(week.phase)) + "):");
  GroupCoverage coverage{};
  std::vector<Candidate> main_union;
  std::vector<std::vector<Candidate>> warmup_pools;  // each session's, for its mobility block
  for (const auto& day : placed.days) {
    outcome.explanation.push_back("  " + std::string(weekday_name(weekday_index(day.date))) + " " +
                                  std::string(model::to_string(day.run)) + ": " + day.why);
    model::Run run{day.date, day.run, day.chosen && day.placement == model::Placement::replaces_run,
                   run_source(schedule, day.date)};
    week.runs.push_back(run);
    if (!day.chosen) continue;
    // Race weeks and light days: bodyweight only; a new runner's session after an easy run too.
    const bool after_easy = schedule.experience == model::Experience::new_runner &&
                            day.placement == model::Placement::after_easy_run;
    const bool bodyweight = week.phase == Phase::race || day.light || after_easy ||
                            (week.phase == Phase::recovery && recovery.bodyweight_only);
    const Limits limits{bodyweight, day.light};
    const Pools pools = pools_for(context, number, day.date, top, limits);
    main_union.insert(main_union.end(), pools.main.begin(), pools.main.end());
    warmup_pools.push_back(pools.warmup);
    const int minutes = model::target_minutes(schedule.minutes, week.phase, recovery.cap_percent, day.light);
    const bool after_run = *day.placement == model::Placement::after_easy_run ||
                           *day.placement == model::Placement::after_hard_run;
    SessionRequest request{day.date, week.phase, minutes,
                           state.sessions_so_far + static_cast<int>(week.sessions.size()) + number, top, after_run};
    model::Session session = build_session(pools.warmup, pools.main, request, coverage);
    session.placement = *day.placement;
    session.light = day.light;
    session.reason = day.light ? light_reason(day.run) : placement_reason(session.placement, day.run, schedule.experience);
    session.note = session_note(context, session, day.run, state.sessions_so_far + static_cast<int>(week.sessions.size()));
    week.sessions.push_back(std::move(session));
  }

  const bool reduced = week.phase == Phase::deload || week.phase == Phase::taper || week.phase == Phase::race;
  if (reduced && state.previous_total_sets > 0) trim_evenly(week, state.previous_total_sets * 70 / 100, context.exercises);
  if (week.phase == Phase::recovery && recovery.cap_percent > 0 && state.last_full_sets > 0) {
    trim_evenly(week, state.last_full_sets * recovery.cap_percent / 100, context.exercises);
  }
  // What the cuts and the main block leave of each session's target: the mobility block.
  for (std::size_t i = 0; i < week.sessions.size(); ++i) {
    add_mobility(week.sessions[i], warmup_pools[i], state.sessions_so_far + static_cast<int>(i) + number);
  }
  week.total_sets = total_sets(week);
  if (progressing(week.phase)) state.last_full_sets = week.total_sets;

  if (!week.sessions.empty() && !reduced && week.phase != Phase::recovery) {
    for (std::size_t group = 0; group < area_group_count; ++group) {
      if (coverage[group]) continue;
      const bool possible = std::any_of(main_union.begin(), main_union.end(),
                                        [&](const Candidate& c) { return covers_group(*c.exercise, group); });
      outcome.warnings.push_back(possible ? std::string("not enough time in the sessions to work ") + area_group_names()[group]
                                          : std::string("no exercise for ") + area_group_names()[group] +
                                                " at the levels and equipment in use");
    }
  }
  if (!placed.chosen.empty()) state.last_session = placed.chosen.back();
  state.previous_total_sets = week.total_sets;
  state.sessions_so_far += static_cast<int>(week.sessions.size());
  return outcome;
}

}  // namespace rs::planner

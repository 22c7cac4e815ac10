#include "planner/session_builder.hpp"

#include <algorithm>

#include "model/estimate.hpp"
#include "planner/equipment.hpp"
#include "planner/progression.hpp"

namespace rs::planner {

namespace {

constexpr int stretching_seconds = 300;        // on a day without a run before it
constexpr int after_run_stretching_seconds = 120;  // after a run the runner is already warm
constexpr std::size_t max_warmup_basics = 2;
constexpr std::size_t max_main_exercises = 10;
constexpr int max_mobility_sets = 2;  // a move of the basics in the warm-up's mobility block

const std::array<std::vector<std::string>, area_group_count> groups = {
    std::vector<std::string>{"core"}, {"glutes", "hips"}, {"quads", "hamstrings"}, {"calves", "ankles-feet"}};

const std::vector<std::string> area_order = {"core",       "glutes", "hips",       "quads",   "hamstrings",
                                             "calves",     "ankles-feet", "upper-body", "posture", "full-body"};

model::SessionExercise make_item(const Candidate& candidate, const model::Dose& dose, model::Effort effort) {
  const auto& exercise = *candidate.exercise;
  model::SessionExercise item;
  item.slug = exercise.slug;
  item.name = exercise.name;
  item.level = exercise.level_slug;
  item.level_rank = exercise.level_rank;
  item.sets = dose.sets;
  if (dose.type == model::DoseType::hold) {
    item.seconds = dose.seconds;
  } else {
    item.reps = dose.reps;
  }
  item.per_side = dose.per_side;
  item.equipment = exercise.attributes.equipment;
  item.substitute = candidate.substitute;
  item.video = exercise.video;
  item.areas = exercise.attributes.areas;
  item.effort = effort;
  return item;
}

/// A main-block item: the phase's effort and, with weight, the load cue and step.
model::SessionExercise main_item(const Candidate& candidate, const Progress& progress, model::Phase phase) {
  model::SessionExercise item = make_item(candidate, progress.dose, model::phase_effort(phase));
  if (progress.tempo && item.reps) item.tempo = model::slow_tempo;
  if (needs_equipment(*candidate.exercise, "weight")) {
    item.load_cue = model::load_cue(phase);
    item.load_step = progress.load_step;
  }
  return item;
}

model::SessionExercise stretching(int seconds) {
  model::SessionExercise item;
  item.slug = "stretching";
  item.name = "Mobility and dynamic stretching";
  item.level = "warm-up";
  item.sets = 1;
  item.seconds = seconds;
  item.areas = {"full-body"};
  item.effort = model::warmup_effort();
  return item;
}

std::vector<const Candidate*> rotated(const std::vector<Candidate>& pool, int rotation) {
  std::vector<const Candidate*> order;
  for (const auto& candidate : pool) order.push_back(&candidate);
  if (!order.empty()) {
    const auto shift = static_cast<std::size_t>(rotation) % order.size();
    std::rotate(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(shift), order.end());
  }
  return order;
}

int final_sets(int sets, model::Phase phase) {
  switch (phase) {
    case model::Phase::deload: return reduced_sets(sets, 70);
    case model::Phase::taper: return reduced_sets(sets, 60);
    case model::Phase::race: return 1;
    default: return sets;
  }
}

model::Dose activation_dose(const Candidate& candidate) {
  model::Dose dose = candidate.exercise->attributes.dose;
  dose.sets = 1;
  return dose;
}

// How many of the main block's areas an activation move works.
int focus_overlap(const model::Exercise& exercise, const std::vector<model::SessionExercise>& main) {
  int overlap = 0;
  for (const auto& area : exercise.attributes.areas) {
    const bool worked = std::any_of(main.begin(), main.end(), [&](const model::SessionExercise& item) {
      return std::find(item.areas.begin(), item.areas.end(), area) != item.areas.end();
    });
    overlap += worked ? 1 : 0;
  }
  return overlap;
}

// Up to two moves of the basics, one set each, those working the main block's areas first (ties in
// the rotated library order).
void add_activation(model::Session& session, const std::vector<Candidate>& pool, int rotation) {
  std::vector<const Candidate*> order = rotated(pool, rotation);
  std::stable_sort(order.begin(), order.end(), [&](const Candidate* a, const Candidate* b) {
    return focus_overlap(*a->exercise, session.exercises) > focus_overlap(*b->exercise, session.exercises);
  });
  for (std::size_t i = 0; i < order.size() && i < max_warmup_basics; ++i) {
    session.warmup.push_back(make_item(*order[i], activation_dose(*order[i]), model::warmup_effort()));
  }
}

// The prescription of a main-block candidate this session: its start dose (with the plan's fill
// sets) progressed, then the phase's cut of sets.
Progress session_progress(const Candidate& candidate, model::Phase phase) {
  model::Dose start = candidate.exercise->attributes.dose;
  start.sets += candidate.extra_sets;
  Progress progressed = progress(start, candidate.steps, ladder_of(*candidate.exercise));
  progressed.dose.sets = final_sets(progressed.dose.sets, phase);
  return progressed;
}

// Seconds an exercise adds to a session: its sets and rests, and the transition before it.
int added_seconds(const Progress& progressed) {
  return estimated_seconds(progressed.dose, progressed.tempo) + model::transition_seconds;
}

/// What the main block has so far.
struct MainSoFar {
  std::vector<std::string> areas;
  const model::Session& session;
};

int candidate_score(const Candidate& candidate, const SessionRequest& request, const GroupCoverage& coverage,
                    const MainSoFar& so_far) {
  const auto& exercise = *candidate.exercise;
  int score = candidate.level_index == request.top_level ? 1 : 0;
  const auto& items = so_far.session.exercises;
  const bool level_in_session = std::any_of(items.begin(), items.end(), [&](const auto& item) {
    return item.level_rank == exercise.level_rank;
  });
  if (!level_in_session) score += 3;  // keep the level below in the mix with the new one
  for (std::size_t group = 0; group < area_group_count; ++group) {
    if (covers_group(exercise, group) && !coverage[group]) score += 8;
  }
  for (const auto& area : exercise.attributes.areas) {
    if (std::find(so_far.areas.begin(), so_far.areas.end(), area) == so_far.areas.end()) return score + 2;
  }
  return score;
}

}  // namespace

void finish_session(model::Session& session) {
  session.minutes = model::estimate_session(session).minutes();
  session.focus.clear();
  for (const auto& area : area_order) {
    const bool worked = std::any_of(session.exercises.begin(), session.exercises.end(), [&](const auto& item) {
      return std::find(item.areas.begin(), item.areas.end(), area) != item.areas.end();
    });
    if (worked) session.focus.push_back(area);
  }
}

int max_start_sets(model::Experience experience) { return experience == model::Experience::new_runner ? 3 : 4; }

const std::array<const char*, area_group_count>& area_group_names() {
  static const std::array<const char*, area_group_count> names = {"core", "glutes or hips", "legs (quads or hamstrings)",
                                                                   "calves or ankles"};
  return names;
}

bool covers_group(const model::Exercise& exercise, std::size_t group) {
  const auto& areas = exercise.attributes.areas;
  return std::any_of(groups[group].begin(), groups[group].end(),
                     [&](const std::string& area) { return std::find(areas.begin(), areas.end(), area) != areas.end(); });
}

model::Session build_session(const std::vector<Candidate>& warmup_pool, const std::vector<Candidate>& main_pool,
                             const SessionRequest& request, GroupCoverage& coverage) {
  model::Session session;
  session.date = request.date;
  session.target_minutes = request.minutes;
  const int stretch = request.after_run ? after_run_stretching_seconds : stretching_seconds;
  session.warmup.push_back(stretching(stretch));
  // Time kept for the activation, chosen once the main block's focus is known: the longest moves.
  std::vector<int> activation_seconds;
  for (const auto& candidate : warmup_pool) {
    activation_seconds.push_back(estimated_seconds(activation_dose(candidate)) + model::transition_seconds);
  }
  std::sort(activation_seconds.rbegin(), activation_seconds.rend());
  int used = stretch;
  for (std::size_t i = 0; i < activation_seconds.size() && i < max_warmup_basics; ++i) used += activation_seconds[i];

  const int budget = request.minutes * 60;
  std::vector<const Candidate*> order = rotated(main_pool, request.rotation);
  std::vector<bool> taken(order.size(), false);
  MainSoFar so_far{{}, session};
  while (session.exercises.size() < max_main_exercises) {
    int best_score = -1;
    std::size_t best = order.size();
    Progress best_progress;
    for (std::size_t i = 0; i < order.size(); ++i) {
      if (taken[i]) continue;
      const Progress progressed = session_progress(*order[i], request.phase);
      if (used + added_seconds(progressed) > budget) continue;
      const int score = candidate_score(*order[i], request, coverage, so_far);
      if (score > best_score) {
        best_score = score;
        best = i;
        best_progress = progressed;
      }
    }
    if (best == order.size()) break;
    taken[best] = true;
    used += added_seconds(best_progress);
    const auto& exercise = *order[best]->exercise;
    for (std::size_t group = 0; group < area_group_count; ++group) {
      if (covers_group(exercise, group)) coverage[group] = true;
    }
    for (const auto& area : exercise.attributes.areas) {
      if (std::find(so_far.areas.begin(), so_far.areas.end(), area) == so_far.areas.end()) so_far.areas.push_back(area);
    }
    session.exercises.push_back(main_item(*order[best], best_progress, request.phase));
  }

  add_activation(session, warmup_pool, request.rotation);
  finish_session(session);
  return session;
}

void add_mobility(model::Session& session, const std::vector<Candidate>& warmup_pool, int rotation) {
  const int budget = session.target_minutes * 60;
  auto fits = [&](model::Session& trial) { return model::estimate_session(trial).total() <= budget; };
  // First the basics not in the warm-up yet, one set each, in the rotated library order.
  for (const Candidate* candidate : rotated(warmup_pool, rotation)) {
    const auto& slug = candidate->exercise->slug;
    const bool present = std::any_of(session.warmup.begin(), session.warmup.end(),
                                     [&](const model::SessionExercise& item) { return item.slug == slug; });
    if (present) continue;
    session.warmup.push_back(make_item(*candidate, activation_dose(*candidate), model::warmup_effort()));
    if (!fits(session)) session.warmup.pop_back();
  }
  // Then more sets of every move of the basics, one round at a time.
  for (int sets = 2; sets <= max_mobility_sets; ++sets) {
    for (auto& item : session.warmup) {
      if (item.slug == "stretching" || item.sets >= sets) continue;
      ++item.sets;
      if (!fits(session)) --item.sets;
    }
  }
  finish_session(session);
}

}  // namespace rs::planner

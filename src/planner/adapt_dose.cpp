#include "planner/adapt_dose.hpp"

#include <algorithm>

#include "planner/equipment.hpp"
#include "planner/progression.hpp"

namespace rs::planner {

namespace {

// The longest progression looked at: a year of weekly steps.
constexpr int max_steps = 60;

int amount_of(const model::SessionExercise& item) { return item.reps.value_or(0) + item.seconds.value_or(0); }

int amount_of(const model::Dose& dose) { return dose.type == model::DoseType::hold ? dose.seconds : dose.reps; }

model::Dose dose_of(const model::SessionExercise& item) {
  model::Dose dose;
  dose.type = item.seconds ? model::DoseType::hold : model::DoseType::reps;
  dose.sets = item.sets;
  dose.reps = item.reps.value_or(0);
  dose.seconds = item.seconds.value_or(0);
  dose.per_side = item.per_side;
  return dose;
}

bool subset(const std::vector<std::string>& some, const std::vector<std::string>& of) {
  return std::all_of(some.begin(), some.end(),
                     [&](const std::string& item) { return std::find(of.begin(), of.end(), item) != of.end(); });
}

int shared_areas(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return static_cast<int>(std::count_if(a.begin(), a.end(), [&](const std::string& area) {
    return std::find(b.begin(), b.end(), area) != b.end();
  }));
}

// The library exercise `item` came from, if the library still has it.
const model::Exercise* find_exercise(const std::vector<model::Exercise>& library, const std::string& slug) {
  const auto found = std::find_if(library.begin(), library.end(),
                                  [&](const model::Exercise& exercise) { return exercise.slug == slug; });
  return found == library.end() ? nullptr : &*found;
}

// A main-block item for `exercise` at `step` in a week of `phase`, with the effort `item` had.
model::SessionExercise item_for(const model::Exercise& exercise, const model::SessionExercise& item, model::Phase phase,
                                int step, std::optional<std::string> substitute) {
  model::SessionExercise made;
  made.slug = exercise.slug;
  made.name = exercise.name;
  made.level = exercise.level_slug;
  made.level_rank = exercise.level_rank;
  made.per_side = exercise.attributes.dose.per_side;
  made.equipment = exercise.attributes.equipment;
  made.substitute = std::move(substitute);
  made.video = exercise.video;
  made.areas = exercise.attributes.areas;
  made.effort = item.effort;
  if (needs_equipment(exercise, "weight")) made.load_cue = model::load_cue(phase);
  made.sets = exercise.attributes.dose.sets;
  if (exercise.attributes.dose.type == model::DoseType::hold) {
    made.seconds = exercise.attributes.dose.seconds;
  } else {
    made.reps = exercise.attributes.dose.reps;
  }
  made = at_step(exercise.attributes.dose, made, step);
  made.sets = std::min(made.sets, item.sets);  // a deload's or taper's cut holds for the stand-in too
  return made;
}

}  // namespace

int work_of(const model::SessionExercise& item) { return item.sets * amount_of(item); }

bool within_weekly_rule(const model::SessionExercise& before, const model::SessionExercise& after) {
  const int was = work_of(before);
  const bool work_ok = work_of(after) <= was + std::max(was / 10, after.sets);
  return work_ok && after.load_step <= before.load_step + 2;
}

std::optional<int> step_of(const model::Dose& start, const model::SessionExercise& item) {
  if (item.load_cue) return item.load_step;
  for (const bool sets_too : {true, false}) {
    for (int step = 0; step <= max_steps; ++step) {
      const auto dose = progressed_dose(start, step);
      if (amount_of(dose) == amount_of(item) && (!sets_too || dose.sets == item.sets)) return step;
    }
  }
  return std::nullopt;
}

model::SessionExercise at_step(const model::Dose& start, model::SessionExercise item, int step) {
  step = std::max(0, step);
  if (item.load_cue) {
    item.load_step = step;
    return item;
  }
  const auto dose = progressed_dose(start, step);
  item.sets = dose.sets;
  if (item.reps) item.reps = dose.reps;
  if (item.seconds) item.seconds = dose.seconds;
  return item;
}

model::SessionExercise capped(model::SessionExercise item, const model::SessionExercise& cap) {
  // Held at a dose done at the normal pace: a slow-tempo step taken since is undone too, back to
  // the held reps at the normal pace (not the fewer reps of the slow tempo).
  if (item.tempo && !cap.tempo && item.reps && cap.reps) {
    item.tempo.reset();
    item.reps = cap.reps;
  }
  item.sets = std::min(item.sets, cap.sets);
  if (item.reps && cap.reps) item.reps = std::min(*item.reps, *cap.reps);
  if (item.seconds && cap.seconds) item.seconds = std::min(*item.seconds, *cap.seconds);
  item.load_step = std::min(item.load_step, cap.load_step);
  return item;
}

std::optional<model::SessionExercise> stand_in(const model::SessionExercise& item, const model::Session& session,
                                               model::Phase phase, int step, const model::Schedule& schedule,
                                               const std::vector<model::Exercise>& library,
                                               const std::vector<std::string>& barred) {
  const auto in_session = [&](const std::string& slug) {
    return std::any_of(session.exercises.begin(), session.exercises.end(),
                       [&](const model::SessionExercise& other) { return other.slug == slug; });
  };
  const int seconds = estimated_seconds(dose_of(item));
  const model::Exercise* best = nullptr;
  std::optional<model::SessionExercise> best_item;
  for (const auto& exercise : library) {
    if (exercise.slug == item.slug || exercise.level_rank != item.level_rank || item.areas.empty()) continue;
    if (shared_areas({item.areas.front()}, exercise.attributes.areas) == 0) continue;
    if (in_session(exercise.slug) || std::find(barred.begin(), barred.end(), exercise.slug) != barred.end()) continue;
    if (!subset(exercise.attributes.equipment, item.equipment)) continue;
    if (session.light && exercise.attributes.kind == model::ExerciseKind::plyometric) continue;
    const auto availability = equipment_availability(exercise, schedule);
    if (!availability.available) continue;
    auto made = item_for(exercise, item, phase, step, availability.substitute);
    if (estimated_seconds(dose_of(made)) > seconds) continue;
    if (best == nullptr || shared_areas(item.areas, exercise.attributes.areas) > shared_areas(item.areas, best->attributes.areas)) {
      best = &exercise;
      best_item = std::move(made);
    }
  }
  if (best_item) return best_item;
  const auto* same = find_exercise(library, item.slug);
  if (same == nullptr || item.substitute || item.equipment.empty()) return std::nullopt;
  std::string substitute;
  for (const auto& needed : item.equipment) {
    const auto found = same->attributes.substitutes.find(needed);
    if (found == same->attributes.substitutes.end()) return std::nullopt;
    substitute += (substitute.empty() ? "" : "; ") + found->second;
  }
  auto with_substitute = item;
  with_substitute.substitute = substitute;
  return with_substitute;
}

}  // namespace rs::planner

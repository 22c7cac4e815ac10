#include "app/replan.hpp"

#include "exporters/ics_plan.hpp"

namespace rs::app {

namespace {

bool same_exercise(const model::SessionExercise& a, const model::SessionExercise& b) {
  return a.slug == b.slug && a.name == b.name && a.sets == b.sets && a.reps == b.reps && a.seconds == b.seconds &&
         a.per_side == b.per_side && a.substitute == b.substitute && a.video == b.video && a.load_cue == b.load_cue &&
         a.load_step == b.load_step && a.effort == b.effort &&
         a.tempo == b.tempo;
}

bool same_exercises(const std::vector<model::SessionExercise>& a, const std::vector<model::SessionExercise>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!same_exercise(a[i], b[i])) return false;
  }
  return true;
}

const model::Week* find_week(const model::Plan& plan, int number) {
  for (const auto& week : plan.weeks) {
    if (week.number == number) return &week;
  }
  return nullptr;
}

}  // namespace

bool session_changed(const model::Session& before, const model::Week& week_before, const model::Session& after,
                     const model::Week& week_after) {
  return before.date != after.date || before.minutes != after.minutes ||
         before.target_minutes != after.target_minutes || before.placement != after.placement ||
         exporters::placement_text(before, week_before) != exporters::placement_text(after, week_after) || before.reason != after.reason ||
         before.focus != after.focus || before.note != after.note || before.adapted != after.adapted ||
         !same_exercises(before.warmup, after.warmup) ||
         !same_exercises(before.exercises, after.exercises);
}

model::Plan replan(const model::Plan& saved, model::Plan fresh) {
  fresh.id = saved.id;
  fresh.name = saved.name;
  fresh.identity = saved.identity;
  fresh.saved_at = saved.saved_at;
  const bool timing_changed =
      saved.schedule.time != fresh.schedule.time || saved.schedule.timezone != fresh.schedule.timezone;
  for (auto& week : fresh.weeks) {
    const model::Week* old_week = find_week(saved, week.number);
    for (std::size_t index = 0; index < week.sessions.size(); ++index) {
      auto& session = week.sessions[index];
      if (old_week != nullptr && index < old_week->sessions.size()) {
        const auto& old = old_week->sessions[index];
        session.uid = exporters::session_uid(saved, *old_week, index);
        const bool changed = timing_changed || session_changed(old, *old_week, session, week);
        session.sequence = old.sequence + (changed ? 1 : 0);
      } else {
        session.uid.clear();
        session.uid = exporters::session_uid(fresh, week, index);
        session.sequence = 0;
      }
    }
  }
  return fresh;
}

}  // namespace rs::app

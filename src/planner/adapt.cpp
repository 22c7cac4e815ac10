#include "planner/adapt.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "planner/adapt_dose.hpp"
#include "planner/adapt_log.hpp"
#include "planner/session_builder.hpp"

namespace rs::planner {

namespace {

bool week_lived(const model::Week& week, const std::vector<model::LogEntry>& log, Date today) {
  const Date end = week.start + std::chrono::days(6);
  if (end < today) return true;
  return std::any_of(log.begin(), log.end(),
                     [&](const model::LogEntry& entry) { return entry.date >= week.start && entry.date <= end; });
}

bool progression_week(model::Phase phase) { return phase == model::Phase::base || phase == model::Phase::build; }

// The load cue after a hold or a step back of an exercise logged with a load: keep that weight,
// or go one step under it.
std::string logged_load_cue(const NextCap& cap) {
  const auto load = model::format_load(*cap.load);
  const auto when = cap.reason.causes.empty() ? std::string() : " (logged on " + format_date(cap.reason.causes.back().date) + ")";
  if (cap.change == model::AdaptChange::stepped_back) return "go one dumbbell (about 5%) lighter than " + load + when;
  return "keep " + load + when + ": add no load this time";
}

// An exercise's dose that changed, and the rule and entries that changed it last.
struct Lowered {
  model::AdaptChange change = model::AdaptChange::held;
  LogReason reason;
};

// Walks the weeks in order, keeping each exercise's doses of the week before and of the last full
// week, and adapts the weeks ahead.
class Adapter {
 public:
  Adapter(LogReading reading, const model::Schedule& schedule, const std::vector<model::Exercise>& library,
          int fill_sets)
      : reading_(std::move(reading)), schedule_(schedule), library_(library), fill_sets_(fill_sets) {
    for (const auto& [slug, advice] : reading_.exercises) {
      if (advice.replace) barred_.push_back(slug);
    }
  }

  // Records a week's doses (kept or adapted): a base or build week is the one the weekly rule
  // compares the next with, and each exercise's last full dose caps the deloads after it.
  void record(const model::Week& week) {
    std::map<std::string, model::SessionExercise> doses;
    for (const auto& session : week.sessions) {
      for (const auto& item : session.exercises) {
        auto [at, added] = doses.emplace(item.slug, item);
        if (!added && work_of(item) + item.load_step > work_of(at->second) + at->second.load_step) at->second = item;
      }
    }
    const bool progression = progression_week(week.phase);
    if (!progression) return;
    for (const auto& [slug, item] : doses) last_full_[slug] = item;
    previous_ = std::move(doses);
  }

  // Adapts the week's sessions after `lived_until` (all of them when none); those on or before it
  // are kept as they are.
  void adapt(model::Week& week, std::optional<Date> lived_until = std::nullopt) {
    for (auto& session : week.sessions) {
      if (lived_until && session.date <= *lived_until) continue;
      std::vector<model::Adaptation> changes;
      std::vector<model::SessionExercise> kept;
      for (const auto& item : session.exercises) {
        auto result = adapt_item(item, session, week.phase);
        if (result.adaptation) {
          const auto replacement = result.item ? result.item->name : std::string();
          result.adaptation->text = model::adaptation_words(*result.adaptation, item.name, replacement);
          changes.push_back(std::move(*result.adaptation));
        }
        if (result.item) kept.push_back(std::move(*result.item));
      }
      if (changes.empty()) continue;
      session.exercises = std::move(kept);
      session.adapted = std::move(changes);
      finish_session(session);
    }
    week.total_sets = 0;
    for (const auto& session : week.sessions) {
      for (const auto& item : session.exercises) week.total_sets += item.sets;
    }
  }

 private:
  struct Result {
    std::optional<model::SessionExercise> item;     // none: left out
    std::optional<model::Adaptation> adaptation;    // none: unchanged
  };

  // The dose `exercise` starts at in this plan: the coach's, with the sets the planner added to
  // fill the runner's minutes (planner/plan_week.cpp), so stepping back keeps them.
  model::Dose start_of(const model::Exercise& exercise) const {
    auto dose = exercise.attributes.dose;
    dose.sets += std::min(fill_sets_, std::max(0, max_start_sets(schedule_.experience) - dose.sets));
    return dose;
  }

  const model::Exercise* exercise(const std::string& slug) const {
    const auto found = std::find_if(library_.begin(), library_.end(),
                                    [&](const model::Exercise& candidate) { return candidate.slug == slug; });
    return found == library_.end() ? nullptr : &*found;
  }

  static model::Adaptation adaptation(const model::SessionExercise& item, model::AdaptChange change, const LogReason& reason) {
    return {item.slug, change, std::nullopt, reason.why, "", reason.causes};
  }

  Result adapt_item(const model::SessionExercise& item, const model::Session& session, model::Phase phase) {
    const auto advice_at = reading_.exercises.find(item.slug);
    ExerciseAdvice none;
    auto& advice = advice_at == reading_.exercises.end() ? none : advice_at->second;
    const auto* source = exercise(item.slug);
    const auto step = source != nullptr ? step_of(start_of(*source), item) : std::nullopt;
    const int shift = advice.sooner - reading_.weeks_back;
    if (advice.replace) return replaced(item, session, phase, std::max(0, step.value_or(0) + shift), *advice.replace);
    auto adapted = item;
    std::optional<Lowered> why;
    if (shift != 0 && step && progression_week(phase)) {
      int target = *step + shift;
      adapted = at_step(start_of(*source), item, target);
      const auto before = previous_.find(item.slug);
      while (target > *step && before != previous_.end() && !within_weekly_rule(before->second, adapted)) {
        adapted = at_step(start_of(*source), item, --target);  // sooner, but within the weekly 10%
      }
      if (shift < 0) why = Lowered{model::AdaptChange::stepped_back, *reading_.back};
    } else if (shift < 0 && last_full_.contains(item.slug)) {
      auto cap = last_full_.at(item.slug);
      cap.sets = item.sets;
      adapted = capped(item, cap);
      why = Lowered{model::AdaptChange::stepped_back, *reading_.back};
    }
    if (advice.next) {
      auto cap = advice.next->dose;
      const auto lived = source != nullptr ? step_of(start_of(*source), cap) : std::nullopt;
      if (advice.next->change == model::AdaptChange::stepped_back) {
        cap = lived ? at_step(start_of(*source), cap, *lived - 1) : cap;
        if (!lived) cap.sets = std::max(1, cap.sets - 1);
      }
      const auto before = adapted;
      adapted = capped(adapted, cap);
      if (adapted.load_cue && advice.next->load) adapted.load_cue = logged_load_cue(*advice.next);
      if (work_of(adapted) != work_of(before) || adapted.load_step != before.load_step ||
          adapted.load_cue != before.load_cue) {
        why = Lowered{advice.next->change, advice.next->reason};
      }
      advice.next.reset();
    }
    if (why) lowered_[item.slug] = *why;
    guard(adapted, source, why);
    return {adapted, describe(item, adapted, advice, why)};
  }

  // The weekly ≤10% rule against the week before, for an exercise the log has already moved.
  void guard(model::SessionExercise& item, const model::Exercise* source, std::optional<Lowered>& why) {
    const auto before = previous_.find(item.slug);
    if (source == nullptr || before == previous_.end() || !lowered_.contains(item.slug)) return;
    auto step = step_of(start_of(*source), item);
    while (step && *step > 0 && !within_weekly_rule(before->second, item)) {
      item = at_step(start_of(*source), item, --*step);
      if (!why) why = lowered_.at(item.slug);
    }
  }

  std::optional<model::Adaptation> describe(const model::SessionExercise& fresh, const model::SessionExercise& adapted,
                                            const ExerciseAdvice& advice, const std::optional<Lowered>& why) const {
    const bool same = adapted.sets == fresh.sets && adapted.reps == fresh.reps && adapted.seconds == fresh.seconds &&
                      adapted.load_step == fresh.load_step && adapted.load_cue == fresh.load_cue;
    if (same) return std::nullopt;
    const bool higher = work_of(adapted) > work_of(fresh) || adapted.load_step > fresh.load_step;
    if (higher && advice.faster) return adaptation(fresh, model::AdaptChange::faster, *advice.faster);
    if (why) return adaptation(fresh, why->change, why->reason);
    return std::nullopt;
  }

  Result replaced(const model::SessionExercise& item, const model::Session& session, model::Phase phase, int step,
                  const LogReason& reason) {
    auto stand = stand_in(item, session, phase, step, schedule_, library_, barred_);
    auto change = adaptation(item, stand ? model::AdaptChange::replaced : model::AdaptChange::removed, reason);
    if (stand) change.replacement = stand->slug;
    return {std::move(stand), std::move(change)};
  }

  LogReading reading_;
  const model::Schedule& schedule_;
  const std::vector<model::Exercise>& library_;
  int fill_sets_ = 0;  // sets the planner added to every start dose (model::Plan::fill_sets)
  std::vector<std::string> barred_;                              // slugs replaced from now on
  std::map<std::string, Lowered> lowered_;                       // slugs the log moved, and why
  std::map<std::string, model::SessionExercise> previous_;       // the last progression week
  std::map<std::string, model::SessionExercise> last_full_;      // the last base or build week
};

}  // namespace

model::Plan adapt_plan(const model::Plan& saved, model::Plan fresh, const std::vector<model::LogEntry>& log, Date today,
                       const std::vector<model::Exercise>& library) {
  std::vector<int> lived;
  for (const auto& week : saved.weeks) {
    if (week_lived(week, log, today)) lived.push_back(week.number);
  }
  Adapter adapter(read_training_log(saved, lived, log, today), fresh.schedule, library, fresh.fill_sets);
  for (auto& week : fresh.weeks) {
    const auto kept = std::find_if(saved.weeks.begin(), saved.weeks.end(),
                                   [&](const model::Week& old) { return old.number == week.number; });
    const bool was_lived = std::find(lived.begin(), lived.end(), week.number) != lived.end();
    if (kept != saved.weeks.end() && was_lived && kept->start + std::chrono::days(6) <= today) {
      week = *kept;
    } else if (kept != saved.weeks.end() && was_lived) {
      // The week of today: its sessions so far as they happened, the rest adapted.
      for (auto& session : week.sessions) {
        for (const auto& old : kept->sessions) {
          if (old.date == session.date && old.date <= today) session = old;
        }
      }
      adapter.adapt(week, today);
    } else {
      adapter.adapt(week);
    }
    adapter.record(week);
  }
  return fresh;
}

}  // namespace rs::planner

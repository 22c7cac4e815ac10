#include "planner/adapt_log.hpp"

#include <algorithm>

namespace rs::planner {

namespace {

// One lived session and what the log has for its day.
struct Day {
  const model::Session* session = nullptr;
  const model::LogEntry* outcome = nullptr;            // the session entry (the last one of the day)
  std::vector<const model::LogEntry*> exercises;       // exercise entries of the day
};

Day day_of(const model::Session& session, const std::vector<model::LogEntry>& log) {
  Day day;
  day.session = &session;
  for (const auto& entry : log) {
    if (entry.date != session.date) continue;
    if (entry.kind == model::LogKind::session) {
      day.outcome = &entry;
    } else {
      day.exercises.push_back(&entry);
    }
  }
  return day;
}

model::AdaptCause cause_of(const model::LogEntry& entry) { return {entry.id, entry.date}; }

void append(LogReason& reason, const LogReason& more) {
  reason.why += reason.why.empty() ? more.why : ", then " + more.why;
  reason.causes.insert(reason.causes.end(), more.causes.begin(), more.causes.end());
}

// The dose as lived: the plan's item with the log's sets and reps or seconds where it has them.
model::SessionExercise lived_dose(const model::SessionExercise& planned, const model::LogEntry* done) {
  auto dose = planned;
  if (done == nullptr) return dose;
  dose.sets = done->sets;
  if (done->reps && planned.reps) dose.reps = done->reps;
  if (done->seconds && planned.seconds) dose.seconds = done->seconds;
  return dose;
}

// Reads what one logged day says of each of its exercises.
class Reader {
 public:
  LogReading reading;

  void skipped(const Day& day) {
    const auto cause = cause_of(*day.outcome);
    const auto when = format_date(day.session->date);
    for (const auto& item : day.session->exercises) {
      auto& advice = reading.exercises[item.slug];
      // A step back still due (pain) is not weakened into a hold.
      if (advice.next && advice.next->change == model::AdaptChange::stepped_back) continue;
      advice.next = NextCap{model::AdaptChange::held, item, {"skipped on " + when, {cause}}, std::nullopt};
    }
    skips_.push_back(cause);
    if (skips_.size() >= 2) week_back("two sessions skipped running");
  }

  void lived(const Day& day) {
    if (day.outcome != nullptr) skips_.clear();
    const bool partial = day.outcome != nullptr && day.outcome->outcome == model::Outcome::partial;
    for (const auto& item : day.session->exercises) {
      const model::LogEntry* done = nullptr;
      for (const auto* entry : day.exercises) {
        if (entry->slug == item.slug) done = entry;
      }
      if (done == nullptr && day.outcome == nullptr) continue;  // nothing known of it
      // The exercise entry's RPE wins; without one, the session entry's counts for it.
      const bool own_rpe = done != nullptr && (done->rpe || day.outcome == nullptr || done->pain);
      exercise(item, done, partial ? day.outcome : nullptr, own_rpe ? done : day.outcome);
    }
  }

  // A lived week ends: a week whose every session was skipped gives a week of progression back.
  void week_ended(const std::vector<Day>& days) {
    const bool all_skipped = !days.empty() && std::all_of(days.begin(), days.end(), [](const Day& day) {
      return day.outcome != nullptr && day.outcome->outcome == model::Outcome::skipped;
    });
    if (all_skipped && !skips_.empty()) week_back("the whole week skipped");
  }

 private:
  std::vector<model::AdaptCause> skips_;  // skipped sessions running, not yet counted as a week back

  void week_back(const std::string& what) {
    LogReason reason{what + " (", skips_};
    for (std::size_t i = 0; i < skips_.size(); ++i) reason.why += (i ? ", " : "") + format_date(skips_[i].date);
    reason.why += ")";
    reading.weeks_back += 1;
    if (!reading.back) reading.back = LogReason{};
    append(*reading.back, reason);
    skips_.clear();
  }

  void exercise(const model::SessionExercise& item, const model::LogEntry* done, const model::LogEntry* partial,
                const model::LogEntry* rated) {
    auto& advice = reading.exercises[item.slug];
    advice.next.reset();  // this lived appearance was the next one: what was due is past
    const auto when = format_date(rated->date);
    const auto rpe = rated->rpe;
    const bool pain = done != nullptr && done->pain;
    const auto load = done != nullptr && done->load ? " at " + model::format_load(*done->load) : std::string();
    if (pain || (rpe && *rpe >= hard_rpe)) {
      LogReason reason{(pain ? "pain" : "RPE " + std::to_string(*rpe)) + load + " on " + when, {cause_of(*rated)}};
      easy_[item.slug] = {};
      if (advice.sooner > 0 && --advice.sooner == 0) advice.faster.reset();  // the step sooner was too soon
      auto& hard = hard_[item.slug];
      append(hard, reason);
      if (hard.causes.size() >= 2) {
        advice.replace = hard;
        advice.next.reset();
        hard = {};
        return;
      }
      advice.next = NextCap{pain ? model::AdaptChange::stepped_back : model::AdaptChange::held, lived_dose(item, done), reason,
                            done != nullptr ? done->load : std::nullopt};
      return;
    }
    hard_[item.slug] = {};
    if (partial != nullptr) {
      advice.next = NextCap{model::AdaptChange::held, lived_dose(item, done), {"partial on " + when, {cause_of(*partial)}},
                            done != nullptr ? done->load : std::nullopt};
      easy_[item.slug] = {};
      return;
    }
    if (!rpe || *rpe > easy_rpe) {
      easy_[item.slug] = {};
      return;
    }
    auto& easy = easy_[item.slug];
    append(easy, {"RPE " + std::to_string(*rpe) + load + " on " + when, {cause_of(*rated)}});
    if (easy.causes.size() < 2) return;
    advice.sooner += 1;
    if (!advice.faster) advice.faster = LogReason{};
    append(*advice.faster, easy);
    easy = {};
  }

  std::map<std::string, LogReason> hard_;  // hard or painful appearances running, per slug
  std::map<std::string, LogReason> easy_;  // easy appearances running, per slug
};

}  // namespace

LogReading read_training_log(const model::Plan& saved, const std::vector<int>& lived,
                             const std::vector<model::LogEntry>& log, std::optional<Date> today) {
  Reader reader;
  for (const auto& week : saved.weeks) {
    if (std::find(lived.begin(), lived.end(), week.number) == lived.end()) continue;
    std::vector<Day> days;
    bool ended = true;
    for (const auto& session : week.sessions) {
      if (today && session.date > *today) {  // ahead: the runner has not come to it yet
        ended = false;
        continue;
      }
      days.push_back(day_of(session, log));
      const auto& day = days.back();
      if (day.outcome != nullptr && day.outcome->outcome == model::Outcome::skipped) {
        reader.skipped(day);
      } else {
        reader.lived(day);
      }
    }
    if (ended) reader.week_ended(days);
  }
  return reader.reading;
}

}  // namespace rs::planner

#include "planner/adapt.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "planner/session_builder.hpp"

namespace rs::planner {

namespace {

// What the log asks of one exercise's next appearances.
struct Change {
  enum class Kind { hold, step_back, faster, remove } kind = Kind::hold;
  model::SessionExercise dose;  // the dose to hold (hold, step_back)
  int uses = 1;                 // how many later appearances it applies to
  std::string why;              // the log entries, in words
};

bool week_lived(const model::Week& week, const std::vector<model::LogEntry>& log, Date today) {
  const Date end = week.runs.empty() ? week.start + std::chrono::days(6) : week.runs.back().date;
  if (end < today) return true;
  return std::any_of(log.begin(), log.end(),
                     [&](const model::LogEntry& entry) { return entry.date >= week.start && entry.date <= end; });
}

std::vector<const model::LogEntry*> entries_on(const std::vector<model::LogEntry>& log, Date date) {
  std::vector<const model::LogEntry*> found;
  for (const auto& entry : log) {
    if (entry.date == date) found.push_back(&entry);
  }
  return found;
}

// Reads the lived sessions in date order into the changes due for each exercise slug.
std::map<std::string, Change> read_log(const model::Plan& saved, const std::vector<int>& lived,
                                       const std::vector<model::LogEntry>& log) {
  std::map<std::string, Change> changes;
  std::map<std::string, int> hard_runs, easy_runs;
  int skipped_running = 0;
  for (const auto& week : saved.weeks) {
    if (std::find(lived.begin(), lived.end(), week.number) == lived.end()) continue;
    for (const auto& session : week.sessions) {
      const auto entries = entries_on(log, session.date);
      std::optional<model::Outcome> outcome;
      for (const auto* entry : entries) {
        if (entry->kind == model::LogKind::session) outcome = entry->outcome;
      }
      const auto day = format_date(session.date);
      if (outcome == model::Outcome::skipped) {
        ++skipped_running;
        for (const auto& item : session.exercises) {
          const bool twice = skipped_running >= 2;
          if (changes.contains(item.slug) && changes[item.slug].kind == Change::Kind::remove) continue;
          changes[item.slug] = {twice ? Change::Kind::step_back : Change::Kind::hold, item, twice ? 2 : 1,
                                (twice ? "skipped twice running (last " : "skipped on ") + day + (twice ? ")" : "")};
        }
        continue;
      }
      if (outcome) skipped_running = 0;
      for (const auto& item : session.exercises) {
        const model::LogEntry* done = nullptr;
        for (const auto* entry : entries) {
          if (entry->kind == model::LogKind::exercise && entry->slug == item.slug) done = entry;
        }
        const bool partial = outcome == model::Outcome::partial;
        if (done != nullptr && done->pain) {
          changes[item.slug] = {Change::Kind::remove, item, 1000, "pain on " + day};
        } else if ((done != nullptr && done->rpe && *done->rpe >= hard_rpe) || partial) {
          const int runs = ++hard_runs[item.slug];
          easy_runs[item.slug] = 0;
          const auto why = partial ? "partial on " + day : "RPE " + std::to_string(*done->rpe) + " on " + day;
          changes[item.slug] = {runs >= 2 ? Change::Kind::step_back : Change::Kind::hold, item, runs >= 2 ? 2 : 1,
                                runs >= 2 ? why + ", the second time running" : why};
        } else if (done != nullptr && done->rpe && *done->rpe <= easy_rpe) {
          hard_runs[item.slug] = 0;
          if (++easy_runs[item.slug] >= 2) {
            changes[item.slug] = {Change::Kind::faster, item, 1, "RPE " + std::to_string(*done->rpe) + " on " + day +
                                                                     ", the second easy time running"};
            easy_runs[item.slug] = 0;
          }
        } else if (done != nullptr || outcome == model::Outcome::done) {
          hard_runs[item.slug] = 0;
        }
      }
    }
  }
  return changes;
}

int& amount(model::SessionExercise& item) { return item.reps ? *item.reps : *item.seconds; }

// Holding or stepping back from a dose at the normal pace also undoes a tempo step taken since:
// the held reps at the normal pace, not the fewer reps of the slow tempo.
void hold_pace(model::SessionExercise& item, const model::SessionExercise& held) {
  if (item.tempo && !held.tempo && held.reps && item.reps) {
    item.tempo.reset();
    item.reps = held.reps;
  }
}

// Applies `change` to a later appearance; returns the words for the note, empty when nothing changed.
std::string apply(Change& change, model::SessionExercise& item, model::Phase phase) {
  const auto before = item;
  if (!item.reps && !item.seconds) return "";
  const auto& held = change.dose;
  switch (change.kind) {
    case Change::Kind::hold:
      item.sets = std::min(item.sets, held.sets);
      if (held.reps && item.reps) item.reps = std::min(*item.reps, *held.reps);
      if (held.seconds && item.seconds) item.seconds = std::min(*item.seconds, *held.seconds);
      hold_pace(item, held);
      break;
    case Change::Kind::step_back:
      item.sets = std::min(item.sets, std::max(1, held.sets - 1));
      if (held.reps && item.reps) item.reps = std::min(*item.reps, *held.reps);
      if (held.seconds && item.seconds) item.seconds = std::min(*item.seconds, *held.seconds);
      hold_pace(item, held);
      break;
    case Change::Kind::faster:
      if (phase == model::Phase::base || phase == model::Phase::build) amount(item) += std::max(1, amount(item) / 10);
      break;
    case Change::Kind::remove: return "";
  }
  const bool changed = item.sets != before.sets || item.reps != before.reps || item.seconds != before.seconds ||
                       item.tempo != before.tempo;
  if (!changed) return "";
  const char* verb = change.kind == Change::Kind::faster ? " progressed a step sooner ("
                     : change.kind == Change::Kind::hold   ? " held at its last dose ("
                                                           : " stepped back (";
  return item.name + verb + change.why + ")";
}

}  // namespace

model::Plan adapt_plan(const model::Plan& saved, model::Plan fresh, const std::vector<model::LogEntry>& log, Date today) {
  std::vector<int> lived;
  for (const auto& week : saved.weeks) {
    if (week_lived(week, log, today)) lived.push_back(week.number);
  }
  auto changes = read_log(saved, lived, log);
  for (auto& week : fresh.weeks) {
    if (std::find(lived.begin(), lived.end(), week.number) != lived.end()) {
      const auto kept = std::find_if(saved.weeks.begin(), saved.weeks.end(),
                                     [&](const model::Week& old) { return old.number == week.number; });
      if (kept != saved.weeks.end()) week = *kept;
      continue;
    }
    for (auto& session : week.sessions) {
      std::vector<std::string> reasons;
      std::vector<model::SessionExercise> exercises;
      for (auto& item : session.exercises) {
        const auto found = changes.find(item.slug);
        if (found == changes.end() || found->second.uses <= 0) {
          exercises.push_back(item);
          continue;
        }
        if (found->second.kind == Change::Kind::remove) {
          reasons.push_back(item.name + " removed (" + found->second.why + "; see a physio if it persists)");
          continue;
        }
        if (auto words = apply(found->second, item, week.phase); !words.empty()) reasons.push_back(std::move(words));
        found->second.uses -= 1;
        exercises.push_back(item);
      }
      if (reasons.empty()) continue;
      session.exercises = std::move(exercises);
      std::string note = "Adapted:";
      for (std::size_t i = 0; i < reasons.size(); ++i) note += (i ? "; " : " ") + reasons[i];
      session.note = note + "." + (session.note.empty() ? "" : " " + session.note);
      finish_session(session);
    }
    week.total_sets = 0;
    for (const auto& session : week.sessions) {
      for (const auto& item : session.exercises) week.total_sets += item.sets;
    }
  }
  return fresh;
}

}  // namespace rs::planner

// planner/adapt through app::replan_saved_plan and app::replan_with_log: an 8-week plan with two
// logged weeks (a skip, pain, too hard, too easy) re-planned; the lived weeks stay as they were,
// the weeks ahead follow the log, the hard rules hold, and the calendar keeps its UIDs with SEQUENCE
// raised only on the sessions that changed.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "app/export_plan.hpp"
#include "app/make_plan.hpp"
#include "planner/adapt.hpp"
#include "planner/planner.hpp"
#include "store/log_store.hpp"
#include "support/imported_library.hpp"
#include "support/planner_fixtures.hpp"

namespace rs::app {
namespace {

class Adapt : public test::ImportedLibraryTest {
 protected:
  model::Plan saved;
  void SetUp() override {
    ImportedLibraryTest::SetUp();
    saved = make_plan(library.db(), week_request()).plan;
    ASSERT_EQ(saved.weeks.size(), 8u);
    ASSERT_EQ(saved.weeks[0].sessions.size(), 2u);
    ASSERT_EQ(saved.weeks[1].sessions.size(), 2u);
  }
  model::LogEntry session_entry(const model::Session& session, model::Outcome outcome) const {
    model::LogEntry entry;
    entry.plan_id = saved.id;
    entry.date = session.date;
    entry.outcome = outcome;
    return entry;
  }
  model::LogEntry exercise_entry(const model::Session& session, const model::SessionExercise& item, int rpe,
                                 bool pain = false) const {
    model::LogEntry entry;
    entry.plan_id = saved.id;
    entry.date = session.date;
    entry.kind = model::LogKind::exercise;
    entry.slug = item.slug;
    entry.name = item.name;
    entry.sets = item.sets;
    entry.reps = item.reps;
    entry.seconds = item.seconds;
    entry.rpe = rpe;
    entry.pain = pain;
    return entry;
  }
  // The next session after week 2 that has `slug` in its main block (nullptr when none).
  static const model::SessionExercise* next_of(const model::Plan& plan, const std::string& slug,
                                               const model::Session** session = nullptr) {
    for (const auto& week : plan.weeks) {
      if (week.number <= 2) continue;
      for (const auto& candidate : week.sessions) {
        for (const auto& item : candidate.exercises) {
          if (item.slug != slug) continue;
          if (session != nullptr) *session = &candidate;
          return &item;
        }
      }
    }
    return nullptr;
  }
  static std::map<std::string, int> ics_sequences(const model::Plan& plan) {
    std::ostringstream out;
    write_plan(plan, exporters::ExportFormat::ics, {}, "", out);
    std::map<std::string, int> sequences;
    std::istringstream lines(out.str());
    std::string line, uid;
    while (std::getline(lines, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.starts_with("UID:")) uid = line.substr(4);
      if (line.starts_with("SEQUENCE:")) sequences[uid] = std::stoi(line.substr(9));
    }
    return sequences;
  }
};

TEST_F(Adapt, LoggedWeeksStayAndTheWeeksAheadFollowTheLog) {
  const auto& w1 = saved.weeks[0].sessions;
  const auto& w2 = saved.weeks[1].sessions;
  const auto in = [](const model::Session& session, const std::string& slug) {
    return std::any_of(session.exercises.begin(), session.exercises.end(),
                       [&](const model::SessionExercise& item) { return item.slug == slug; });
  };
  // Too easy: an exercise of week 1's first session that week 2's first session repeats; pain:
  // another one of week 1's first session; week 1's second session is skipped.
  const auto easy_at = std::find_if(w1[0].exercises.begin(), w1[0].exercises.end(),
                                    [&](const auto& item) { return in(w2[0], item.slug); });
  ASSERT_NE(easy_at, w1[0].exercises.end());
  const auto& easy = *easy_at;
  const auto& pained = w1[0].exercises.at(easy_at == w1[0].exercises.begin() ? 1 : 0);
  std::vector<model::LogEntry> log = {session_entry(w1[0], model::Outcome::done),
                                      exercise_entry(w1[0], pained, 7, true),
                                      exercise_entry(w1[0], easy, 5),
                                      session_entry(w1[1], model::Outcome::skipped),
                                      session_entry(w2[0], model::Outcome::done),
                                      exercise_entry(w2[0], easy, 6),
                                      session_entry(w2[1], model::Outcome::done)};
  // The second session of week 1 was skipped: its exercises (other than the two above) hold.
  const model::SessionExercise* skipped = nullptr;
  for (const auto& item : w1[1].exercises) {
    if (item.slug != pained.slug && item.slug != easy.slug) skipped = &item;
  }
  ASSERT_NE(skipped, nullptr);
  store::add_log_entries(library.db(), log);
  auto request = week_request();
  request.today = *parse_date("2026-12-21");  // week 3's Monday
  const auto fresh_next = next_of(saved, skipped->slug);
  ASSERT_NE(fresh_next, nullptr);
  const auto fresh_easy = *next_of(saved, easy.slug);
  const auto adapted = replan_saved_plan(library.db(), saved.id, request).plan;

  // Weeks 1 and 2 as they happened: same sessions, same UIDs, same SEQUENCE.
  for (int week = 0; week < 2; ++week) {
    ASSERT_EQ(adapted.weeks[week].sessions.size(), saved.weeks[week].sessions.size());
    for (std::size_t i = 0; i < saved.weeks[week].sessions.size(); ++i) {
      EXPECT_EQ(adapted.weeks[week].sessions[i].uid, saved.weeks[week].sessions[i].uid);
      EXPECT_EQ(adapted.weeks[week].sessions[i].sequence, 0);
      EXPECT_EQ(adapted.weeks[week].sessions[i].note, saved.weeks[week].sessions[i].note);
    }
  }
  // Pain: the exercise is gone from every later week, with a note saying why.
  EXPECT_EQ(next_of(adapted, pained.slug), nullptr) << pained.slug;
  // Skipped: the next session with that exercise repeats the skipped dose instead of progressing.
  const model::Session* held_in = nullptr;
  const auto* held = next_of(adapted, skipped->slug, &held_in);
  ASSERT_NE(held, nullptr);
  EXPECT_LE(held->sets, skipped->sets);
  EXPECT_EQ(held->reps.value_or(0) + held->seconds.value_or(0),
            std::min(fresh_next->reps.value_or(0) + fresh_next->seconds.value_or(0),
                     skipped->reps.value_or(0) + skipped->seconds.value_or(0)));
  EXPECT_TRUE(held_in->note.starts_with("Adapted:")) << held_in->note;
  // Too easy twice running (RPE 5 then 6): one step sooner, within the weekly 10%.
  const auto* raised = next_of(adapted, easy.slug);
  ASSERT_NE(raised, nullptr);
  const int before = fresh_easy.reps.value_or(0) + fresh_easy.seconds.value_or(0);
  const int after = raised->reps.value_or(0) + raised->seconds.value_or(0);
  EXPECT_EQ(after, before + std::max(1, before / 10));
  // Every adapted plan keeps the hard rules.
  EXPECT_EQ(test::hard_rule_violations(adapted), std::vector<std::string>{});
  // The calendar: every UID kept, SEQUENCE 1 exactly on the sessions whose note says "Adapted:".
  const auto old_sequences = ics_sequences(saved);
  const auto new_sequences = ics_sequences(adapted);
  int changed = 0;
  for (const auto& week : adapted.weeks) {
    for (const auto& session : week.sessions) {
      ASSERT_TRUE(old_sequences.contains(session.uid)) << session.uid;
      const int expected = session.note.starts_with("Adapted:") ? 1 : 0;
      changed += expected;
      EXPECT_EQ(new_sequences.at(session.uid), expected) << session.uid << " " << session.note;
    }
  }
  EXPECT_GE(changed, 3);  // the pained exercise's sessions, the held and the raised ones
  // The log itself is untouched by the re-plan.
  EXPECT_EQ(store::read_log(library.db()).size(), log.size());
}

TEST_F(Adapt, TooHardTwiceStepsBackAndAWholeSkippedWeekStepsBackItsExercises) {
  const auto& w1 = saved.weeks[0].sessions;
  const auto& w2 = saved.weeks[1].sessions;
  const auto& hard = w1[0].exercises.at(0);
  std::vector<model::LogEntry> log = {exercise_entry(w1[0], hard, 9), session_entry(w1[0], model::Outcome::done),
                                      session_entry(w1[1], model::Outcome::done),
                                      session_entry(w2[0], model::Outcome::skipped),
                                      session_entry(w2[1], model::Outcome::skipped)};
  // The hard exercise again at RPE 10 in the next session that has it, if week 1 has it twice.
  store::add_log_entries(library.db(), log);
  auto request = week_request();
  request.today = *parse_date("2026-12-21");
  const auto adapted = replan_with_log(library.db(), saved.id, request, true).plan;
  for (const auto& item : w2[1].exercises) {
    const auto* next = next_of(adapted, item.slug);
    if (next == nullptr) continue;
    EXPECT_LE(next->sets, std::max(1, item.sets - 1)) << item.slug;  // stepped back one set
  }
  EXPECT_EQ(test::hard_rule_violations(adapted), std::vector<std::string>{});
}

TEST_F(Adapt, WithoutALogAReplanIsUnchanged) {
  const auto again = replan_saved_plan(library.db(), saved.id, week_request()).plan;
  for (std::size_t w = 0; w < saved.weeks.size(); ++w) {
    for (std::size_t i = 0; i < saved.weeks[w].sessions.size(); ++i) {
      EXPECT_EQ(again.weeks[w].sessions[i].sequence, 0);
      EXPECT_EQ(again.weeks[w].sessions[i].note, saved.weeks[w].sessions[i].note);
    }
  }
}

// Holding a dose at the normal pace undoes a tempo step the fresh plan took since.
TEST(AdaptTempo, HoldingADoseUndoesATempoStepTakenSince) {
  auto schedule = test::example_schedule();
  schedule.minutes = 45;
  schedule.equipment_choice = model::EquipmentChoice::gym;
  const auto plan = planner::build_plan(schedule, 12, "", test::synthetic_library(3), {}).plan;
  // The first main-block appearance at the slow tempo, and the one before it.
  const model::SessionExercise* tempo = nullptr;
  const model::Session* before = nullptr;
  int tempo_week = 0;
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      for (const auto& item : session.exercises) {
        if (tempo == nullptr && item.tempo && before != nullptr) {
          tempo = &item;
          tempo_week = week.number;
        }
      }
    }
    if (tempo != nullptr) break;
    for (const auto& session : week.sessions) before = &session;
  }
  ASSERT_NE(tempo, nullptr);
  // The last session before that week with the same exercise is skipped; every other one done.
  const model::Session* skipped = nullptr;
  std::vector<model::LogEntry> log;
  for (const auto& week : plan.weeks) {
    if (week.number >= tempo_week) break;
    for (const auto& session : week.sessions) {
      const bool has = std::any_of(session.exercises.begin(), session.exercises.end(),
                                   [&](const model::SessionExercise& item) { return item.slug == tempo->slug; });
      if (has) skipped = &session;
    }
  }
  ASSERT_NE(skipped, nullptr);
  for (const auto& week : plan.weeks) {
    if (week.number >= tempo_week) break;
    for (const auto& session : week.sessions) {
      model::LogEntry entry;
      entry.date = session.date;
      entry.outcome = &session == skipped ? model::Outcome::skipped : model::Outcome::done;
      log.push_back(entry);
    }
  }
  const Date today = plan.weeks[static_cast<std::size_t>(tempo_week - 1)].start;
  const auto adapted = planner::adapt_plan(plan, plan, log, today);
  const auto& week = adapted.weeks[static_cast<std::size_t>(tempo_week - 1)];
  const model::SessionExercise* held = nullptr;
  for (const auto& session : week.sessions) {
    for (const auto& item : session.exercises) {
      if (held == nullptr && item.slug == tempo->slug) held = &item;
    }
  }
  ASSERT_NE(held, nullptr);
  EXPECT_FALSE(held->tempo.has_value()) << held->slug << " held at the normal pace";
  EXPECT_GT(held->reps.value_or(0), tempo->reps.value_or(0)) << "the held reps, not the slow tempo's fewer";
}

}  // namespace
}  // namespace rs::app

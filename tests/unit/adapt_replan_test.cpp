// Flow test over planner/adapt and app::replan_saved_plan and app::replan_with_log: an 8-week plan with two
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
#include "store/log_store.hpp"
#include "support/adapt_scenario.hpp"
#include "support/imported_library.hpp"
#include "support/planner_fixtures.hpp"

namespace rs::app {
namespace {

class AdaptReplan : public test::ImportedLibraryTest {
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
  // The calendar export parsed: each event's UID with its SEQUENCE, and with its DESCRIPTION
  // unfolded and unescaped.
  static std::map<std::string, int> ics_sequences(const model::Plan& plan,
                                                  std::map<std::string, std::string>* descriptions = nullptr) {
    std::ostringstream out;
    write_plan(plan, exporters::ExportFormat::ics, {}, "", out);
    std::vector<std::string> lines;
    std::istringstream raw(out.str());
    for (std::string line; std::getline(raw, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.starts_with(" ") && !lines.empty()) {
        lines.back() += line.substr(1);  // RFC 5545 unfolding
      } else {
        lines.push_back(line);
      }
    }
    std::map<std::string, int> sequences;
    std::string uid, description;
    for (const auto& line : lines) {
      if (line == "BEGIN:VEVENT") uid.clear(), description.clear();
      if (line.starts_with("UID:")) uid = line.substr(4);
      if (line.starts_with("DESCRIPTION:")) description = line.substr(12);
      if (line.starts_with("SEQUENCE:")) sequences[uid] = std::stoi(line.substr(9));
      if (line == "END:VEVENT" && descriptions != nullptr) (*descriptions)[uid] = description;
    }
    return sequences;
  }
};

TEST_F(AdaptReplan, LoggedWeeksStayAndTheWeeksAheadFollowTheLog) {
  const auto& w1 = saved.weeks[0].sessions;
  const auto& w2 = saved.weeks[1].sessions;
  // The shipped library gives every session the same exercises: one with weight (too easy in
  // both sessions of week 1), one that hurt and one too hard in week 2's last session.
  const auto weighted = std::find_if(w1[0].exercises.begin(), w1[0].exercises.end(),
                                     [](const model::SessionExercise& item) { return item.load_cue.has_value(); });
  ASSERT_NE(weighted, w1[0].exercises.end());
  const auto& easy = *weighted;
  std::vector<const model::SessionExercise*> others;
  for (const auto& item : w2[1].exercises) {
    if (item.slug != easy.slug) others.push_back(&item);
  }
  ASSERT_GE(others.size(), 2u);
  const auto& pained = *others[0];
  const auto& hard = *others[1];
  std::vector<model::LogEntry> log = {session_entry(w1[0], model::Outcome::done), exercise_entry(w1[0], easy, 5),
                                      session_entry(w1[1], model::Outcome::done), exercise_entry(w1[1], easy, 6),
                                      session_entry(w2[0], model::Outcome::done), session_entry(w2[1], model::Outcome::done),
                                      exercise_entry(w2[1], pained, 7, true), exercise_entry(w2[1], hard, 9)};
  store::add_log_entries(library.db(), log);
  auto request = week_request();
  request.today = *parse_date("2026-12-21");  // week 3's Monday
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
  // Expected in week 3's first session: pain a step below its week-2 dose, RPE 9 held at it
  // (not progressed), too easy twice one load step beyond the plan; each with its entries.
  const auto& first = adapted.weeks[2].sessions.at(0);
  const auto& planned = saved.weeks[2].sessions.at(0);
  const auto find = [](const model::Session& session, const std::string& slug) {
    return *std::find_if(session.exercises.begin(), session.exercises.end(),
                         [&](const model::SessionExercise& item) { return item.slug == slug; });
  };
  const auto change_of = [&](const std::string& slug) {
    const auto at = std::find_if(first.adapted.begin(), first.adapted.end(),
                                 [&](const model::Adaptation& a) { return a.exercise == slug; });
    return at == first.adapted.end() ? std::optional<model::Adaptation>() : *at;
  };
  const auto work = [](const model::SessionExercise& item) {
    return item.sets * (item.reps.value_or(0) + item.seconds.value_or(0)) + item.load_step;
  };
  EXPECT_LT(work(find(first, pained.slug)), work(pained));
  ASSERT_TRUE(change_of(pained.slug).has_value()) << model::adapted_sentence(first.adapted);
  EXPECT_EQ(change_of(pained.slug)->change, model::AdaptChange::stepped_back);
  EXPECT_EQ(change_of(pained.slug)->causes, (std::vector<model::AdaptCause>{{log[6].id, log[6].date}}));
  EXPECT_EQ(work(find(first, hard.slug)), std::min(work(hard), work(find(planned, hard.slug))));
  EXPECT_EQ(find(first, easy.slug).load_step, find(planned, easy.slug).load_step + 1);
  ASSERT_TRUE(change_of(easy.slug).has_value());
  EXPECT_EQ(change_of(easy.slug)->change, model::AdaptChange::faster);
  EXPECT_EQ(change_of(easy.slug)->causes.size(), 2u);
  EXPECT_EQ(first.note, planned.note) << "the coach's note stays as it was";
  // Every adapted plan keeps the hard rules and the weekly ≤10% rule; saved and loaded, it keeps
  // its `adapted` members.
  EXPECT_EQ(test::hard_rule_violations(adapted), std::vector<std::string>{});
  EXPECT_EQ(test::weekly_rule_violations(adapted), std::vector<std::string>{});
  const auto reloaded = saved_plan(library.db(), saved.id);
  for (std::size_t w = 0; w < adapted.weeks.size(); ++w) {
    for (std::size_t i = 0; i < adapted.weeks[w].sessions.size(); ++i) {
      EXPECT_EQ(reloaded.weeks[w].sessions[i].adapted, adapted.weeks[w].sessions[i].adapted);
    }
  }
  // The calendar, parsed: every UID kept, SEQUENCE 1 exactly on the adapted sessions, whose
  // DESCRIPTION says why.
  const auto old_sequences = ics_sequences(saved);
  std::map<std::string, std::string> descriptions;
  const auto new_sequences = ics_sequences(adapted, &descriptions);
  int changed = 0;
  for (const auto& week : adapted.weeks) {
    for (const auto& session : week.sessions) {
      ASSERT_TRUE(old_sequences.contains(session.uid)) << session.uid;
      const int expected = session.adapted.empty() ? 0 : 1;
      changed += expected;
      EXPECT_EQ(new_sequences.at(session.uid), expected) << session.uid;
      EXPECT_EQ(descriptions.at(session.uid).find("Adapted: ") != std::string::npos, expected == 1) << session.uid;
    }
  }
  EXPECT_GE(changed, 1);
  // The log itself is untouched by the re-plan.
  EXPECT_EQ(store::read_log(library.db()).size(), log.size());
}

TEST_F(AdaptReplan, TooHardTwiceStepsBackAndAWholeSkippedWeekStepsBackItsExercises) {
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
    const auto* next = test::next_of(adapted, item.slug, 3);  // after week 2
    if (next == nullptr) continue;
    // Stepped back a week: no more work than week 2 planned for it.
    EXPECT_LE(next->sets * (next->reps.value_or(0) + next->seconds.value_or(0)),
              item.sets * (item.reps.value_or(0) + item.seconds.value_or(0))) << item.slug;
  }
  EXPECT_EQ(test::hard_rule_violations(adapted), std::vector<std::string>{});
  EXPECT_EQ(test::weekly_rule_violations(adapted), std::vector<std::string>{});
}

TEST_F(AdaptReplan, WithoutALogAReplanIsUnchanged) {
  const auto again = replan_saved_plan(library.db(), saved.id, week_request()).plan;
  for (std::size_t w = 0; w < saved.weeks.size(); ++w) {
    for (std::size_t i = 0; i < saved.weeks[w].sessions.size(); ++i) {
      EXPECT_EQ(again.weeks[w].sessions[i].sequence, 0);
      EXPECT_EQ(again.weeks[w].sessions[i].note, saved.weeks[w].sessions[i].note);
    }
  }
}

}  // namespace
}  // namespace rs::app

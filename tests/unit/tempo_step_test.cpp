// Flow test over src/planner/progression.cpp (the tempo step of the bodyweight ladder) through
// build_plan, the exporters and the plan store: reps rise to their cap, then the slow tempo
// 3-1-1 once with reps cut so the time under tension grows at most 10%, then sets; per exercise at
// most one of reps, sets, load and tempo rises from one week to the next over a 12-week plan; the
// tempo's cue in the text, the JSON and the calendar, and kept when the plan is saved.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>

#include "exporters/ics_plan.hpp"
#include "exporters/plan_json.hpp"
#include "exporters/plan_text.hpp"
#include "model/estimate.hpp"
#include "planner/planner.hpp"
#include "planner/progression.hpp"
#include "store/database.hpp"
#include "store/plan_store.hpp"
#include "support/planner_fixtures.hpp"

namespace rs::test {
namespace {

using planner::Ladder;

// Seconds under tension of one set's reps or hold, both sides.
int tension(const model::Dose& dose, bool tempo) {
  const int per_rep = tempo ? model::tempo_seconds_per_rep : model::seconds_per_rep;
  const int one = dose.type == model::DoseType::hold ? dose.seconds : dose.reps * per_rep;
  return dose.sets * one * (dose.per_side ? 2 : 1);
}

TEST(TempoStep, RepsThenTempoThenSets) {
  const model::Dose start{model::DoseType::reps, 2, 10, 0, false};
  auto at = [&](int steps) { return planner::progress(start, steps, Ladder::bodyweight_tempo); };
  EXPECT_EQ(at(5).dose.reps, 15);
  EXPECT_FALSE(at(5).tempo) << "reps rise to the cap first";
  EXPECT_TRUE(at(6).tempo) << "then the slow tempo";
  EXPECT_EQ(at(6).dose.reps, 9) << "15 reps at 3 s = 45 s; 9 at 5 s = 45 s, within +10%";
  EXPECT_EQ(at(6).dose.sets, 2);
  int steps = 6;
  while (at(steps + 1).dose.sets == 2) ++steps;
  EXPECT_EQ(at(steps).dose.reps, 15) << "reps climb back to the cap at the slow tempo";
  EXPECT_EQ(at(steps + 1).dose.sets, 3) << "then one more set";
  EXPECT_TRUE(at(steps + 1).tempo) << "the tempo stays";
  for (int step = 1; step < 30; ++step) {
    const auto before = at(step - 1);
    const auto after = at(step);
    const int rises =
        (after.dose.reps > before.dose.reps) + (after.dose.sets > before.dose.sets) + (after.tempo && !before.tempo);
    EXPECT_LE(rises, 1) << "step " << step;
    const int was = tension(before.dose, before.tempo);
    EXPECT_LE(tension(after.dose, after.tempo), was + std::max(was / 10, after.dose.sets * 5)) << "step " << step;
  }
}

TEST(TempoStep, HoldsWeightsAndJumpsHaveNoTempo) {
  const model::Dose hold{model::DoseType::hold, 2, 0, 30, false};
  const model::Dose reps{model::DoseType::reps, 2, 10, 0, false};
  for (int step = 0; step < 20; ++step) {
    EXPECT_FALSE(planner::progress(hold, step, Ladder::bodyweight_tempo).tempo) << "a hold has no reps to slow";
    EXPECT_FALSE(planner::progress(reps, step, Ladder::weighted).tempo) << "weights add load";
    EXPECT_FALSE(planner::progress(reps, step, Ladder::bodyweight).tempo) << "a jump is done fast";
  }
  auto library = synthetic_library(2);
  library[1].attributes.kind = model::ExerciseKind::plyometric;
  EXPECT_EQ(planner::ladder_of(library[1]), Ladder::bodyweight);
  EXPECT_EQ(planner::ladder_of(library[0]), Ladder::bodyweight);  // a hold
  for (const auto& exercise : library) {
    if (exercise.slug.rfind("goblet-squat", 0) == 0) {
      EXPECT_EQ(planner::ladder_of(exercise), Ladder::weighted);
    }
    if (exercise.slug.rfind("bridge", 0) == 0) {
      EXPECT_EQ(planner::ladder_of(exercise), Ladder::bodyweight_tempo);
    }
  }
}

/// What an exercise was prescribed in one week (the largest if it appears twice).
struct Seen {
  int sets = 0;
  int reps = 0;
  int seconds = 0;
  int load_step = 0;
  bool tempo = false;
  bool weighted = false;
};

std::map<std::string, Seen> seen_in(const model::Week& week) {
  std::map<std::string, Seen> out;
  for (const auto& session : week.sessions) {
    for (const auto& item : session.exercises) {
      auto& seen = out[item.slug];
      seen.sets = std::max(seen.sets, item.sets);
      seen.reps = std::max(seen.reps, item.reps.value_or(0));
      seen.seconds = std::max(seen.seconds, item.seconds.value_or(0));
      seen.load_step = std::max(seen.load_step, item.load_step);
      seen.tempo = seen.tempo || item.tempo.has_value();
      seen.weighted = item.load_cue.has_value();
    }
  }
  return out;
}

model::Plan twelve_weeks(model::Experience experience, int minutes) {
  auto schedule = example_schedule();
  schedule.experience = experience;
  schedule.equipment_choice = model::EquipmentChoice::gym;
  schedule.minutes = minutes;
  return planner::build_plan(schedule, 12, "", synthetic_library(3), synthetic_tips()).plan;
}

bool progressing(model::Phase phase) { return phase == model::Phase::base || phase == model::Phase::build; }

TEST(TempoStep, AtMostOneOfRepsSetsLoadAndTempoRisesAWeek) {
  int tempo_weeks = 0;
  for (auto experience : {model::Experience::new_runner, model::Experience::experienced}) {
    for (int minutes : {30, 45, 60}) {
      const auto plan = twelve_weeks(experience, minutes);
      std::map<std::string, Seen> last_full;
      for (std::size_t w = 0; w < plan.weeks.size(); ++w) {
        const auto& week = plan.weeks[w];
        for (const auto& [slug, now] : seen_in(week)) {
          const std::string at = std::to_string(minutes) + " min, week " + std::to_string(week.number) + " " + slug;
          EXPECT_FALSE(now.tempo && (now.weighted || now.seconds > 0)) << at << ": tempo for bodyweight reps only";
          tempo_weeks += now.tempo ? 1 : 0;
          const auto was = last_full.find(slug);
          if (was == last_full.end()) continue;
          const int rises = (now.sets > was->second.sets) + (now.reps > was->second.reps) +
                            (now.seconds > was->second.seconds) + (now.load_step > was->second.load_step) +
                            (now.tempo && !was->second.tempo);
          EXPECT_LE(rises, progressing(week.phase) ? 1 : 0) << at;
          EXPECT_FALSE(was->second.tempo && !now.tempo) << at << ": the tempo, once in, stays";
        }
        if (progressing(week.phase)) last_full = seen_in(week);
      }
    }
  }
  EXPECT_GT(tempo_weeks, 0) << "some exercise reaches its tempo step within 12 weeks";
}

const model::SessionExercise* first_tempo(const model::Plan& plan) {
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      for (const auto& item : session.exercises) {
        if (item.tempo) return &item;
      }
    }
  }
  return nullptr;
}

TEST(TempoStep, TheCueInTextJsonCalendarAndTheSavedPlan) {
  const auto plan = twelve_weeks(model::Experience::new_runner, 45);
  const auto* item = first_tempo(plan);
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(*item->tempo, "3-1-1");
  const std::string cue = "3-1-1 tempo: lower for 3 seconds, pause 1, rise in 1";
  EXPECT_NE(exporters::plan_text(plan, {}).find("; " + cue), std::string::npos);
  EXPECT_NE(exporters::plan_to_ics(plan).find("Tempo: 3-1-1 tempo: lower for 3 seconds\\, pause 1\\, rise in 1"),
            std::string::npos);
  int tempo_items = 0;
  const auto json = exporters::plan_to_json(plan);
  for (const auto& week : json["weeks"]) {
    for (const auto& session : week["sessions"]) {
      for (const auto& json_item : session["exercises"]) {
        if (json_item["tempo"].is_null()) continue;
        EXPECT_EQ(json_item["tempo"]["name"], "3-1-1");
        EXPECT_EQ(json_item["tempo"]["cue"], cue);
        ++tempo_items;
      }
    }
  }
  EXPECT_GT(tempo_items, 0);

  auto db = store::Database::open_in_memory();
  auto saved = plan;
  store::save_plan(db, saved);
  const auto loaded = store::load_plan(db, saved.id);
  ASSERT_TRUE(loaded);
  const auto* loaded_item = first_tempo(*loaded);
  ASSERT_NE(loaded_item, nullptr);
  EXPECT_EQ(loaded_item->slug, item->slug);
  for (std::size_t w = 0; w < plan.weeks.size(); ++w) {
    for (std::size_t s = 0; s < plan.weeks[w].sessions.size(); ++s) {
      EXPECT_EQ(loaded->weeks[w].sessions[s].target_minutes, plan.weeks[w].sessions[s].target_minutes);
    }
  }
}

}  // namespace
}  // namespace rs::test

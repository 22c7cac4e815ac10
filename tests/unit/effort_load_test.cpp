// Effort and load over a 12-week plan (docs/planner.md, "Effort and load"): the target effort by
// phase, bodyweight exercises progressing by reps or hold then sets, exercises with weight holding
// their reps and adding load, at most one of reps, sets and load rising a week; the effort and
// load in the text and JSON output, and in plans saved before effort was stored.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <map>
#include <string>

#include "exporters/plan_json.hpp"
#include "exporters/plan_text.hpp"
#include "planner/planner.hpp"
#include "store/plan_store.hpp"
#include "support/planner_fixtures.hpp"

namespace rs::test {
namespace {

/// What an exercise was prescribed in one week (the largest if it appears twice).
struct Prescribed {
  int sets = 0;
  int amount = 0;  ///< Reps, or hold seconds.
  int load_step = 0;
  bool weighted = false;
  int week = 0;  ///< Week number it was seen in.
};

using WeekDoses = std::map<std::string, Prescribed>;

WeekDoses doses(const model::Week& week) {
  WeekDoses out;
  for (const auto& session : week.sessions) {
    for (const auto& item : session.exercises) {
      auto& dose = out[item.slug];
      dose.sets = std::max(dose.sets, item.sets);
      dose.amount = std::max(dose.amount, item.reps ? *item.reps : item.seconds.value_or(0));
      dose.load_step = std::max(dose.load_step, item.load_step);
      dose.weighted = item.load_cue.has_value();
    }
  }
  return out;
}

bool progressing(model::Phase phase) { return phase == model::Phase::base || phase == model::Phase::build; }

model::Plan twelve_weeks(model::Experience experience) {
  auto schedule = example_schedule();
  schedule.experience = experience;
  schedule.equipment_choice = model::EquipmentChoice::gym;
  schedule.sessions = 3;
  schedule.minutes = 60;
  return planner::build_plan(schedule, 12, "", synthetic_library(3), synthetic_tips()).plan;
}

TEST(EffortAndLoad, AtMostOneOfRepsSetsAndLoadRisesAWeek) {
  for (auto experience : {model::Experience::new_runner, model::Experience::experienced}) {
    const auto plan = twelve_weeks(experience);
    ASSERT_EQ(plan.weeks.size(), 12u);
    // Each exercise's dose in the latest base or build week, compared with the next week that has it
    // when it was in that week (an exercise left out for a while comes back at the current dose).
    std::map<std::string, Prescribed> last_full;
    int last_full_week = 0;
    bool weighted_load_rose = false;
    bool bodyweight_rose = false;
    for (const auto& week : plan.weeks) {
      for (const auto& [slug, dose] : doses(week)) {
        const auto before = last_full.find(slug);
        if (before == last_full.end()) continue;
        if (before->second.week != last_full_week) continue;
        const Prescribed& was = before->second;
        const std::string at = "week " + std::to_string(week.number) + " " + slug;
        const int rises = (dose.sets > was.sets) + (dose.amount > was.amount) + (dose.load_step > was.load_step);
        EXPECT_LE(rises, 1) << at;
        if (!progressing(week.phase)) {
          EXPECT_EQ(rises, 0) << at << ": nothing rises in a " << model::to_string(week.phase) << " week";
        }
        if (dose.weighted) {
          EXPECT_EQ(dose.amount, was.amount) << at << ": weighted exercises hold their reps";
          EXPECT_EQ(dose.sets > was.sets, false) << at << ": weighted exercises add load, not sets";
          weighted_load_rose = weighted_load_rose || dose.load_step > was.load_step;
        } else {
          EXPECT_EQ(dose.load_step, 0) << at;
          bodyweight_rose = bodyweight_rose || dose.amount > was.amount || dose.sets > was.sets;
        }
      }
      if (progressing(week.phase)) {
        last_full_week = week.number;
        for (auto [slug, dose] : doses(week)) {
          dose.week = week.number;
          last_full[slug] = dose;
        }
      }
    }
    EXPECT_TRUE(weighted_load_rose) << "an exercise with weight adds load over 12 weeks";
    EXPECT_TRUE(bodyweight_rose) << "a bodyweight exercise adds reps, hold or sets over 12 weeks";
  }
}

TEST(EffortAndLoad, EffortFollowsThePhase) {
  const std::map<model::Phase, model::Effort> expected = {{model::Phase::base, {6, 7}},
                                                          {model::Phase::build, {7, 8}},
                                                          {model::Phase::deload, {5, 6}}};
  const auto plan = twelve_weeks(model::Experience::returning);
  std::map<model::Phase, int> seen;
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      for (const auto& item : session.exercises) {
        EXPECT_EQ(item.effort, expected.at(week.phase)) << "week " << week.number << " " << item.slug;
        ++seen[week.phase];
      }
      for (const auto& item : session.warmup) EXPECT_EQ(item.effort, (model::Effort{3, 4})) << item.slug;
    }
  }
  EXPECT_GT(seen[model::Phase::base], 0);
  EXPECT_GT(seen[model::Phase::build], 0);
  EXPECT_GT(seen[model::Phase::deload], 0);
  EXPECT_EQ(model::phase_effort(model::Phase::taper), (model::Effort{5, 6}));
  EXPECT_EQ(model::phase_effort(model::Phase::recovery), (model::Effort{5, 6}));
}

TEST(EffortAndLoad, TextAndJsonShowEffortAndTheLoadCue) {
  const auto plan = twelve_weeks(model::Experience::new_runner);
  const std::string text = exporters::plan_text(plan, {});
  EXPECT_NE(text.find(" at RPE 6-7 (3-4 reps in reserve)"), std::string::npos);
  EXPECT_NE(text.find(" at RPE 7-8 (2-3 reps in reserve)"), std::string::npos);
  EXPECT_NE(text.find("; add the next dumbbell, or about 5%, when all sets feel RPE 7 or easier"), std::string::npos);
  EXPECT_NE(text.find("; keep the weight of your last full week"), std::string::npos);

  const auto json = exporters::plan_to_json(plan);
  bool weighted = false;
  bool bodyweight = false;
  for (const auto& week : json["weeks"]) {
    for (const auto& session : week["sessions"]) {
      for (const auto& item : session["exercises"]) {
        const auto& effort = item.at("effort");
        if (week["phase"] == "base") {
          EXPECT_EQ(effort, (nlohmann::ordered_json{{"rpe", {6, 7}}, {"rir", {3, 4}}}));
        }
        const auto& load = item.at("load");
        if (load.is_null()) {
          bodyweight = true;
        } else {
          weighted = true;
          EXPECT_TRUE(load.at("cue").is_string());
          EXPECT_GE(load.at("step").get<int>(), 0);
        }
      }
    }
  }
  EXPECT_TRUE(weighted);
  EXPECT_TRUE(bodyweight);
}

TEST(EffortAndLoad, PlansSavedBeforeEffortLoadWithThePhaseDefaults) {
  auto db = store::Database::open_in_memory();
  auto plan = twelve_weeks(model::Experience::new_runner);
  store::save_plan(db, plan);
  // As a plan saved before effort and load were stored leaves its rows.
  db.sql().exec("UPDATE plan_session_exercises SET rpe_low = NULL, rpe_high = NULL, load_cue = NULL, load_step = 0");
  const auto loaded = store::load_plan(db, plan.id);
  ASSERT_TRUE(loaded);
  int weighted = 0;
  for (const auto& week : loaded->weeks) {
    for (const auto& session : week.sessions) {
      for (const auto& item : session.exercises) {
        EXPECT_EQ(item.effort, model::phase_effort(week.phase));
        const bool weight = std::find(item.equipment.begin(), item.equipment.end(), "weight") != item.equipment.end();
        EXPECT_EQ(item.load_cue.has_value(), weight) << item.slug;
        if (weight) {
          EXPECT_EQ(*item.load_cue, model::load_cue(week.phase));
          ++weighted;
        }
      }
      for (const auto& item : session.warmup) EXPECT_EQ(item.effort, model::warmup_effort());
    }
  }
  EXPECT_GT(weighted, 0);
}

}  // namespace
}  // namespace rs::test

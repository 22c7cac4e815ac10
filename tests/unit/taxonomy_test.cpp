// Unit tests for src/attributes/taxonomy.cpp, through the resolver: exercise names that are not in
// content/ resolve through content/taxonomy.yaml to the areas, kind, per-side flag and equipment a
// coach would give them; unknown names get the default.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "attributes/resolver.hpp"

namespace rs::attributes {
namespace {

using Strings = std::vector<std::string>;

const AttributeResolver& shipped() {
  static const AttributeResolver resolver = AttributeResolver::load(std::filesystem::path(RS_SOURCE_DIR) / "content");
  return resolver;
}

struct Case {
  std::string name;
  Strings areas;  // in vocabulary order
  std::string kind;
  bool per_side;
  Strings equipment;  // in vocabulary order
};

// Vocabulary order: core, glutes, hips, quads, hamstrings, calves, ankles-feet, upper-body, posture, full-body;
// weight, ab-wheel, gym-ball, step, band, bench, box, mat.
const std::vector<Case>& cases() {
  static const std::vector<Case> all = {
      {"Nordic hamstring curl", {"hamstrings"}, "strength", false, {}},
      {"Nordic Curls", {"hamstrings"}, "strength", false, {}},
      {"Copenhagen plank", {"core", "hips"}, "stability", true, {"bench"}},
      {"Copenhagan Planks", {"core", "hips"}, "stability", true, {"bench"}},
      {"Single-leg RDL", {"glutes", "hamstrings"}, "strength", true, {"weight"}},
      {"Box jump", {"glutes", "quads", "calves"}, "plyometric", false, {"box"}},
      {"Pogo hops", {"calves", "ankles-feet"}, "plyometric", false, {}},
      {"Bird dog", {"core", "glutes", "posture"}, "stability", true, {}},
      {"Dead bugs", {"core"}, "stability", true, {}},
      {"Clamshells", {"glutes", "hips"}, "strength", true, {}},
      {"Clam shell with band", {"glutes", "hips"}, "strength", true, {"band"}},
      {"Bulgarian split-squats", {"glutes", "quads"}, "strength", true, {"bench"}},
      {"Split Squat", {"glutes", "quads"}, "strength", true, {}},
      {"Calf raises", {"calves"}, "strength", false, {"step"}},
      {"Single leg calf raise", {"calves"}, "strength", true, {"step"}},
      {"Step-ups", {"glutes", "quads"}, "strength", true, {"step"}},
      {"Kettlebell swing", {"glutes", "hamstrings"}, "strength", false, {"weight"}},
      {"Glute bridge", {"glutes", "hamstrings"}, "strength", false, {}},
      {"Single-leg glute brigde", {"glutes", "hamstrings"}, "strength", true, {}},
      {"Wall sit", {"glutes", "quads"}, "stability", false, {}},
      {"Lunges", {"glutes", "quads"}, "strength", true, {}},
      {"Dumbell deadlift", {"glutes", "hamstrings"}, "strength", false, {"weight"}},
      {"Ab rollout on a gym ball", {"core"}, "strength", false, {"gym-ball"}},
      {"Ab-wheel roll-outs", {"core"}, "strength", false, {"ab-wheel"}},
      {"Russian twists", {"core"}, "strength", false, {}},
      {"Front plank", {"core"}, "stability", false, {}},
      {"Fire hydrants", {"glutes", "hips"}, "strength", true, {}},
      {"Hip thrusts", {"glutes", "hamstrings"}, "strength", false, {"bench"}},
      {"Heel drops off a step", {"calves"}, "strength", false, {"step"}},
      {"Jump squats", {"glutes", "quads", "calves"}, "plyometric", false, {}},
      {"Hamstring curls on a Swiss ball", {"hamstrings"}, "strength", false, {"gym-ball"}},
      {"Pallof press", {"core"}, "stability", true, {"band"}},
      {"Push-ups", {"core", "upper-body"}, "strength", false, {}},
      {"Lateral band walks", {"glutes", "hips"}, "strength", true, {"band"}},
      {"Leg swings", {"hips"}, "mobility", true, {}},
      {"Hamstring stretch", {"hamstrings"}, "mobility", false, {}},
      {"Single-leg balance", {"hips", "ankles-feet"}, "stability", true, {}},
      {"Sumo squat with dumbbells", {"glutes", "quads"}, "strength", false, {"weight"}},
      {"Sit-ups", {"core"}, "strength", false, {}},
      {"Bicycle crunches", {"core"}, "strength", false, {}},
      {"Side-lying leg raises", {"glutes", "hips"}, "strength", true, {}},
      {"Reverse lunge (dumbbells)", {"glutes", "quads"}, "strength", true, {"weight"}},
      {"Pliés squat", {"glutes", "quads"}, "strength", false, {}},
  };
  return all;
}

TEST(AttributesTaxonomy, RealisticNamesResolveByRule) {
  ASSERT_GE(cases().size(), 25u);
  for (const auto& want : cases()) {
    SCOPED_TRACE(want.name);
    const auto got = shipped().resolve(want.name);
    EXPECT_EQ(got.source, model::AttributeSource::inferred);
    EXPECT_EQ(got.areas, want.areas);
    EXPECT_EQ(model::to_string(got.kind), want.kind);
    EXPECT_EQ(got.dose.per_side, want.per_side);
    EXPECT_EQ(got.equipment, want.equipment);
  }
}

TEST(AttributesTaxonomy, DosesFollowTheKind) {
  const auto plank = shipped().resolve("Front plank");
  EXPECT_EQ(plank.dose, (model::Dose{model::DoseType::hold, 2, 0, 30, false}));
  EXPECT_EQ(shipped().resolve("Copenhagen plank").dose, (model::Dose{model::DoseType::hold, 2, 0, 20, true}));
  EXPECT_EQ(shipped().resolve("Nordic hamstring curl").dose, (model::Dose{model::DoseType::reps, 2, 5, 0, false}));
  EXPECT_EQ(shipped().resolve("Pogo hops").dose, (model::Dose{model::DoseType::reps, 2, 20, 0, false}));
  EXPECT_EQ(shipped().resolve("Calf raises").dose, (model::Dose{model::DoseType::reps, 2, 15, 0, false}));
  EXPECT_EQ(shipped().resolve("Lunges").dose, (model::Dose{model::DoseType::reps, 2, 10, 0, true}));
}

TEST(AttributesTaxonomy, SubstitutesFollowTheEquipment) {
  const auto swing = shipped().resolve("Kettlebell swing");
  EXPECT_EQ(swing.substitutes.at("weight"), "a rucksack filled with books");
  EXPECT_EQ(shipped().resolve("Step-ups").substitutes.at("step"), "the stairs at home");
  EXPECT_EQ(shipped().resolve("Ab-wheel roll-outs").substitutes.at("ab-wheel"), "a towel on a slippery floor");
  EXPECT_TRUE(shipped().resolve("Box jump").substitutes.empty());  // no safe home box: left out at home
}

TEST(AttributesTaxonomy, SpellingVariantsResolveAlike) {
  EXPECT_EQ(shipped().resolve("Bulgarian split-squats"), shipped().resolve("bulgarian SPLIT SQUAT"));
  EXPECT_EQ(shipped().resolve("Dumbell deadlift"), shipped().resolve("Dumbbell deadlifts"));
  EXPECT_EQ(shipped().resolve("Clamshells"), shipped().resolve("clam-shell"));
  EXPECT_EQ(shipped().resolve("Step ups"), shipped().resolve("stepups"));
}

TEST(AttributesTaxonomy, NameMatchingNothingGetsTheDocumentedDefault) {
  for (const std::string name : {"Zorbing", "Tai chi flow", "", "Weighted zorbing"}) {
    SCOPED_TRACE(name);
    const auto got = shipped().resolve(name);
    EXPECT_EQ(got.source, model::AttributeSource::defaulted);
    EXPECT_EQ(got.areas, Strings{"full-body"});
    EXPECT_EQ(got.kind, model::ExerciseKind::strength);
    EXPECT_EQ(got.dose, (model::Dose{model::DoseType::reps, 2, 10, 0, false}));
    EXPECT_TRUE(got.equipment.empty());
  }
}

}  // namespace
}  // namespace rs::attributes

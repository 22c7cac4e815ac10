// Unit tests for src/attributes/resolver.cpp on the shipped files: every exercise of the seed
// article resolves from content/exercises.yaml with the attributes written there; aliases and typos
// reach the same entries.
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

struct Expected {
  std::string name;
  Strings areas;
  std::string kind;
  model::Dose dose;
  Strings equipment;
};

model::Dose reps(int sets, int count, bool per_side = false) {
  return {model::DoseType::reps, sets, count, 0, per_side};
}
model::Dose hold(int sets, int seconds, bool per_side = false) {
  return {model::DoseType::hold, sets, 0, seconds, per_side};
}

const std::vector<Expected>& seed_exercises() {
  static const std::vector<Expected> expected = {
      {"Mountain Pose", {"core", "posture"}, "stability", hold(2, 30), {}},
      {"Body Squat", {"glutes", "quads"}, "strength", reps(2, 10), {}},
      {"Oblique twists", {"core"}, "strength", reps(2, 10, true), {}},
      {"Ab-wheel Holds", {"core"}, "stability", hold(2, 20), {"ab-wheel"}},
      {"Side Plank", {"core", "hips"}, "stability", hold(2, 30, true), {}},
      {"Goblet squats", {"glutes", "quads"}, "strength", reps(2, 10), {"weight"}},
      {"Weighted Sit-up", {"core"}, "strength", reps(2, 10), {"weight"}},
      {"Glute Walk-Outs", {"glutes", "hamstrings"}, "strength", reps(2, 8), {}},
  };
  return expected;
}

TEST(AttributesSeed, EverySeedExerciseResolvesFromExercisesYaml) {
  for (const auto& want : seed_exercises()) {
    SCOPED_TRACE(want.name);
    const auto got = shipped().resolve(want.name);
    EXPECT_EQ(got.source, model::AttributeSource::overridden);
    EXPECT_EQ(got.areas, want.areas);
    EXPECT_EQ(model::to_string(got.kind), want.kind);
    EXPECT_EQ(got.dose, want.dose);
    EXPECT_EQ(got.equipment, want.equipment);
  }
}

TEST(AttributesSeed, SubstitutesComeFromTheTaxonomyForTheEntrysEquipment) {
  EXPECT_EQ(shipped().resolve("Goblet squats").substitutes,
            (std::map<std::string, std::string>{{"weight", "a rucksack filled with books"}}));
  EXPECT_EQ(shipped().resolve("Ab-wheel Holds").substitutes,
            (std::map<std::string, std::string>{{"ab-wheel", "a towel on a slippery floor"}}));
  EXPECT_TRUE(shipped().resolve("Side Plank").substitutes.empty());
}

TEST(AttributesSeed, AliasesTyposAndSlugsReachTheSameEntry) {
  const auto walk_outs = shipped().resolve("Glute Walk-Outs");
  EXPECT_EQ(shipped().resolve("Glute Brigde Walk-Outs"), walk_outs);
  EXPECT_EQ(shipped().resolve("glute bridge walkouts"), walk_outs);
  EXPECT_EQ(shipped().resolve("glute-walk-outs"), walk_outs);
  EXPECT_EQ(shipped().resolve("  GLUTE walk outs!  "), walk_outs);
  EXPECT_EQ(shipped().resolve("Goblet Squat"), shipped().resolve("goblet-squats"));
  EXPECT_EQ(shipped().resolve("Weighted situps"), shipped().resolve("Weighted Sit-up"));
  EXPECT_EQ(shipped().resolve("Tadasana").source, model::AttributeSource::overridden);
}

TEST(AttributesSeed, FingerprintIsSixteenHexDigitsAndStable) {
  const auto again = AttributeResolver::load(std::filesystem::path(RS_SOURCE_DIR) / "content");
  ASSERT_EQ(shipped().fingerprint().size(), 16u);
  EXPECT_EQ(shipped().fingerprint().find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(again.fingerprint(), shipped().fingerprint());
}

}  // namespace
}  // namespace rs::attributes

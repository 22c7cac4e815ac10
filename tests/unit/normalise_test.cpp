// Unit tests for src/attributes/normalise.cpp: name normalisation.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "attributes/normalise.hpp"

namespace rs::attributes {
namespace {

using Strings = std::vector<std::string>;

TEST(AttributesNormalise, CaseHyphensPunctuationPluralsAccentsAndFixes) {
  const SpellingFixes fixes = {{"dumbell", {"dumbbell"}}, {"situp", {"sit", "up"}}, {"calves", {"calf"}}};
  EXPECT_EQ(normalise_words("Bulgarian Split-Squats!", fixes), (Strings{"bulgarian", "split", "squat"}));
  EXPECT_EQ(normalise_words("  dumbells, lunges & crunches ", fixes), (Strings{"dumbbell", "lunge", "crunch"}));
  EXPECT_EQ(normalise_words("Situps", fixes), (Strings{"sit", "up"}));
  EXPECT_EQ(normalise_words("Calves press", fixes), (Strings{"calf", "press"}));
  EXPECT_EQ(normalise_words("Plié Squat – Crème", fixes), (Strings{"plie", "squat", "creme"}));
  EXPECT_EQ(normalise_words("Runner’s Łunge", fixes), (Strings{"runner", "lunge"}));
  EXPECT_EQ(normalised_key("Glute Walk-Outs", fixes), "glute-walk-out");
  EXPECT_EQ(singular("abs"), "ab");
  EXPECT_EQ(singular("bodies"), "body");
  EXPECT_EQ(singular("boxes"), "box");
  EXPECT_EQ(singular("press"), "press");
}

}  // namespace
}  // namespace rs::attributes

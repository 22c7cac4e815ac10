// Unit tests for src/attributes/equipment.cpp: equipment sets for runners: parsing home / gym /
// lists, and how an exercise fits them.
#include <gtest/gtest.h>

#include "attributes/equipment.hpp"
#include "util/error.hpp"

namespace rs::attributes {
namespace {

model::ExerciseAttributes needing(std::vector<std::string> equipment, std::map<std::string, std::string> subs) {
  model::ExerciseAttributes attributes;
  attributes.areas = {"quads"};
  attributes.equipment = std::move(equipment);
  attributes.substitutes = std::move(subs);
  return attributes;
}

TEST(AttributesEquipment, ParsesNamedSetsAndLists) {
  EXPECT_TRUE(parse_equipment("home").items.empty());
  EXPECT_TRUE(parse_equipment("").items.empty());
  EXPECT_EQ(parse_equipment("gym").items.size(), 8u);
  EXPECT_EQ(parse_equipment(" weight, step ").items, (std::set<std::string>{"step", "weight"}));
  EXPECT_EQ(parse_equipment("home,band").items, (std::set<std::string>{"band"}));
}

TEST(AttributesEquipment, UnknownNamesAreUsageErrorsListingTheVocabulary) {
  try {
    parse_equipment("weight,trampoline");
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::usage);
    const std::string message = error.what();
    EXPECT_NE(message.find("'trampoline'"), std::string::npos) << message;
    EXPECT_NE(message.find("ab-wheel"), std::string::npos) << message;
  }
  EXPECT_THROW(parse_equipment("weight,,step"), Error);
  EXPECT_THROW(parse_equipment("gym,weight"), Error);
}

TEST(AttributesEquipment, BodyweightAndOwnedEquipmentAreUsableAsIs) {
  EXPECT_EQ(fit_exercise(needing({}, {}), parse_equipment("home")).usability, Usability::as_is);
  EXPECT_EQ(fit_exercise(needing({"box"}, {}), parse_equipment("gym")).usability, Usability::as_is);
  EXPECT_EQ(fit_exercise(needing({"weight"}, {{"weight", "books"}}), parse_equipment("weight")).usability,
            Usability::as_is);
}

TEST(AttributesEquipment, MissingEquipmentUsesTheSubstituteOrLeavesTheExerciseOut) {
  const auto goblet = needing({"weight"}, {{"weight", "a rucksack filled with books"}});
  const auto fit = fit_exercise(goblet, parse_equipment("home"));
  EXPECT_EQ(fit.usability, Usability::with_substitute);
  EXPECT_EQ(fit.missing, std::vector<std::string>{"weight"});
  EXPECT_EQ(fit.substitute_text, "use a rucksack filled with books instead of weights");

  const auto step_and_weight =
      needing({"step", "weight"}, {{"weight", "a rucksack filled with books"}, {"step", "the stairs at home"}});
  EXPECT_EQ(fit_exercise(step_and_weight, parse_equipment("home")).substitute_text,
            "use a rucksack filled with books instead of weights; use the stairs at home instead of a step");
  EXPECT_EQ(fit_exercise(step_and_weight, parse_equipment("step")).missing, std::vector<std::string>{"weight"});

  const auto box_jump = needing({"box"}, {});
  const auto out = fit_exercise(box_jump, parse_equipment("weight,step"));
  EXPECT_EQ(out.usability, Usability::not_usable);
  EXPECT_EQ(out.missing, std::vector<std::string>{"box"});
}

}  // namespace
}  // namespace rs::attributes

// Unit tests for src/attributes/yaml_file.cpp: errors in exercises.yaml / taxonomy.yaml naming file,
// line and field, read through the resolver.
#include <gtest/gtest.h>

#include <string>

#include "attributes/resolver.hpp"
#include "support/temp_dir.hpp"
#include "util/error.hpp"

namespace rs::attributes {
namespace {

std::string error_of(const std::string& exercises, const std::string& taxonomy) {
  try {
    (void)AttributeResolver::from_text(exercises, taxonomy, "content");
  } catch (const Error& error) {
    return error.what();
  }
  return "no error";
}

TEST(AttributesYaml, ErrorsNameFileLineAndField) {
  EXPECT_EQ(error_of("", "rules:\n  - match: [squat]\n    areas: [legs]\n"),
            "content/taxonomy.yaml:3: areas: unknown area 'legs'; expected one of: core, glutes, hips, quads, "
            "hamstrings, calves, ankles-feet, upper-body, posture, full-body");
  EXPECT_EQ(error_of("", "rules:\n  - match: [squat]\n    kind: cardio\n"),
            "content/taxonomy.yaml:3: kind: unknown kind 'cardio'; expected one of: strength, stability, mobility, "
            "plyometric");
  EXPECT_EQ(error_of("", "rules:\n  - areas: [core]\n"),
            "content/taxonomy.yaml:2: rule: needs a 'match' list of words or phrases");
  EXPECT_EQ(error_of("", "rules:\n  - match: plank\n    dose: {type: hold, seconds: 9000}\n"),
            "content/taxonomy.yaml:3: dose.seconds: must be between 1 and 600, not 9000");
  const auto typo = error_of("exercises:\n  side-plank:\n    area: [core]\n", "");
  EXPECT_EQ(typo.rfind("content/exercises.yaml:3: exercises.side-plank: unknown field 'area'", 0), 0u) << typo;
  EXPECT_EQ(error_of("exercises:\n  side-plank:\n    areas: [core]\n    kind: stability\n", ""),
            "content/exercises.yaml:3: exercises.side-plank: needs 'dose'");
  EXPECT_EQ(error_of("exercises:\n  Side Plank:\n    areas: [core]\n", ""),
            "content/exercises.yaml:2: exercises.Side Plank: a key must be an exercise slug (lower-case words joined "
            "by -)");
  EXPECT_EQ(error_of("exercises:\n  plank:\n    areas: [core]\n    kind: stability\n    dose: {type: hold}\n"
                     "    equipment: [weight]\n    substitutes: {step: stairs}\n",
                     ""),
            "content/exercises.yaml:7: exercises.plank.substitutes.step: 'step' is not in this entry's equipment");
}

TEST(AttributesYaml, TwoEntriesClaimingOneNameIsAnError) {
  const std::string text =
      "exercises:\n"
      "  plank:\n    areas: [core]\n    kind: stability\n    dose: {type: hold}\n"
      "  front-plank:\n    aliases: [Planks]\n    areas: [core, posture]\n    kind: stability\n"
      "    dose: {type: hold}\n";
  EXPECT_EQ(error_of(text, ""),
            "content/exercises.yaml:7: exercises.front-plank.aliases: names the same exercise as the entry at line 2 "
            "('plank')");
}

TEST(AttributesYaml, SyntaxErrorsGiveTheLineFromTheFileOnDisk) {
  test::TempDir dir;
  test::write_file(dir / "exercises.yaml", "");
  test::write_file(dir / "taxonomy.yaml", "rules:\n  - match: [squat\n    areas: [quads]\n");
  try {
    (void)AttributeResolver::load(dir.path());
    FAIL() << "expected an error";
  } catch (const Error& error) {
    const std::string message = error.what();
    EXPECT_EQ(message.rfind((dir / "taxonomy.yaml").string() + ":", 0), 0u) << message;
    EXPECT_NE(message.find("YAML syntax error"), std::string::npos) << message;
  }
  EXPECT_THROW((void)AttributeResolver::load(dir / "missing"), Error);
}

TEST(AttributesYaml, MissingFilesCountAsEmpty) {
  test::TempDir dir;
  const auto resolver = AttributeResolver::load(dir.path());
  EXPECT_EQ(resolver.resolve("Side Plank").source, model::AttributeSource::defaulted);
  EXPECT_EQ(resolver.fingerprint().size(), 16u);
}

}  // namespace
}  // namespace rs::attributes

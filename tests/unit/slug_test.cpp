// Unit tests for src/importer/slug.cpp: slugs and section names.
#include <gtest/gtest.h>

#include "importer/slug.hpp"

namespace rs::importer {
namespace {

TEST(Slug, FoldsAccentsAndJoinsWords) {
  EXPECT_EQ(slugify("Ab-wheel Holds"), "ab-wheel-holds");
  EXPECT_EQ(slugify("  Café  Crème! "), "cafe-creme");
  EXPECT_EQ(slugify("Straße"), "strasse");
  EXPECT_EQ(slugify("Œuvre Łódź"), "oeuvre-lodz");
  EXPECT_EQ(slugify("Runner’s knee"), "runners-knee");
  EXPECT_EQ(slugify("Glute Walk-Outs (3 × 10)"), "glute-walk-outs-3-10");
  EXPECT_EQ(slugify("🏃"), "");
}

TEST(Slug, SectionNamesLoseNumbersAndPrefixes) {
  EXPECT_EQ(section_name("5. Exercises 1 – Foundational"), "Foundational");
  EXPECT_EQ(section_name("4. Basics"), "Basics");
  EXPECT_EQ(section_name("4) Basics"), "Basics");
  EXPECT_EQ(section_name("Exercises 2 - Follow-on"), "Follow-on");
  EXPECT_EQ(section_name("Level 3: Advanced"), "Advanced");
  EXPECT_EQ(section_name("3. Key points to remember"), "Key points to remember");
  EXPECT_EQ(section_name("2024 plans"), "2024 plans");
  EXPECT_EQ(section_name("Exercises for the core"), "Exercises for the core");
}

}  // namespace
}  // namespace rs::importer

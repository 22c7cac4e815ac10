// Unit tests for src/util/text: trim, ASCII lower case, split and join.
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "util/text.hpp"

namespace rs {
namespace {

using Strings = std::vector<std::string>;

TEST(Text, TrimStripsAsciiBlanksAtBothEnds) {
  EXPECT_EQ(trim("  a b \t\r\n"), "a b");
  EXPECT_EQ(trim("a"), "a");
  EXPECT_EQ(trim(""), "");
  EXPECT_EQ(trim(" \t\r\n"), "");
  EXPECT_EQ(trim("\va\f"), "\va\f");  // only space, tab, CR and LF by default
}

TEST(Text, TrimStripsTheCharactersItIsGiven) {
  EXPECT_EQ(trim(" \tweight\t ", " \t"), "weight");
  EXPECT_EQ(trim("\n weight \n", " "), "\n weight \n");
  EXPECT_EQ(trim("--a--", "-"), "a");
}

TEST(Text, TrimReturnsAViewIntoItsArgument) {
  const std::string_view text = "  word  ";
  const auto trimmed = trim(text);
  EXPECT_EQ(trimmed.data(), text.data() + 2);
  const auto empty = trim(std::string_view("   "));
  EXPECT_TRUE(empty.empty());
}

TEST(Text, AsciiLowerLeavesEverythingButCapitalsAlone) {
  EXPECT_EQ(ascii_lower("HTTPS://Example.COM/Ab"), "https://example.com/ab");
  EXPECT_EQ(ascii_lower("Crème ÉTÉ 42"), "crème ÉtÉ 42");  // bytes outside ASCII unchanged
  EXPECT_EQ(ascii_lower('Q'), 'q');
  EXPECT_EQ(ascii_lower('@'), '@');
  EXPECT_EQ(ascii_lower('['), '[');
  EXPECT_EQ(ascii_lower(""), "");
}

TEST(Text, SplitKeepsEveryPart) {
  EXPECT_EQ(split("a,b,c", ','), (Strings{"a", "b", "c"}));
  EXPECT_EQ(split("a,,b", ','), (Strings{"a", "", "b"}));
  EXPECT_EQ(split("a,", ','), (Strings{"a", ""}));
  EXPECT_EQ(split(",a", ','), (Strings{"", "a"}));
  EXPECT_EQ(split("", ','), (Strings{""}));
  EXPECT_EQ(split(" a , b ", ','), (Strings{" a ", " b "}));
}

TEST(Text, JoinPutsTheSeparatorBetweenParts) {
  const std::array<std::string_view, 3> names = {"weight", "ab-wheel", "step"};
  EXPECT_EQ(join(names, ", "), "weight, ab-wheel, step");
  EXPECT_EQ(join(std::span<const std::string_view>(names).first(1), ", "), "weight");
  EXPECT_EQ(join({}, ", "), "");
}

}  // namespace
}  // namespace rs

// Unit tests for src/util/display_width: terminal columns of wide characters, emoji and combining
// marks, cutting with an ellipsis, padding and word wrapping.
#include <gtest/gtest.h>

#include "util/display_width.hpp"

namespace rs {
namespace {

TEST(DisplayWidth, CountsColumnsNotBytes) {
  EXPECT_EQ(display_width("Side Plank"), 10u);
  EXPECT_EQ(display_width("Épaule"), 6u);                  // precomposed É: one column, two bytes
  EXPECT_EQ(display_width("E\u0301paule"), 6u);            // E + combining acute: still one column
  EXPECT_EQ(display_width("\u5f13\u6b65"), 4u);            // two CJK characters: two columns each
  EXPECT_EQ(display_width("run \U0001F3C3"), 6u);          // the runner emoji takes two columns
  EXPECT_EQ(display_width("\x1b[1;31mrace\x1b[0m"), 4u);  // colour codes take none
  EXPECT_EQ(code_point_width(U'\u200d'), 0);               // zero-width joiner
}

TEST(DisplayWidth, FitWidthCutsWithAnEllipsisOnCharacterBoundaries) {
  EXPECT_EQ(fit_width("Side Plank", 10), "Side Plank");
  EXPECT_EQ(fit_width("Side Plank Reach and Pause", 10), "Side Plan\u2026");
  EXPECT_EQ(fit_width("Side Plank", 6), "Side\u2026");  // no space before the ellipsis
  EXPECT_EQ(display_width(fit_width("\u5f13\u6b65\u5f13\u6b65", 5)), 5u);
  EXPECT_EQ(fit_width("\u5f13\u6b65\u5f13\u6b65", 5), "\u5f13\u6b65\u2026");
  EXPECT_EQ(fit_width("e\u0301e\u0301e\u0301e\u0301", 3), "e\u0301e\u0301\u2026");  // marks stay with their base
  EXPECT_EQ(fit_width("anything", 0), "");
}

TEST(DisplayWidth, PadRightPadsToColumns) {
  EXPECT_EQ(pad_right("ab", 4), "ab  ");
  EXPECT_EQ(pad_right("\u5f13", 4), "\u5f13  ");
  EXPECT_EQ(pad_right("abcdef", 4), "abcdef");
}

TEST(DisplayWidth, WrapWordsBreaksAtSpaces) {
  const auto lines = wrap_words("Strength after the run on hard days keeps easy days easy", 20);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "Strength after the");
  EXPECT_EQ(lines[1], "run on hard days");
  EXPECT_EQ(lines[2], "keeps easy days easy");
  EXPECT_EQ(wrap_words("https://example.com/a/very/long/address", 10),
            std::vector<std::string>{"https://e\u2026"});
  EXPECT_TRUE(wrap_words("", 10).empty());
}

}  // namespace
}  // namespace rs

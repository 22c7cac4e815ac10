// Unit tests for src/util/suggest: edit distance and the "did you mean" choice.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "util/suggest.hpp"

namespace rs {
namespace {

const std::vector<std::string> commands = {"db", "import", "exercises", "show", "levels", "articles",
                                           "plan", "plans", "schedule", "export"};

TEST(Suggest, EditDistanceCountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(edit_distance("plan", "plan"), 0u);
  EXPECT_EQ(edit_distance("plna", "plan"), 1u);  // a swap counts once
  EXPECT_EQ(edit_distance("exercise", "exercises"), 1u);
  EXPECT_EQ(edit_distance("Plan", "plan"), 0u);  // ASCII case ignored
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
}

TEST(Suggest, ClosestMatchFindsTyposAndPrefixesOnly) {
  EXPECT_EQ(closest_match("plna", commands), "plan");
  EXPECT_EQ(closest_match("exercise", commands), "exercises");
  EXPECT_EQ(closest_match("shedule", commands), "schedule");
  EXPECT_EQ(closest_match("exp", commands), "export");
  EXPECT_EQ(closest_match("frobnicate", commands), std::nullopt);
  EXPECT_EQ(closest_match("", commands), std::nullopt);
}

TEST(Suggest, UnknownValueMessageSuggestsOrLists) {
  const std::vector<std::string> formats = {"text", "json", "ics", "html"};
  EXPECT_EQ(unknown_value_message("format", "htm", formats), "unknown format 'htm'; did you mean 'html'?");
  EXPECT_EQ(unknown_value_message("format", "pdf", formats), "unknown format 'pdf'; one of: text, json, ics, html");
  EXPECT_EQ(unknown_value_message("format", "pdf", formats, 2), "unknown format 'pdf'");
}

}  // namespace
}  // namespace rs

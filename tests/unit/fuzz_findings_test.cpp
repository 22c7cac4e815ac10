// Unit tests for the bugs fuzzing found (docs/fuzzing.md, "Findings"): each checks the fixed
// behaviour on the smallest input that showed the bug. The raw inputs are replayed by
// fuzz_regressions_test.cpp from tests/fuzz/regressions/.
#include <gtest/gtest.h>

#include "importer/article_error.hpp"
#include "importer/article_reader.hpp"
#include "importer/front_matter.hpp"

namespace rs {
namespace {

std::string error_of(const std::string& bytes) {
  try {
    importer::read_article(bytes, "fuzz.md");
  } catch (const Error& error) {
    return error.what();
  }
  return "";
}

// fuzz_article: nested YAML aliases in the front matter ("billion laughs") expanded into ~10^9
// JSON values: a hang and then out of memory. Now a clear error naming the file and the line.
TEST(FuzzFindings, FrontMatterAliasBombIsRejected) {
  std::string yaml = "title: Bomb\nx0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int i = 1; i <= 8; ++i) {
    yaml += "x" + std::to_string(i) + ": &x" + std::to_string(i) + " [";
    for (int j = 0; j < 10; ++j) yaml += (j ? ", *x" : "*x") + std::to_string(i - 1);
    yaml += "]\n";
  }
  const auto message = error_of("---\n" + yaml + "---\n## Basics\n");
  EXPECT_NE(message.find("fuzz.md:"), std::string::npos) << message;
  EXPECT_NE(message.find("more than 100000 values"), std::string::npos) << message;
}

// The same budget counts text: one long string repeated through aliases.
TEST(FuzzFindings, FrontMatterAliasedTextIsBounded) {
  std::string yaml = "title: Big\nbig: &big \"" + std::string(200'000, 'x') + "\"\nmany: [";
  for (int i = 0; i < 50; ++i) yaml += (i ? ", *big" : "*big");
  yaml += "]\n";
  EXPECT_NE(error_of("---\n" + yaml + "---\n").find("over 8 MiB"), std::string::npos);
}

// A front matter as large as it gets without aliases is still read.
TEST(FuzzFindings, LongFrontMatterListsStillWork) {
  std::string yaml = "title: Many tags\ntags: [";
  for (int i = 0; i < 20'000; ++i) yaml += (i ? ", t" : "t") + std::to_string(i);
  yaml += "]\n";
  const auto article = importer::read_article("---\n" + yaml + "---\n", "fuzz.md");
  EXPECT_EQ(article.front_matter["tags"].size(), 20'000u);
  EXPECT_EQ(article.front_matter["tags"][19'999], "t19999");
}

// Found reading the fuzzed code: std::from_chars takes a minus sign, so "T-1:-5" passed as a time.
TEST(FuzzFindings, DateTimeFieldsHaveNoSigns) {
  EXPECT_FALSE(importer::is_date_or_date_time("2024-01-01T-1:00"));
  EXPECT_FALSE(importer::is_date_or_date_time("2024-01-01T01:-5"));
  EXPECT_FALSE(importer::is_date_or_date_time("2024-01-01T01:05+-1:00"));
  EXPECT_TRUE(importer::is_date_or_date_time("2024-01-01T01:05-01:00"));
  const auto message = error_of("---\ntitle: T\npublishedDate: 2024-01-01T-1:00\n---\n");
  EXPECT_NE(message.find("fuzz.md:3: front matter field 'publishedDate' must be a date"), std::string::npos) << message;
}

}  // namespace
}  // namespace rs

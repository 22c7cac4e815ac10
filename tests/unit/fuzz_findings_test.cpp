// Flow test over several sources: the bugs fuzzing found (docs/fuzzing.md, "Findings"): each checks
// the fixed behaviour on the smallest input that showed the bug. The raw inputs are replayed by
// fuzz_regressions_test.cpp from tests/fuzz/regressions/.
#include <gtest/gtest.h>

#include "importer/article_error.hpp"
#include "importer/article_reader.hpp"
#include "importer/front_matter.hpp"
#include "importer/markdown_limits.hpp"
#include "planner/schedule_reader.hpp"
#include "support/temp_dir.hpp"

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

std::string repeat(const std::string& text, int times) {
  std::string result;
  for (int i = 0; i < times; ++i) result += text;
  return result;
}

// Hostile inputs: cmark-gfm 0.29.0.gfm.6 took 31 s on 200 KB of `![[]()` (hours for 8 MiB) and
// 11 s on a list nested 5000 deep followed by 20 000 lazy lines. Both are refused up front now,
// naming the line where the paragraph or the lines start.
TEST(FuzzFindings, ImageOpenersTimesLinksAreRefused) {
  const auto body = "## Basics\n\nfine ![a](b) [c](d)\n\n" + repeat("![[]()", 4000) + "\n";
  const auto problem = importer::find_slow_markdown(body);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->line, 5);
  const auto message = error_of("---\ntitle: T\n---\n" + body);
  EXPECT_NE(message.find("fuzz.md:8: too many image openers '![' and links in one paragraph"), std::string::npos)
      << message;
}

TEST(FuzzFindings, DeepNestingTimesLazyLinesIsRefused) {
  const auto body = repeat("- ", 5000) + "a\n" + repeat("b\n", 2000);
  const auto problem = importer::find_slow_markdown(body);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->line, 1001);  // 10 000 prefix characters a line: over 10 000 000 on line 1001
  EXPECT_NE(problem->message.find("deeply nested lists or block quotes"), std::string::npos);
  EXPECT_FALSE(importer::find_slow_markdown(repeat("- ", 5000) + "a\n\n" + repeat("b\n", 2000)));
}

// Real articles are far inside both budgets, however long: the shipped article 1500 times
// (6.9 MB) and 2000 paragraphs of images and links.
TEST(FuzzFindings, RealArticlesStayInsideTheMarkdownBudget) {
  const auto seed = test::read_file(std::string(RS_SOURCE_DIR) + "/content/strength-training-for-runners.md");
  EXPECT_FALSE(importer::find_slow_markdown(repeat(seed, 1500)));
  EXPECT_FALSE(
      importer::find_slow_markdown(repeat("![photo](a.jpg) see [this](https://x.y) and ![b](c.png)\n\n", 2000)));
  EXPECT_EQ(importer::read_article(seed, "seed.md").exercise_count(), 8u);
}

// fuzz_schedule's round-trip property: schedule_to_yaml wrote the time zone unquoted, so a zone
// accepted as "null" or "-" printed as YAML null or a list entry and did not read back.
TEST(FuzzFindings, ScheduleTimeZonesReadBack) {
  const Date today{std::chrono::year{2024} / 3 / 13};
  for (const std::string zone : {"null", "-", "Europe/London"}) {
    const auto schedule =
        planner::parse_schedule("strength:\n  time: \"07:00\"\n  timezone: \"" + zone + "\"\n", "s.yaml", today);
    const auto yaml = planner::schedule_to_yaml(schedule);
    EXPECT_NE(yaml.find("  timezone: \"" + zone + "\"\n"), std::string::npos) << yaml;
    EXPECT_EQ(planner::parse_schedule(yaml, "again.yaml", today).timezone, zone) << yaml;
  }
}

}  // namespace
}  // namespace rs

// Unit tests for src/importer/article_reader on the dialect fixtures (tests/fixtures/import/dialect)
// and on malformed input.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <thread>

#include "importer/article_error.hpp"
#include "importer/article_reader.hpp"
#include "support/temp_dir.hpp"

namespace rs::importer {
namespace {

const std::string dialect = std::string(RS_TESTS_DIR) + "/fixtures/import/dialect/";

model::ParsedArticle read_fixture(const std::string& name) {
  return read_article(test::read_file(dialect + name), dialect + name);
}

bool has_warning(const model::ParsedArticle& article, int line, const std::string& text) {
  return std::any_of(article.warnings.begin(), article.warnings.end(), [&](const model::Warning& warning) {
    return warning.line == line && warning.message.find(text) != std::string::npos;
  });
}

// Line ends as the reader sees them: "\r\n" and a lone "\r" become "\n" wherever they are (first,
// last, doubled, mixed), a leading byte-order mark goes, and everything else is kept byte for byte.
TEST(ArticleReader, NormalizeTextTurnsEveryLineEndIntoANewline) {
  EXPECT_EQ(normalize_text(""), "");
  EXPECT_EQ(normalize_text("plain\ntext"), "plain\ntext");
  EXPECT_EQ(normalize_text("\xEF\xBB\xBFtitle\r\n"), "title\n");
  EXPECT_EQ(normalize_text("\r"), "\n");
  EXPECT_EQ(normalize_text("\r\n"), "\n");
  EXPECT_EQ(normalize_text("\r\r\n\n"), "\n\n\n");
  EXPECT_EQ(normalize_text("a\rb\r\nc\n\rd\r"), "a\nb\nc\n\nd\n");
  EXPECT_EQ(normalize_text("caf\xC3\xA9\r\n\xE2\x80\x93"), "caf\xC3\xA9\n\xE2\x80\x93");
}

TEST(ArticleReader, EveryVideoUrlForm) {
  const auto article = read_fixture("video-forms.md");
  ASSERT_EQ(article.levels.size(), 1u);
  EXPECT_EQ(article.levels[0].name, "Video Forms");
  EXPECT_EQ(article.levels[0].slug, "video-forms");
  const auto& exercises = article.levels[0].exercises;
  const std::vector<std::pair<model::VideoProvider, std::string>> expected = {
      {model::VideoProvider::youtube, "AAAAAAAAAAA"}, {model::VideoProvider::youtube, "BBBBBBBBBBB"},
      {model::VideoProvider::youtube, "CCCCCCCCCCC"}, {model::VideoProvider::youtube, "DDDDDDDDD_-"},
      {model::VideoProvider::youtube, "EEEEEEEEEEE"}, {model::VideoProvider::youtube, "FFFFFFFFFFF"},
      {model::VideoProvider::youtube, "GGGGGGGGGGG"}, {model::VideoProvider::vimeo, "143363985"},
      {model::VideoProvider::vimeo, "134393784"},     {model::VideoProvider::youtube, "HHHHHHHHHHH"}};
  ASSERT_EQ(exercises.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    ASSERT_TRUE(exercises[i].video) << exercises[i].name;
    EXPECT_EQ(exercises[i].video->provider, expected[i].first) << exercises[i].name;
    EXPECT_EQ(exercises[i].video->id, expected[i].second) << exercises[i].name;
  }
  EXPECT_EQ(exercises[3].video->url, "https://www.youtube.com/watch?v=DDDDDDDDD_-");
  EXPECT_EQ(exercises[8].video->url, "https://vimeo.com/134393784");
  EXPECT_TRUE(has_warning(article, 46, "not a recognised video: https://www.youtube.com/watch?v=tooShort"));
}

// GFM leaves trailing '_' out of a bare URL; YouTube ids may end in '_', so a bare video link keeps
// them, while other links and linked text keep GFM's reading.
TEST(ArticleReader, BareYoutubeLinkKeepsTheUnderscoresItsIdEndsWith) {
  const auto article = read_article(
      "---\ntitle: Ids\n---\n## Basics\n\n### Short\n\nhttps://youtu.be/abcdefghi__\n\n"
      "### Watch\n\nSee https://www.youtube.com/watch?v=abcdefghij_ now\n\n"
      "### Labelled\n\n[video](https://youtu.be/klmnopqrst_)\n\n"
      "### Other\n\nhttps://example.com/page_\n",
      "ids.md");
  ASSERT_EQ(article.levels.size(), 1u);
  const auto& exercises = article.levels[0].exercises;
  ASSERT_EQ(exercises.size(), 4u);
  ASSERT_TRUE(exercises[0].video);
  EXPECT_EQ(exercises[0].video->id, "abcdefghi__");
  ASSERT_TRUE(exercises[1].video);
  EXPECT_EQ(exercises[1].video->id, "abcdefghij_");
  ASSERT_TRUE(exercises[2].video);
  EXPECT_EQ(exercises[2].video->id, "klmnopqrst_");
  EXPECT_FALSE(exercises[3].video);
  EXPECT_TRUE(has_warning(article, 20, "is not a recognised video: https://example.com/page"));
  EXPECT_FALSE(has_warning(article, 20, "https://example.com/page_"));
}

TEST(ArticleReader, AllThreeSeparatorKindsSplitColumns) {
  const auto article = read_fixture("separators.md");
  ASSERT_EQ(article.levels.size(), 2u);
  const auto& grid = article.levels[0].exercises;
  ASSERT_EQ(grid.size(), 4u);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(grid[i].column, i + 1) << grid[i].name;
    EXPECT_EQ(grid[i].position, i + 1);
  }
  EXPECT_EQ(article.levels[1].name, "After");  // "3) Exercises 2 - After"
  EXPECT_EQ(article.levels[1].rank, 1);
  EXPECT_EQ(article.levels[1].exercises[0].column, 1);  // the rule after ::: is outside any grid
  EXPECT_TRUE(article.warnings.empty());
  EXPECT_EQ(article.slug, "separators");  // from the file name
}

TEST(ArticleReader, BlocksOutsideGridsAndOddHeadings) {
  const auto article = read_fixture("blocks.md");
  ASSERT_EQ(article.levels.size(), 2u);
  const auto& level = article.levels[0];
  EXPECT_EQ(level.name, "Outside Grids");
  std::vector<std::string> names;
  for (const auto& exercise : level.exercises) names.push_back(exercise.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Plain One", "No Video Here", "Not A Video", "Script Link",
                                             "In Accordion"}));
  // The :::buttons link under Plain One is not its video; the first content link is.
  ASSERT_TRUE(level.exercises[0].video);
  EXPECT_EQ(level.exercises[0].video->id, "11");
  EXPECT_EQ(level.exercises[0].column, 1);
  EXPECT_FALSE(level.exercises[1].video);
  EXPECT_FALSE(level.exercises[2].video);
  EXPECT_FALSE(level.exercises[3].video);
  ASSERT_TRUE(level.exercises[4].video);
  EXPECT_EQ(level.exercises[4].video->id, "IIIIIIIIIII");
  EXPECT_EQ(level.exercises[4].position, 5);
  EXPECT_TRUE(has_warning(article, 21, "'No Video Here' has no recognised video"));
  EXPECT_TRUE(has_warning(article, 27, "not a recognised video: https://example.com/page"));
  EXPECT_TRUE(has_warning(article, 31, "not http(s)"));
  EXPECT_TRUE(has_warning(article, 33, "repeated exercise 'Plain One'"));
  EXPECT_TRUE(has_warning(article, 54, "unclosed :::columns block"));
  // The unclosed grid's exercise is still read.
  EXPECT_EQ(article.levels[1].exercises.at(0).name, "Unclosed One");
  ASSERT_EQ(article.tips.size(), 3u);
  EXPECT_EQ(article.tips[0].title, "Breathe");
  EXPECT_EQ(article.tips[0].body, "In through the nose.");
  EXPECT_EQ(article.tips[1].title, "Rest days matter");
  EXPECT_EQ(article.tips[1].body, "Take them.");
  EXPECT_EQ(article.tips[2].title, "Mixed emphasis title");
  EXPECT_EQ(article.tips[2].body, "body with code.");
  EXPECT_EQ(article.tips[2].section, "Tips");
  for (const auto& warning : article.warnings) EXPECT_EQ(warning.message.find("javascript"), std::string::npos);
}

TEST(ArticleReader, CrlfAndByteOrderMark) {
  const auto article = read_fixture("crlf-bom.md");
  EXPECT_EQ(article.title, "Windows file");
  EXPECT_EQ(article.slug, "crlf-bom");
  ASSERT_EQ(article.levels.size(), 1u);
  const auto& exercises = article.levels[0].exercises;
  ASSERT_EQ(exercises.size(), 2u);
  EXPECT_EQ(exercises[0].slug, "cafe-stretch");
  EXPECT_EQ(exercises[1].slug, "strasse-lunge");
  EXPECT_EQ(exercises[1].column, 2);
  EXPECT_EQ(exercises[1].line, 16);
}

TEST(ArticleReader, NullFieldsDateTimeAndUnsafeLinks) {
  const auto article = read_fixture("null-fields.md");
  EXPECT_EQ(article.slug, "null-fields");  // slug: null falls back to the file name
  EXPECT_FALSE(article.description);
  EXPECT_FALSE(article.draft);
  EXPECT_EQ(article.published_date, "2026-02-15T08:08:00");
  EXPECT_TRUE(article.front_matter["year"].is_null());
  EXPECT_TRUE(article.front_matter["location"].is_null());
  EXPECT_TRUE(article.front_matter["videoUrl"].is_null());        // javascript: never stored
  EXPECT_TRUE(article.front_matter["links"]["video"].is_null());  // data: never stored
  EXPECT_EQ(article.front_matter["links"]["github"], "https://github.com/example");
  EXPECT_EQ(article.front_matter["customField"], "kept");
  EXPECT_TRUE(has_warning(article, 12, "'videoUrl'"));
  EXPECT_EQ(article.exercise_count(), 1u);
}

TEST(ArticleReader, DraftAndNonStrengthPages) {
  const auto draft = read_fixture("draft.md");
  EXPECT_TRUE(draft.draft);
  EXPECT_EQ(draft.exercise_count(), 1u);
  const auto music = read_fixture("not-strength.md");
  EXPECT_TRUE(music.levels.empty());
  EXPECT_TRUE(music.tips.empty());
}

void expect_error(const std::string& bytes, int line, const std::string& text) {
  try {
    read_article(bytes, "x.md");
    ADD_FAILURE() << "no error for: " << text;
  } catch (const ArticleError& error) {
    EXPECT_EQ(error.file(), "x.md");
    EXPECT_EQ(error.line(), line) << error.what();
    EXPECT_NE(error.detail().find(text), std::string::npos) << error.what();
    EXPECT_EQ(std::string(error.what()).rfind("x.md", 0), 0u);
  }
}

TEST(ArticleReader, ErrorsNameFileLineAndProblem) {
  expect_error("---\ntitle: ok\n---\nbad \xFF byte\n", 4, "not valid UTF-8 (byte offset 22)");
  expect_error(std::string("---\ntitle: ok\n---\n\0\n", 20), 4, "binary content (NUL byte at byte offset 18)");
  expect_error("# no front matter\n", 1, "no front matter");
  expect_error("---\ntitle: open\n", 1, "not closed");
  expect_error("---\ntitle: [a\nslug: b\n---\n", 3, "YAML syntax error");
  expect_error("---\nslug: x\n---\n", 2, "no 'title'");
  expect_error("---\n---\n", 2, "no 'title'");
  expect_error("---\ntitle: t\ndraft: maybe\n---\n", 3, "'draft' must be true or false");
  expect_error("---\ntitle: t\ntags: one\n---\n", 3, "'tags' must be a list");
  expect_error("---\ntitle: t\npublishedDate: 2026-02-30\n---\n", 3, "'publishedDate' must be a date");
  expect_error("---\ntitle: 1984\n---\n", 2, "'title' must be text");
  expect_error("---\n- a\n- b\n---\n", 2, "must be a map");
  expect_error(std::string(max_article_bytes + 1, 'a'), 0, "over the 1 MiB limit");
}

TEST(ArticleReader, QuotedScalarsStayText) {
  const auto article = read_article("---\ntitle: '1984'\nyear: 2024\nlocation: \"true\"\n---\n", "y.md");
  EXPECT_EQ(article.title, "1984");
  EXPECT_EQ(article.front_matter["year"], 2024);
  EXPECT_EQ(article.front_matter["location"], "true");
  EXPECT_EQ(article.slug, "y");
}

}  // namespace
}  // namespace rs::importer

namespace rs::importer {
namespace {

// The reader keeps no state: the same files read on several threads at once give the same results.
TEST(ArticleReader, ReadsInParallelWithTheSameResults) {
  std::vector<std::string> names = {"video-forms.md", "separators.md", "blocks.md", "crlf-bom.md", "null-fields.md"};
  std::vector<std::string> expected;
  for (const auto& name : names) expected.push_back(read_fixture(name).front_matter.dump() +
                                                    std::to_string(read_fixture(name).exercise_count()));
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int round = 0; round < 20; ++round) {
        for (std::size_t i = 0; i < names.size(); ++i) {
          const auto article = read_fixture(names[i]);
          const auto got = article.front_matter.dump() + std::to_string(article.exercise_count());
          if (got != expected[i]) {
            ++mismatches;
            ADD_FAILURE() << names[i] << ": " << got << " vs " << expected[i];
          }
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
}  // namespace rs::importer

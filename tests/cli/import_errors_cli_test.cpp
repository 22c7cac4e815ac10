// CLI tests for bad input: every error case exits 1, names the file, leaves the library content
// exactly as it was (sqlite3 .dump before and after), while the good files of the same run are imported.
#include <gtest/gtest.h>

#include <regex>


#include <filesystem>

#include "importer/article_reader.hpp"
#include "support/library_dump.hpp"
#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

const std::string bad_fixtures = std::string(RS_TESTS_DIR) + "/fixtures/import/bad/";

struct BadCase {
  const char* name;      // test name
  std::string bytes;     // what the previously good file turns into
  std::string message;   // expected in "path:line: error: message"
  int line;              // expected line, 0 when none
};

std::string good_article() {
  return "---\ntitle: Victim\nslug: victim\n---\n\n## Basics\n\n### Kept Move\n\nhttps://vimeo.com/500\n\n"
         "## Notes\n\n- **Kept tip**: stays.\n";
}

std::vector<BadCase> bad_cases() {
  return {
      {"NotUtf8", "---\ntitle: Victim\n---\n\ncaf\xE9\n", "not valid UTF-8 (byte offset 26)", 5},
      {"NoFrontMatter", read_file(bad_fixtures + "no-front-matter.md"), "no front matter", 1},
      {"UnclosedFrontMatter", read_file(bad_fixtures + "unclosed-front-matter.md"), "front matter is not closed", 1},
      {"YamlSyntaxError", read_file(bad_fixtures + "yaml-error.md"), "YAML syntax error", 5},
      {"MissingTitle", read_file(bad_fixtures + "missing-title.md"), "front matter has no 'title'", 2},
      {"WrongFieldType", read_file(bad_fixtures + "wrong-type.md"), "front matter field 'year' must be an integer", 4},
      {"Binary", std::string("---\ntitle: Victim\n---\n\x89PNG\0\0", 27), "binary content (NUL byte at byte offset 26)",
       4},
      {"EmptyFrontMatter", "---\n---\n\n## Basics\n\n### Kept Move\n\nhttps://vimeo.com/500\n",
       "front matter has no 'title'", 2},
      {"DeeplyNestedFrontMatter",
       "---\ntitle: Victim\ntags: " + std::string(50000, '[') + std::string(50000, ']') + "\n---\n",
       "front matter is nested too deeply", 3},
      {"Oversize", good_article() + std::string(importer::max_article_bytes, 'x'),
       "file is " + std::to_string(good_article().size() + importer::max_article_bytes) +
           " bytes, over the 1 MiB limit for an article",
       0},
  };
}

// Test names print the case's name, not its bytes.
void PrintTo(const BadCase& bad, std::ostream* out) { *out << bad.name; }

// The library's dump without the distinct-video total kept in library_meta: a count kept for the
// next run, forgotten by every write and counted again when missing, not content.
std::string dump_without_video_total(const std::string& db) {
  static const std::regex total("INSERT INTO library_meta VALUES\\('video_total','[0-9]+'\\);\n");
  return std::regex_replace(dump_library(db), total, "");
}

class ImportErrors : public LibraryTest, public ::testing::WithParamInterface<BadCase> {};

TEST_P(ImportErrors, FailsNamesTheFileAndLeavesTheLibraryAsItWas) {
  const auto& bad = GetParam();
  const auto victim = dir / "src/victim.md";
  write_file(victim, good_article());
  ASSERT_EQ(run({"import", (dir / "src").string()}).status, 0);
  const auto before = dump_without_video_total(db);

  write_file(victim, bad.bytes);
  write_file(dir / "src/zz-good.md", "---\ntitle: Good\nslug: good\n---\n\n## Basics\n\n### New Move\n\nhttps://vimeo.com/600\n");
  const auto result = run({"import", (dir / "src").string()});
  EXPECT_EQ(result.status, 1);
  const std::string where = victim.string() + (bad.line > 0 ? ":" + std::to_string(bad.line) : "") + ": error: ";
  EXPECT_NE(result.err.find(where + bad.message), std::string::npos) << result.err;
  EXPECT_NE(result.out.find("1 new, 0 updated, 0 unchanged, 0 skipped, 1 failed"), std::string::npos) << result.out;
  // The good file of the same run is in; taking it out again gives back the library exactly.
  EXPECT_EQ(sql("SELECT e.name FROM exercises e JOIN articles a ON a.id = e.article_id WHERE a.slug = 'good'"),
            "New Move\n");
  // (Its video is stored on its exercise row and goes with it.)
  edit(
      "PRAGMA foreign_keys = ON; DELETE FROM articles WHERE slug = 'good'; "
      "DELETE FROM name_attributes WHERE name = 'New Move';");
  EXPECT_EQ(dump_without_video_total(db), before);
}

INSTANTIATE_TEST_SUITE_P(BadInput, ImportErrors, ::testing::ValuesIn(bad_cases()),
                         [](const auto& info) { return std::string(info.param.name); });

class ImportErrorsUnreadable : public LibraryTest {};

TEST_F(ImportErrorsUnreadable, UnreadableFileFailsAndKeepsItsArticle) {
  const auto victim = dir / "src/victim.md";
  write_file(victim, good_article());
  ASSERT_EQ(run({"import", (dir / "src").string()}).status, 0);
  const auto before = dump_library(db);
  write_file(victim, good_article() + "\nMore text.\n");
  // Root reads a chmod 000 file anyway: as root, the import runs as user nobody, with the
  // library's folder and files opened up to it, so the unreadable branch runs in CI too.
  const CliOptions options = as_nobody_when_root();
  fs::permissions(victim, fs::perms::none);
  const auto result = run({"import", (dir / "src").string()}, options);
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find(victim.string() + ": error: cannot read file: Permission denied"), std::string::npos)
      << result.err;
  EXPECT_NE(result.out.find("0 updated"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("1 failed"), std::string::npos) << result.out;
  EXPECT_EQ(dump_library(db), before);
}

// An empty file is a page without exercises, not an error (docs/import.md, "Strength articles only").
class ImportEmptyFile : public LibraryTest {};

TEST_F(ImportEmptyFile, IsSkippedAndRemovesTheArticleStoredFromItBefore) {
  const auto page = dir / "src/page.md";
  write_file(page, good_article());
  ASSERT_EQ(run({"import", (dir / "src").string()}).status, 0);
  ASSERT_EQ(sql("SELECT slug FROM articles"), "victim\n");
  write_file(page, "");
  const auto result = run({"import", (dir / "src").string()});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.out.find("0 new, 0 updated, 0 unchanged, 1 skipped, 0 failed"), std::string::npos) << result.out;
  EXPECT_NE(result.err.find(page.string() +
                            ": warning: removed article 'victim' stored from this file before: it is not a strength "
                            "article"),
            std::string::npos)
      << result.err;
  EXPECT_EQ(sql("SELECT count(*) FROM articles"), "0\n");
  EXPECT_EQ(sql("SELECT count(*) FROM videos"), "0\n");
}

}  // namespace
}  // namespace rs::test

// Hostile files. Each gives a clear error naming the file (exit 1) or a documented
// warning, never a crash, and leaves every other article of the library exactly as it was.
// Cases that fit the "a good file turns bad" shape (empty, binary, not UTF-8, unclosed front
// matter, YAML errors and nesting, over the size limit) are in import_errors_cli_test.cpp; the
// SQL-looking title and the missing path are in import_cli_test.cpp.
#include <gtest/gtest.h>


#include <filesystem>
#include <fstream>

#include "model/parsed_article.hpp"
#include "support/library_dump.hpp"
#include "support/library_fixture.hpp"
#include "support/library_snapshot.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

const std::string header =
    "---\ntitle: Hostile\nslug: hostile\n---\n\n## Basics\n\n### Kept Move\n\nhttps://vimeo.com/501\n\n";

// A library holding one article (src/victim.md), and a folder for the hostile file.
class HostileInput : public LibraryTest {
 protected:
  fs::path src = dir / "src";
  void SetUp() override {
    write_file(src / "victim.md",
               "---\ntitle: Victim\nslug: victim\n---\n\n## Basics\n\n### Side Plank\n\nhttps://vimeo.com/500\n\n"
               "## Notes\n\n- **Kept tip**: stays.\n");
    EXPECT_EQ(run({"import", src.string()}).status, 0);
  }
  // Starts over with another library of its own (dir/`name`), holding only the victim article.
  void use_fresh_library(const std::string& name) {
    src = dir / name / "src";
    db = (dir / name / "lib.db").string();
    SetUp();
  }
  // Writes src/`name` (the hostile article: header + `body`) and imports that file alone.
  CliResult import_hostile(const std::string& name, const std::string& body) const {
    write_file(src / name, header + body);
    return import({(src / name).string()});
  }
  // `columns` of the hostile article's exercises (e: exercises, with their video), in order.
  std::string hostile_exercises(const std::string& columns) const {
    return sql("SELECT " + columns +
               " FROM exercises e JOIN articles a ON a.id = e.article_id WHERE a.slug = 'hostile' ORDER BY e.position");
  }
  // The articles other than `slug`, as canonical text (library_snapshot.hpp).
  std::map<std::string, std::string> others(const std::string& slug = "hostile") const {
    auto articles = article_snapshots(db);
    articles.erase(slug);
    return articles;
  }
};

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_F(HostileInput, ThirtyMegabyteArticleIsRejectedWithBoundedMemory) {
  const auto before = dump_library(db);
  // The same run without the big file: the peak RSS the program needs anyway.
  CliOptions own_rss;
  own_rss.own_peak_rss = true;
  const auto baseline = import({src.string()}, own_rss);
  ASSERT_EQ(baseline.status, 0) << baseline.err;
  const auto big = src / "big.md";
  // Written line by line: ru_maxrss of a child counts the pages it shared with this process when it
  // was forked, so the test keeps its own memory small (no 30 MB string, which ASan would also
  // keep in its quarantine).
  std::uintmax_t size = 0;
  {
    std::ofstream out(big, std::ios::binary);
    out << header;
    const std::string line = "Strength for runners: glutes, hips and calves carry every stride of the race.\n";
    for (size = header.size(); size < 30u * 1024 * 1024; size += line.size()) out << line;
  }
  ASSERT_EQ(fs::file_size(big), size);
  const auto result = import({src.string()}, own_rss);
  EXPECT_EQ(result.status, 1) << result.err;
  EXPECT_TRUE(has(result.err, big.string() + ": error: file is " + std::to_string(size) +
                                  " bytes, over the 1 MiB limit for an article"))
      << result.err;
  // A memory bound, not a speed target: the file is refused without being read into memory.
  RecordProperty("peak_rss_kb", std::to_string(result.peak_rss_kb));
  RecordProperty("baseline_peak_rss_kb", std::to_string(baseline.peak_rss_kb));
  EXPECT_GT(result.peak_rss_kb, 0);
  EXPECT_LT(result.peak_rss_kb, 200 * 1024) << "peak RSS in KiB";
  // Reading the file would add its 30 MB; refusing it adds (next to) nothing.
  EXPECT_LT(result.peak_rss_kb, baseline.peak_rss_kb + 16 * 1024)
      << "peak RSS in KiB, baseline " << baseline.peak_rss_kb;
  EXPECT_EQ(dump_library(db), before);
}

TEST_F(HostileInput, FiftyThousandNestedQuotesAndBracketsImportWithoutCrashing) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"quotes", std::string(50000, '>') + " deep\n"},
      {"spaced-quotes",
       [] {
         std::string text;
         for (int i = 0; i < 50000; ++i) text += "> ";
         return text + "deep\n";
       }()},
      {"brackets", std::string(50000, '[') + "x" + std::string(50000, ']') + "\n"},
      {"open-links",
       [] {
         std::string text;
         for (int i = 0; i < 50000; ++i) text += "[a](";
         return text + "\n";
       }()},
      {"emphasis", std::string(50000, '*') + "x" + std::string(50000, '*') + "\n"},
  };
  for (const auto& [name, body] : cases) {
    use_fresh_library(name);
    const auto before = others();
    write_file(src / (name + ".md"), header + body);
    const auto result = import({src.string()});
    EXPECT_EQ(result.status, 0) << name << ": " << result.err.substr(0, 2000);
    EXPECT_TRUE(has(result.out, "1 new, 0 updated, 1 unchanged, 0 skipped, 0 failed")) << name << ": " << result.out;
    EXPECT_EQ(hostile_exercises("e.name, e.video_url"), "Kept Move|https://vimeo.com/501\n") << name;
    EXPECT_EQ(others(), before) << name;
    EXPECT_EQ(library_problems(db), "") << name;
  }
}

TEST_F(HostileInput, ScriptAndDataLinksUnderExercisesAreNeverVideos) {
  const auto before = others();
  const auto file = src / "links.md";
  const auto result =
      import_hostile("links.md",
                     "### Script Move\n\n[Watch](javascript:alert(document.cookie))\n\n<javascript:alert(1)>\n\n"
                     "### Data Move\n\n[Watch](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n\n"
                     "### Mixed Move\n\n[Watch](JAVASCRIPT:void(0))\n\nhttps://vimeo.com/502\n");
  EXPECT_EQ(result.status, 0) << result.err;
  const std::string where = file.string() + ":";
  EXPECT_TRUE(has(result.err, where + "14: warning: link under 'Script Move' is not http(s); ignored")) << result.err;
  EXPECT_TRUE(has(result.err, where + "16: warning: link under 'Script Move' is not http(s); ignored")) << result.err;
  EXPECT_TRUE(has(result.err, where + "12: warning: exercise 'Script Move' has no recognised video")) << result.err;
  EXPECT_TRUE(has(result.err, where + "20: warning: link under 'Data Move' is not http(s); ignored")) << result.err;
  EXPECT_TRUE(has(result.err, where + "18: warning: exercise 'Data Move' has no recognised video")) << result.err;
  EXPECT_TRUE(has(result.err, where + "24: warning: link under 'Mixed Move' is not http(s); ignored")) << result.err;
  // The exercises are kept, without a video; the only videos are the two real ones.
  EXPECT_EQ(hostile_exercises("e.name, coalesce(e.video_url, '-')"),
            "Kept Move|https://vimeo.com/501\nScript Move|-\nData Move|-\nMixed Move|https://vimeo.com/502\n");
  EXPECT_EQ(query_library(db,
                          "SELECT count(*) FROM videos WHERE url NOT LIKE 'https://%' "
                          "OR url LIKE '%javascript%' OR url LIKE '%data:%'"),
            "0\n");
  EXPECT_EQ(others(), before);
}

TEST_F(HostileInput, UnclosedColumnsBlockWarnsAndKeepsItsExercises) {
  const auto before = others();
  const auto file = src / "columns.md";
  const auto result = import_hostile("columns.md",
                                     ":::columns\n\n### Left Move\n\nhttps://vimeo.com/503\n\n---\n\n### Right Move\n\n"
                                     "https://vimeo.com/504\n");
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_TRUE(has(result.err, file.string() + ":12: warning: unclosed :::columns block")) << result.err;
  EXPECT_EQ(hostile_exercises("e.name, e.column_number"), "Kept Move|1\nLeft Move|1\nRight Move|2\n");
  EXPECT_EQ(others(), before);
}

TEST_F(HostileInput, SymlinkLoopsAndDanglingLinksInAFolderAreReportedAndSkipped) {
  const auto before = dump_library(db);
  fs::create_symlink("loop.md", src / "loop.md");
  fs::create_symlink("b.md", src / "a.md");
  fs::create_symlink("a.md", src / "b.md");
  fs::create_symlink("nowhere.md", src / "dangling.md");
  fs::create_directories(src / "sub");
  fs::create_symlink("..", src / "sub" / "up");  // a folder loop: never walked
  const auto result = import({src.string()});
  EXPECT_EQ(result.status, 1) << result.err;
  for (const auto* name : {"loop.md", "a.md", "b.md"}) {
    EXPECT_TRUE(has(result.err, (src / name).string() + ": error: cannot read file: Too many levels of symbolic links"))
        << result.err;
  }
  EXPECT_TRUE(has(result.err, (src / "dangling.md").string() + ": error: cannot read file: No such file"))
      << result.err;
  EXPECT_TRUE(has(result.out, "imported 5 files: 0 new, 0 updated, 1 unchanged, 0 skipped, 4 failed")) << result.out;
  EXPECT_EQ(dump_library(db), before);
  // Named directly, a looping link says why it cannot be used.
  const auto direct = import({(src / "loop.md").string()});
  EXPECT_EQ(direct.status, 1);
  EXPECT_TRUE(has(direct.err, "loop.md: error: cannot read: Too many levels of symbolic links")) << direct.err;
  EXPECT_EQ(dump_library(db), before);
}

TEST_F(HostileInput, UnreadableFolderIsReportedAndPruneKeepsItsArticles) {
  write_file(src / "sub" / "inner.md",
             "---\ntitle: Inner\nslug: inner\n---\n\n## Basics\n\n### Inner Move\n\n"
             "https://vimeo.com/505\n");
  ASSERT_EQ(import({src.string()}).status, 0);
  const auto before = dump_library(db);
  // Root reads a chmod 000 folder anyway: as root, the import runs as user nobody, with the
  // library's folder and files opened up to it.
  const CliOptions options = as_nobody_when_root();
  fs::permissions(src / "sub", fs::perms::none);
  const auto result = import({"--prune", src.string()}, options);
  EXPECT_EQ(result.status, 1);
  EXPECT_TRUE(has(result.err, (src / "sub").string() + ": error: cannot read folder: Permission denied")) << result.err;
  EXPECT_FALSE(has(result.out, "pruned")) << result.out;
  EXPECT_EQ(dump_library(db), before);
}

}  // namespace
}  // namespace rs::test

// CLI tests for `runstrength import --jobs N`: reading and parsing on worker threads gives exactly
// the library (rows, ids and their order) and the report of a single-threaded import, for a first
// import and for a re-import with changed files, slugs moving between files and a pruned file.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "support/corpus.hpp"
#include "support/library_dump.hpp"
#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

// The library dump with import timestamps blanked: the two runs happen at different seconds.
std::string dump_without_times(const std::string& db) {
  static const std::regex timestamp("'[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z'");
  return std::regex_replace(dump_library(db), timestamp, "'T'");
}

std::string shared_video_article(int n) {
  // Three articles share videos, so the writer's shared-video path runs on both sides.
  return "---\ntitle: Shared " + std::to_string(n) + "\nslug: shared-" + std::to_string(n) +
         "\n---\n\n## Basics\n\n### Move A\n\nhttps://vimeo.com/111111\n\n### Move "
         "B\n\nhttps://youtu.be/AAAAAAAAAAA\n\n"
         "### Move " +
         std::to_string(n) + "\n\nhttps://vimeo.com/22222" + std::to_string(n) + "\n";
}

void replace_in_file(const fs::path& file, const std::string& from, const std::string& to) {
  auto text = read_file(file);
  const auto at = text.find(from);
  ASSERT_NE(at, std::string::npos) << file << " has no '" << from << "'";
  text.replace(at, from.size(), to);
  write_file(file, text);
}

// Two libraries in the fixture's folder, one imported single-threaded and one in parallel.
class ImportJobs : public LibraryTest {
 protected:
  void SetUp() override {
    ASSERT_NO_THROW(generate_corpus(150, corpus, 7));
    for (int n = 1; n <= 3; ++n) write_file(corpus / ("shared-" + std::to_string(n) + ".md"), shared_video_article(n));
  }

  // Imports the corpus with --jobs 1 into one library and --jobs 4 into the other, and checks that
  // both give the same report and the same library.
  void import_both(const std::vector<std::string>& extra = {}) {
    std::string reports[2];
    for (int side = 0; side < 2; ++side) {
      std::vector<std::string> args = {"--db", libraries[side], "import", "--json", "--jobs", side == 0 ? "1" : "4"};
      args.insert(args.end(), extra.begin(), extra.end());
      args.push_back(corpus.string());
      const auto result = run_cli(args);
      ASSERT_EQ(result.status, 0) << result.err;
      reports[side] = result.out;
    }
    EXPECT_EQ(reports[0], reports[1]);
    const auto single = dump_without_times(libraries[0]);
    EXPECT_NE(single.find("INSERT INTO exercises"), std::string::npos);
    EXPECT_EQ(single, dump_without_times(libraries[1]));
  }

  fs::path corpus = dir / "corpus";
  std::string libraries[2] = {(dir / "single.db").string(), (dir / "parallel.db").string()};
};

TEST_F(ImportJobs, FirstImportIsIdenticalToASingleThreadedOne) {
  import_both();
  EXPECT_EQ(query_library(libraries[1], "SELECT count(*), min(id), max(id) FROM articles"), "153|1|153\n");
  EXPECT_EQ(query_library(libraries[1], "SELECT count(*) FROM videos WHERE provider_id = '111111'"), "1\n");
}

TEST_F(ImportJobs, ReimportWithChangesMovedSlugsAndPruneIsIdentical) {
  import_both();
  // Edited files (new content, new size and mtime), and two files whose slugs swap: each now
  // claims the article the other one held, so the parallel reader's view of the library goes stale.
  for (const char* name : {"article-00003.md", "article-00050.md", "article-00149.md"}) {
    replace_in_file(corpus / name, "## 1. Introduction", "## 1. Introduction\n\nA new paragraph.");
  }
  replace_in_file(corpus / "article-00010.md", "slug: strength-00010", "slug: strength-00020");
  replace_in_file(corpus / "article-00020.md", "slug: strength-00020", "slug: strength-00010");
  replace_in_file(corpus / "shared-2.md", "https://vimeo.com/111111", "https://vimeo.com/333333");
  fs::remove(corpus / "article-00100.md");
  import_both({"--prune"});
  EXPECT_EQ(query_library(libraries[1], "SELECT slug FROM articles WHERE source_path LIKE '%article-00010.md'"),
            "strength-00020\n");
  EXPECT_EQ(query_library(libraries[1], "SELECT count(*) FROM articles WHERE slug = 'strength-00100'"), "0\n");
}

}  // namespace
}  // namespace rs::test

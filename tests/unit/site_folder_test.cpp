// Flow test (app/import_library, importer, store, planner): a coach's whole site folder. Only pages
// with exercises are strength articles; the blog posts and project pages are skipped with the reason
// `not a strength article`, their list items are never tips, and every plan note's tip comes from
// the strength article. A stored article whose file loses its exercises is removed, and reported.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include "app/import_library.hpp"
#include "app/make_plan.hpp"
#include "store/library_queries.hpp"
#include "support/imported_library.hpp"
#include "support/temp_dir.hpp"

namespace rs::app {
namespace {

namespace fs = std::filesystem;

const fs::path site = test::source_dir / "tests" / "fixtures" / "import" / "site" / "content";

ImportReport import_paths(Library& library, const std::vector<fs::path>& paths) {
  ImportRequest request;
  for (const auto& path : paths) request.paths.push_back(path.string());
  request.content_dir = test::source_dir / "content";
  request.jobs = 2;
  return import_library(library, request);
}

std::map<std::string, const FileReport*> by_file_name(const ImportReport& report) {
  std::map<std::string, const FileReport*> files;
  for (const auto& file : report.files) files[fs::path(file.path).filename().string()] = &file;
  return files;
}

TEST(SiteFolder, OnlyTheStrengthArticleIsStoredTheOtherPagesAreSkippedWithTheReason) {
  test::TempDir dir;
  Library library(dir / "lib.db");
  const auto report = import_paths(library, {site});
  EXPECT_FALSE(report.any_failed());
  const auto files = by_file_name(report);
  ASSERT_EQ(files.size(), 5u);
  EXPECT_EQ(files.at("strength-training-for-runners.md")->status, FileStatus::added);
  EXPECT_EQ(files.at("strength-training-for-runners.md")->tips, 5);
  // A blog post with bold tips, a project page, a page without a title, one without front matter.
  for (const char* page : {"audio-plugin-latency.md", "trail-map.md", "untitled-draft-notes.md", "readme.md"}) {
    SCOPED_TRACE(page);
    EXPECT_EQ(files.at(page)->status, FileStatus::skipped);
    EXPECT_EQ(files.at(page)->reason, "not a strength article");
    EXPECT_TRUE(files.at(page)->errors.empty());
  }
  EXPECT_EQ(report.count(FileStatus::skipped), 4);

  const auto tips = store::list_tips(library.db());
  ASSERT_EQ(tips.size(), 5u);
  for (const auto& tip : tips) EXPECT_EQ(tip.article_slug, "strength-training-for-runners") << tip.title;
  EXPECT_EQ(store::list_exercises(library.db()).size(), 8u);
}

TEST(SiteFolder, EveryPlanNoteQuotesTheStrengthArticlesTipsOnly) {
  test::TempDir dir;
  Library library(dir / "lib.db");
  ASSERT_FALSE(import_paths(library, {site}).any_failed());
  std::set<std::string> article_tips;
  for (const auto& tip : store::list_tips(library.db())) article_tips.insert(tip.title + ": " + tip.body);

  PlanRequest request;
  request.schedule_file = test::week_file;
  request.today = *parse_date("2026-11-30");
  request.weeks = 12;
  request.save = false;
  const auto plan = make_plan(library.db(), request).plan;
  int sessions = 0;
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      ++sessions;
      // The note is the placement sentence (ending with a full stop), then one tip of the article.
      const bool traced = std::any_of(article_tips.begin(), article_tips.end(), [&](const std::string& tip) {
        return session.note.size() >= tip.size() && session.note.compare(session.note.size() - tip.size(), tip.size(), tip) == 0;
      });
      EXPECT_TRUE(traced) << "week " << week.number << ": " << session.note;
      EXPECT_EQ(session.note.find("FFT"), std::string::npos);
      EXPECT_EQ(session.note.find("Offline tiles"), std::string::npos);
    }
  }
  EXPECT_GT(sessions, 12);
}

TEST(SiteFolder, AStoredArticleThatLosesItsExercisesIsRemovedAndReported) {
  test::TempDir dir;
  fs::create_directories(dir / "src");
  const auto file = dir / "src" / "page.md";
  fs::copy_file(site / "running" / "strength-training-for-runners.md", file);
  Library library(dir / "lib.db");
  ASSERT_EQ(import_paths(library, {dir / "src"}).count(FileStatus::added), 1);
  ASSERT_EQ(store::list_tips(library.db()).size(), 5u);

  // The coach turns the page into a blog post: same slug, tips, no exercises.
  std::ofstream(file, std::ios::trunc) << "---\ntitle: Strength Training for Runners\nslug: strength-training-for-runners\n"
                                          "---\n\n## Key points\n\n- **Go slow**: slowly.\n";
  const auto report = import_paths(library, {dir / "src"});
  ASSERT_EQ(report.files.size(), 1u);
  EXPECT_EQ(report.files[0].status, FileStatus::skipped);
  EXPECT_EQ(report.files[0].reason, "not a strength article");
  ASSERT_EQ(report.files[0].warnings.size(), 1u);
  EXPECT_EQ(report.files[0].warnings[0].message,
            "removed article 'strength-training-for-runners' stored from this file before: it is not a strength "
            "article");
  EXPECT_TRUE(store::list_exercises(library.db()).empty());
  EXPECT_TRUE(store::list_tips(library.db()).empty());

  // An emptied file is no strength article either; nothing is left to remove.
  std::ofstream(file, std::ios::trunc) << "";
  const auto empty = import_paths(library, {dir / "src"});
  ASSERT_EQ(empty.files.size(), 1u);
  EXPECT_EQ(empty.files[0].reason, "not a strength article");
  EXPECT_TRUE(empty.files[0].warnings.empty());
}

}  // namespace
}  // namespace rs::app

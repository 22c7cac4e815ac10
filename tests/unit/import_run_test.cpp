// app/import_run: an import run called in-process, with a failure injected through the run's own
// per-article hook (ImportOptions::in_article_transaction), in the middle of an article written
// inside a batch: after its rows were replaced, before its savepoint is released.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <string>

#include "app/import_library.hpp"
#include "app/import_run.hpp"
#include "attributes/resolver.hpp"
#include "store/attributes_store.hpp"
#include "store/library_writer.hpp"
#include "support/corpus.hpp"
#include "support/library_snapshot.hpp"
#include "support/temp_dir.hpp"
#include "util/error.hpp"

namespace rs::app {
namespace {

namespace fs = std::filesystem;

const fs::path content_dir = fs::path(RS_SOURCE_DIR) / "content";

// Imports `folder` into the library at `db` through the use case, as `runstrength import` does.
ImportReport import_folder(const fs::path& db, const fs::path& folder) {
  Library library(db);
  ImportRequest request;
  request.paths = {folder.string()};
  request.content_dir = content_dir;
  request.jobs = 1;
  return import_library(library, request);
}

// The title stored for `slug`, read through a connection of its own (committed rows only).
std::string committed_title(const fs::path& db, const std::string& slug) {
  SQLite::Database other(db.string(), SQLite::OPEN_READONLY, 10000);
  return other.execAndGet("SELECT title FROM articles WHERE slug = '" + slug + "'").getString();
}

TEST(ImportRun, AnArticleFailingInsideABatchRollsBackAloneAndTheBatchGoesOn) {
  test::TempDir dir;
  const auto db_path = dir / "lib.db", reference = dir / "reference.db";
  test::generate_corpus(5, dir / "old");
  ASSERT_EQ(test::copy_revised(dir / "old", dir / "new", 1), 5);
  ASSERT_EQ(import_folder(db_path, dir / "old").count(FileStatus::added), 5);
  ASSERT_EQ(import_folder(reference, dir / "new").count(FileStatus::added), 5);
  const auto old_versions = test::article_snapshots(db_path.string());
  const auto new_versions = test::article_snapshots(reference.string());
  const std::string failing = "strength-00002";
  ASSERT_NE(old_versions.at(failing), new_versions.at(failing));
  const std::string old_title = committed_title(db_path, "strength-00000");

  auto db = store::Database::open(db_path);
  const auto resolver = attributes::AttributeResolver::load(content_dir);
  store::ArticleAttributeWriter attributes(db, resolver);
  ImportOptions options;
  options.paths = {(dir / "new").string()};
  options.jobs = 1;
  int hooks = 0;
  bool failing_article_was_written = false, one_batch = false;
  options.in_article_transaction = [&](const model::ParsedArticle& article, const store::ArticleRows&,
                                       const std::string& source) {
    ++hooks;
    attributes.write(article, source);
    if (article.slug == failing) {
      // Its new rows are in the library, inside the savepoint: the failure is in mid-article.
      failing_article_was_written =
          db.sql().execAndGet("SELECT title FROM articles WHERE slug = '" + failing + "'").getString() ==
          article.title;
      throw Error(source + ": injected failure after the article's rows were written");
    }
    // The last article: the first one's new version is not committed yet, so all share one batch.
    if (article.slug == "strength-00004") one_batch = committed_title(db_path, "strength-00000") == old_title;
    return std::vector<model::Warning>{};
  };
  const auto report = run_import(db, options);

  EXPECT_EQ(hooks, 5);
  EXPECT_TRUE(failing_article_was_written);
  EXPECT_TRUE(one_batch) << "the run committed between articles; the failure was not inside a batch";
  ASSERT_EQ(report.files.size(), 5u);
  EXPECT_TRUE(report.any_failed());  // `runstrength import` exits with status 1
  EXPECT_EQ(report.count(FileStatus::updated), 4);
  EXPECT_EQ(report.count(FileStatus::failed), 1);
  const auto& failed = report.files.at(2);
  EXPECT_EQ(failed.path, (dir / "new" / "article-00002.md").string());
  EXPECT_EQ(failed.status, FileStatus::failed);
  ASSERT_EQ(failed.errors.size(), 1u);
  EXPECT_EQ(failed.errors[0].message, "injected failure after the article's rows were written");

  // The failed article exactly as before, the others before and after it in their new version.
  const auto now = test::article_snapshots(db_path.string());
  ASSERT_EQ(now.size(), 5u);
  for (const auto& [slug, text] : now) {
    EXPECT_EQ(text, slug == failing ? old_versions.at(slug) : new_versions.at(slug)) << slug;
  }
  EXPECT_EQ(test::library_problems(db_path.string()), "");
  EXPECT_EQ(committed_title(db_path, "strength-00000"), committed_title(reference, "strength-00000"));
}

// The same hook failing on every article: nothing of the run is written.
TEST(ImportRun, AHookFailingOnEveryArticleLeavesTheLibraryAsItWas) {
  test::TempDir dir;
  test::generate_corpus(3, dir / "old");
  test::copy_revised(dir / "old", dir / "new", 1);
  import_folder(dir / "lib.db", dir / "old");
  const auto before = test::article_snapshots((dir / "lib.db").string());
  auto db = store::Database::open(dir / "lib.db");
  ImportOptions options;
  options.paths = {(dir / "new").string()};
  options.in_article_transaction = [](const model::ParsedArticle& article, const store::ArticleRows&,
                                      const std::string&) -> std::vector<model::Warning> {
    throw Error("no room for " + article.slug);
  };
  const auto report = run_import(db, options);
  EXPECT_EQ(report.count(FileStatus::failed), 3);
  EXPECT_EQ(report.files.at(1).errors.at(0).message, "no room for strength-00001");
  EXPECT_EQ(test::article_snapshots((dir / "lib.db").string()), before);
}

}  // namespace
}  // namespace rs::app

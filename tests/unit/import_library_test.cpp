// app/import_library: the import use case called in-process. A dry run is the real run rolled
// back: its report equals the real run's on the same library (the seed, the fixtures, a generated
// corpus, and re-imports with changed, removed and pruned files), and it writes nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "app/import_library.hpp"
#include "support/corpus.hpp"
#include "support/library_dump.hpp"
#include "support/temp_dir.hpp"
#include "util/error.hpp"

namespace rs::app {
namespace {

namespace fs = std::filesystem;

const fs::path source_dir = RS_SOURCE_DIR;

ImportRequest request_for(const std::vector<fs::path>& paths, bool dry_run, bool prune = false) {
  ImportRequest request;
  for (const auto& path : paths) request.paths.push_back(path.string());
  request.content_dir = source_dir / "content";
  request.dry_run = dry_run;
  request.prune = prune;
  request.jobs = 2;
  return request;
}

// The report without what says which kind of run it was.
nlohmann::ordered_json comparable(const ImportReport& report) {
  auto json = report_to_json(report);
  json.erase("dry_run");
  std::string summary = json["summary"];
  for (const std::string prefix : {"dry run (nothing written): would import ", "imported "}) {
    if (summary.rfind(prefix, 0) == 0) summary.erase(0, prefix.size());
  }
  json["summary"] = summary;
  return json;
}

// Runs a dry run then the real run on `db`, checking that the dry run wrote nothing and reported
// what the real run then did. Returns the real run's report.
ImportReport dry_then_real(const fs::path& db, const std::vector<fs::path>& paths, bool prune = false) {
  const bool existed = fs::exists(db);
  const std::string before = existed ? test::dump_library(db.string()) : "";
  Library dry_library(db);
  const auto dry = import_library(dry_library, request_for(paths, true, prune));
  EXPECT_TRUE(dry.dry_run);
  if (existed) {
    EXPECT_EQ(test::dump_library(db.string()), before) << "the dry run wrote to the library";
  } else {
    EXPECT_FALSE(fs::exists(db)) << "the dry run created the library";
  }
  Library library(db);
  const auto real = import_library(library, request_for(paths, false, prune));
  EXPECT_FALSE(real.dry_run);
  EXPECT_EQ(comparable(dry).dump(2), comparable(real).dump(2));
  return real;
}

TEST(ImportLibrary, DryRunOfTheSeedEqualsTheRealRun) {
  test::TempDir dir;
  const auto real = dry_then_real(dir / "lib.db", {source_dir / "content"});
  EXPECT_EQ(real.count(FileStatus::added), 1);
  EXPECT_GE(real.files.at(0).exercises, 8);
  // Unchanged the second time, dry or not.
  const auto again = dry_then_real(dir / "lib.db", {source_dir / "content"});
  EXPECT_EQ(again.count(FileStatus::unchanged), 1);
}

TEST(ImportLibrary, DryRunOfTheFixturesEqualsTheRealRun) {
  test::TempDir dir;
  const auto fixtures = source_dir / "tests" / "fixtures" / "import";
  const auto real = dry_then_real(dir / "lib.db", {fixtures / "dialect", fixtures / "bad"});
  EXPECT_GT(real.count(FileStatus::added), 3);
  EXPECT_EQ(real.count(FileStatus::failed), 5);  // every file of bad/
  EXPECT_TRUE(real.any_failed());
}

TEST(ImportLibrary, DryRunOfAGeneratedCorpusEqualsTheRealRunAlsoWhenFilesChangeAndGo) {
  test::TempDir dir;
  test::generate_corpus(40, dir / "v1", 7);
  dry_then_real(dir / "lib.db", {dir / "v1"});
  // A new version of every fifth article, one file gone (pruned), written over the same folder.
  test::copy_revised(dir / "v1", dir / "v2", 5);
  for (const auto& entry : fs::directory_iterator(dir / "v2")) {
    fs::copy_file(entry.path(), dir / "v1" / entry.path().filename(), fs::copy_options::overwrite_existing);
  }
  fs::remove(dir / "v1" / "article-00003.md");
  const auto real = dry_then_real(dir / "lib.db", {dir / "v1"}, true);
  EXPECT_EQ(real.count(FileStatus::updated), 8);
  EXPECT_EQ(real.count(FileStatus::pruned), 1);
}

TEST(ImportLibrary, ABrokenAttributeFileFailsBeforeAnythingIsWritten) {
  test::TempDir dir;
  test::write_file(dir / "content" / "exercises.yaml", "exercises: [unclosed\n");
  auto request = request_for({source_dir / "content"}, false);
  request.content_dir = dir / "content";
  Library library(dir / "lib.db");
  try {
    import_library(library, request);
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("exercises.yaml"), std::string::npos) << error.what();
  }
  EXPECT_FALSE(fs::exists(dir / "lib.db"));
}

}  // namespace
}  // namespace rs::app

// Two imports and a plan against one library at the same time. Each succeeds or
// fails with a clear "library is busy" error (exit 1) after the busy timeout; the library ends
// healthy, holding exactly what running them one after the other gives.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <memory>
#include <set>
#include <sstream>

#include "store/database.hpp"
#include "support/corpus.hpp"
#include "support/library_dump.hpp"
#include "support/library_fixture.hpp"
#include "support/library_snapshot.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

// A runner's week: two 30-minute sessions at home around intervals, tempo, easy and long runs.
const std::string week_yaml = std::string(RS_TESTS_DIR) + "/fixtures/planner/week.yaml";

// Every test has its own library (lib.db, or another under dir) and the files it imports.
class Concurrency : public LibraryTest {};

bool says_busy(const CliResult& result) {
  return result.status == 1 && result.err.find("library is busy") != std::string::npos;
}

// "slug|name|[provider]|[id]" of every exercise line of article snapshots (library_snapshot.hpp).
std::set<std::string> exercise_keys(const std::map<std::string, std::string>& snapshots) {
  std::set<std::string> keys;
  for (const auto& [slug, text] : snapshots) {
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      if (line.rfind("exercise:", 0) != 0) continue;
      std::vector<std::string> fields;
      std::istringstream cells(line);
      for (std::string cell; std::getline(cells, cell, '\t');) fields.push_back(cell);
      // exercise: rank column position slug name line provider id url ...
      const auto strip = [](const std::string& cell) { return cell.substr(1, cell.size() - 2); };
      keys.insert(strip(fields[4]) + "|" + strip(fields[5]) + "|" + fields[7] + "|" + fields[8]);
    }
  }
  return keys;
}

// Moves generated articles [first, last) from `from` into `to`.
void move_articles(const fs::path& from, const fs::path& to, int first, int last) {
  fs::create_directories(to);
  for (int index = first; index < last; ++index) {
    const auto digits = std::to_string(index);
    const auto name = "article-" + std::string(5 - digits.size(), '0') + digits + ".md";
    fs::rename(from / name, to / name);
  }
}

TEST_F(Concurrency, TwoImportsAndAPlanAtOnceEndAsRunOneAfterTheOther) {
  const auto generated = dir / "generated", first = dir / "first", second = dir / "second";
  generate_corpus(240, generated);
  move_articles(generated, first, 0, 160);     // imported before, then half of them revised
  move_articles(generated, second, 160, 240);  // new articles
  const auto reference = (dir / "reference.db").string();
  ASSERT_EQ(run({"import", first.string()}).status, 0);
  const auto old_versions = article_snapshots(db);
  copy_revised(first, dir / "revised", 2);
  for (const auto& entry : fs::directory_iterator(dir / "revised")) {
    if (read_file(entry.path()) != read_file(first / entry.path().filename())) {
      write_file(first / entry.path().filename(), read_file(entry.path()));
    }
  }
  ASSERT_EQ(run_cli({"--db", reference, "import", first.string(), second.string()}).status, 0);

  CliProcess import_first({"--db", db, "import", first.string()});
  CliProcess import_second({"--db", db, "import", second.string()});
  CliProcess plan({"--db", db, "plan", "--schedule", week_yaml, "--format", "json"});
  const std::vector<std::string> paths = {first.string(), second.string()};
  std::vector<CliResult> imports = {import_first.finish(), import_second.finish()};
  const auto planned = plan.finish();

  for (std::size_t i = 0; i < imports.size(); ++i) {
    EXPECT_TRUE(imports[i].status == 0 || says_busy(imports[i])) << imports[i].status << "\n" << imports[i].err;
    // The library is whole after each run, finished or not.
    EXPECT_EQ(library_problems(db), "");
  }
  for (std::size_t i = 0; i < imports.size(); ++i) {
    if (says_busy(imports[i])) {
      EXPECT_EQ(run_cli({"--db", db, "import", paths[i]}).status, 0);
    }
  }
  EXPECT_EQ(article_snapshots(db), article_snapshots(reference));
  EXPECT_EQ(video_rows(db), video_rows(reference));

  ASSERT_TRUE(planned.status == 0 || says_busy(planned)) << planned.status << "\n" << planned.err;
  if (planned.status == 0) {
    // Built from a consistent library: every exercise it copied (slug, name, video) is one of the
    // old or the new version of some article.
    std::set<std::string> known = exercise_keys(old_versions);
    known.merge(exercise_keys(article_snapshots(reference)));
    const auto doc = nlohmann::json::parse(planned.out);
    ASSERT_EQ(doc["weeks"].size(), 8u);
    int exercises = 0;
    for (const auto& week : doc["weeks"]) {
      for (const auto& session : week["sessions"]) {
        for (const auto& exercise : session["exercises"]) {
          ++exercises;
          const auto& video = exercise["video"];
          const auto key = exercise["slug"].get<std::string>() + "|" + exercise["name"].get<std::string>() + "|" +
                           (video.is_null() ? "NULL|NULL"
                                            : "[" + video["provider"].get<std::string>() + "]|[" +
                                                  video["id"].get<std::string>() + "]");
          EXPECT_EQ(known.count(key), 1u) << key;
        }
      }
    }
    EXPECT_GT(exercises, 0);
    // ... and saved whole: `plan show` gives back the same weeks.
    const auto saved = nlohmann::json::parse(run_cli({"--db", db, "plans", "--json"}).out);
    ASSERT_EQ(saved.size(), 1u);
    const auto id = std::to_string(saved[0]["id"].get<int>());
    const auto shown = run_cli({"--db", db, "plan", "show", id, "--format", "json"});
    EXPECT_EQ(nlohmann::json::parse(shown.out)["weeks"], doc["weeks"]);
  }
}

TEST_F(Concurrency, ThreeImportsCreatingOneNewLibraryAtOnceMigrateItOnce) {
  generate_corpus(20, dir / "src");
  const auto db = (dir / "new" / "lib.db").string(), reference = (dir / "reference.db").string();
  ASSERT_EQ(run_cli({"--db", reference, "import", (dir / "src").string()}).status, 0);
  std::vector<std::unique_ptr<CliProcess>> runs;
  for (int i = 0; i < 3; ++i)
    runs.push_back(
        std::make_unique<CliProcess>(std::vector<std::string>{"--db", db, "import", (dir / "src").string()}));
  for (auto& run : runs) {
    const auto result = run->finish();
    EXPECT_TRUE(result.status == 0 || says_busy(result)) << result.status << "\n" << result.err;
  }
  EXPECT_EQ(library_problems(db), "");
  EXPECT_EQ(query_library(db, "PRAGMA user_version"), query_library(reference, "PRAGMA user_version"));
  EXPECT_EQ(query_library(db, "SELECT name FROM sqlite_schema ORDER BY name"),
            query_library(reference, "SELECT name FROM sqlite_schema ORDER BY name"));
  EXPECT_EQ(article_snapshots(db), article_snapshots(reference));
}

TEST_F(Concurrency, ALockedLibraryGivesABusyErrorAfterTheTimeoutAndStaysAsItWas) {
  generate_corpus(3, dir / "src");
  ASSERT_EQ(run_cli({"--db", db, "import", (dir / "src").string()}).status, 0);
  // Two changed articles: an import that went on file by file would wait twice and report both.
  for (const auto* name : {"article-00000.md", "article-00001.md"}) {
    write_file(dir / "src" / name, revise_article(read_file(dir / "src" / name)));
  }
  const auto before = dump_library(db);

  SQLite::Database holder(db, SQLite::OPEN_READWRITE);
  holder.exec("BEGIN IMMEDIATE");  // another writer holds the library
  const auto start = std::chrono::steady_clock::now();
  CliProcess import({"--db", db, "import", (dir / "src").string()});
  CliProcess plan({"--db", db, "plan", "--schedule", week_yaml});
  // Readers are never blocked by a writer (WAL).
  const auto reading = run_cli({"--db", db, "articles", "--json"});
  EXPECT_EQ(reading.status, 0) << reading.err;
  EXPECT_EQ(nlohmann::json::parse(reading.out).size(), 3u);
  const auto imported = import.finish();
  const auto planned = plan.finish();
  const auto waited = std::chrono::steady_clock::now() - start;
  holder.exec("ROLLBACK");

  for (const auto* result : {&imported, &planned}) {
    EXPECT_TRUE(says_busy(*result)) << result->status << "\n" << result->err;
    EXPECT_NE(result->err.find("runstrength: error: "), std::string::npos) << result->err;
    EXPECT_NE(result->err.find("try again in a moment"), std::string::npos) << result->err;
    EXPECT_EQ(result->out, "");
  }
  // One error for the run, naming what it was doing, not one per file.
  EXPECT_EQ(imported.err.find("library is busy"), imported.err.rfind("library is busy")) << imported.err;
  EXPECT_NE(imported.err.find("starting to write articles: library is busy"), std::string::npos) << imported.err;
  EXPECT_NE(planned.err.find("saving the plan"), std::string::npos) << planned.err;
  // They gave up only after the busy timeout (a lower bound: the processes waited, not a speed target).
  EXPECT_GE(std::chrono::duration_cast<std::chrono::milliseconds>(waited).count(), store::busy_timeout_ms);
  EXPECT_EQ(dump_library(db), before);

  const auto again = run_cli({"--db", db, "import", (dir / "src").string()});
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.out.find("0 new, 2 updated, 1 unchanged"), std::string::npos) << again.out;
  EXPECT_EQ(library_problems(db), "");
}

}  // namespace
}  // namespace rs::test

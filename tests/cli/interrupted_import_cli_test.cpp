// An import killed with SIGKILL part-way, at several points, leaves a healthy library
// in which every article is entirely its old version or entirely its new one; the next import
// completes the job. The kill points are counted in committed articles, watched in the library
// itself, so the test does not depend on timing: its assertions hold wherever a kill lands.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <chrono>
#include <csignal>
#include <thread>

#include "support/corpus.hpp"
#include "support/library_fixture.hpp"
#include "support/library_snapshot.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

// The import commits a batch of at most 256 articles at a time (each article in its own savepoint),
// so the new corpus holds more than two full batches: the kills after the first and the second
// commit both leave work for the next import.
constexpr int old_count = 600;   // articles of the first import
constexpr int added_count = 16;  // articles only the new corpus has
constexpr int revise_every = 1;  // every old article has a new version

// Articles whose new version is in the library: revised titles, and the added articles.
constexpr const char* new_versions_sql =
    "SELECT count(*) FROM articles WHERE title LIKE '%(revised)' OR slug >= 'strength-00600'";

// Checks the library after an interruption: healthy, every old article still there, and every
// article exactly its old or its new version. Returns how many hold a new version that differs
// from the old one (revised or added articles).
int check_old_or_new(const std::string& db, const std::map<std::string, std::string>& old_versions,
                     const std::map<std::string, std::string>& new_versions, const std::string& when) {
  EXPECT_EQ(library_problems(db), "") << when;
  const auto now = article_snapshots(db);
  for (const auto& [slug, text] : old_versions) EXPECT_EQ(now.count(slug), 1u) << when << ": lost " << slug;
  int newer = 0;
  for (const auto& [slug, text] : now) {
    const auto old_version = old_versions.find(slug);
    const auto new_version = new_versions.find(slug);
    if (new_version == new_versions.end()) {
      ADD_FAILURE() << when << ": unexpected article " << slug;
    } else if (text == new_version->second) {
      if (old_version == old_versions.end() || text != old_version->second) ++newer;
    } else if (old_version == old_versions.end() || text != old_version->second) {
      ADD_FAILURE() << when << ": " << slug << " is neither its old nor its new version:\n" << text;
    }
  }
  return newer;
}

class InterruptedImport : public LibraryTest {};

TEST_F(InterruptedImport, EveryArticleIsOldOrNewAfterEachKillAndTheNextImportCompletes) {
  const auto generated = dir / "generated", src = dir / "src", revised = dir / "revised";
  generate_corpus(old_count + added_count, generated);
  ASSERT_EQ(copy_revised(generated, revised, revise_every), (old_count + added_count) / revise_every);
  const int changed = old_count / revise_every;
  for (int index = 0; index < old_count; ++index) {
    const auto name = "article-" + std::string(5 - std::to_string(index).size(), '0') + std::to_string(index) + ".md";
    fs::create_directories(src);
    fs::copy_file(generated / name, src / name);
  }

  // The reference versions: the old corpus as first imported, the new corpus imported on its own.
  const auto reference = (dir / "reference.db").string();
  ASSERT_EQ(run({"import", src.string()}).status, 0);
  const auto old_versions = article_snapshots(db);
  ASSERT_EQ(old_versions.size(), static_cast<std::size_t>(old_count));
  ASSERT_EQ(run_cli({"--db", reference, "import", revised.string()}).status, 0);
  const auto new_versions = article_snapshots(reference);
  ASSERT_EQ(new_versions.size(), static_cast<std::size_t>(old_count + added_count));
  for (const auto& [slug, text] : old_versions) {
    if (text == new_versions.at(slug)) continue;
    EXPECT_NE(text.substr(0, text.find('\n')), new_versions.at(slug).substr(0, new_versions.at(slug).find('\n')));
  }

  // The library's folder now holds the new corpus: `changed` revised files and the added ones.
  for (const auto& entry : fs::directory_iterator(revised)) {
    const auto target = src / entry.path().filename();
    if (!fs::exists(target) || read_file(target) != read_file(entry.path()))
      write_file(target, read_file(entry.path()));
  }

  SQLite::Database watch(db, SQLite::OPEN_READONLY, 10000);
  const auto new_in_library = [&] { return watch.execAndGet(new_versions_sql).getInt(); };
  // Kill points, in articles committed by that run: at once (start-up, migrations, collecting
  // files), then as soon as a run's first commit is seen, twice. Runs start where the last stopped.
  int before = 0, interrupted = 0;
  for (const int step : {0, 1, 1}) {
    const int target = before + step;
    CliProcess import({"--db", db, "import", src.string()});
    while (step > 0 && import.running() && new_in_library() < target) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    import.kill(SIGKILL);
    const auto result = import.finish();
    if (result.status == 128 + SIGKILL) ++interrupted;
    const auto when = "after the kill at +" + std::to_string(step);
    const int now = check_old_or_new(db, old_versions, new_versions, when);
    EXPECT_EQ(now, new_in_library()) << when;
    EXPECT_GE(now, target) << when << ": status " << result.status << "\n" << result.err;
    before = now;
  }
  // Two commits of at most 256 articles leave over a hundred of the 616 to write, whatever the load.
  EXPECT_GE(interrupted, 2);
  EXPECT_LT(before, changed + added_count) << "the kills should leave work for the next import";

  const auto last = run_cli({"--db", db, "import", src.string()});
  EXPECT_EQ(last.status, 0) << last.err;
  EXPECT_EQ(library_problems(db), "");
  EXPECT_EQ(article_snapshots(db), new_versions);
  EXPECT_EQ(video_rows(db), video_rows(reference));
  EXPECT_EQ(new_in_library(), changed + added_count);
}

}  // namespace
}  // namespace rs::test

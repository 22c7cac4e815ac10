// An import that runs out of room part-way: its files may grow only so far (`ulimit -f`, with
// SIGXFSZ ignored, so writes fail with EFBIG as on a full disk). The run stops with an error that
// says the disk is full, the library stays healthy with every article entirely old or entirely
// new, and the next import, with room again, completes the job.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include "support/corpus.hpp"
#include "support/library_fixture.hpp"
#include "support/library_snapshot.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

// Enough articles for more than one batch (256 articles a commit), so the limit is met part-way.
constexpr int article_count = 500;
// What the import may write to any file (the library, its WAL journal): less than the WAL of the
// whole revision needs, more than the first batch's.
constexpr long file_size_limit = 3 * 1024 * 1024;

class DiskFull : public LibraryTest {};

TEST_F(DiskFull, AnImportOutOfRoomStopsWithAClearErrorAndTheNextOneCompletes) {
  const auto src = dir / "src", revised = dir / "revised";
  generate_corpus(article_count, src);
  ASSERT_EQ(copy_revised(src, revised, 1), article_count);
  const auto reference = (dir / "reference.db").string();
  ASSERT_EQ(import({src.string()}).status, 0);
  const auto old_versions = article_snapshots(db);
  ASSERT_EQ(run_cli({"--db", reference, "import", revised.string()}).status, 0);
  const auto new_versions = article_snapshots(reference);

  CliOptions no_room;
  no_room.file_size_limit = file_size_limit;
  const auto full = import({revised.string()}, no_room);
  EXPECT_EQ(full.status, 1) << full.err;
  // SQLite says "database or disk is full" when the disk did; a write past the size limit is an
  // I/O error that runstrength explains.
  EXPECT_TRUE(full.err.find("database or disk is full") != std::string::npos ||
              full.err.find("(File too large): the disk or the file is full") != std::string::npos)
      << full.err;
  EXPECT_EQ(full.err.rfind("runstrength: error: ", 0), 0u) << full.err;

  // Healthy, every article present and exactly its old or its new version.
  EXPECT_EQ(library_problems(db), "");
  const auto now = article_snapshots(db);
  ASSERT_EQ(now.size(), static_cast<std::size_t>(article_count));
  int newer = 0;
  for (const auto& [slug, text] : now) {
    if (text == new_versions.at(slug)) {
      ++newer;
    } else {
      EXPECT_EQ(text, old_versions.at(slug)) << slug << " is neither its old nor its new version";
    }
  }
  // The limit was met part-way: some batches were written, not all.
  EXPECT_GT(newer, 0) << full.err;
  EXPECT_LT(newer, article_count) << full.err;
  RecordProperty("new_versions_before_full", newer);

  const auto again = import({revised.string()});
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.out.find(std::to_string(article_count - newer) + " updated"), std::string::npos) << again.out;
  EXPECT_EQ(library_problems(db), "");
  EXPECT_EQ(article_snapshots(db), new_versions);
  EXPECT_EQ(video_rows(db), video_rows(reference));
}

}  // namespace
}  // namespace rs::test

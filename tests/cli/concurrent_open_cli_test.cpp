// Several runstrength processes opening one library at the same moment: a library that does not
// exist yet, and one made by an older schema version that needs migrating. Every process waits
// within the busy timeout and succeeds, each migration is applied by exactly one of them, and the
// library equals one migrated by a single process. Setting a library up (WAL mode, pragmas, the
// first migration) used to fail at once with "library is busy" in a few runs out of a hundred, so
// each test repeats its round many times.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <memory>

#include "store/migrations.hpp"
#include "support/library_dump.hpp"
#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

// Processes started together in each round, and rounds per test. Unfixed, about one round in
// twenty-five had a process fail, so 40 rounds catch it most of the time (measured in docs/reliability.md).
constexpr int processes = 6;
constexpr int rounds = 40;

class ConcurrentOpen : public LibraryTest {
 protected:
  // Starts `processes` `runstrength --db DB db --json` at once, waits for all of them and checks
  // each one succeeded on the latest schema. Returns the migrations they applied, summed.
  int open_at_once(const std::string& library, int round) {
    std::vector<std::unique_ptr<CliProcess>> started;
    for (int i = 0; i < processes; ++i) {
      started.push_back(std::make_unique<CliProcess>(std::vector<std::string>{"--db", library, "db", "--json"}));
    }
    int applied = 0;
    for (auto& process : started) {
      const auto result = process->finish();
      EXPECT_EQ(result.err, "") << "round " << round;
      EXPECT_EQ(result.status, 0) << "round " << round;
      if (result.status != 0) continue;
      const auto doc = nlohmann::json::parse(result.out);
      EXPECT_EQ(doc["schema_version"], store::latest_schema_version()) << "round " << round;
      applied += doc["migrations_applied"].get<int>();
    }
    return applied;
  }

  // A library as the first schema version left it, with one article and its exercise.
  void make_first_version_library(const std::string& path) const {
    SQLite::Database sql(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    const auto& all = store::builtin_migrations();
    store::migrate(sql, {all.front()}, path);
    sql.exec(
        "INSERT INTO articles (id, slug, title, source_path, content_hash, imported_at, updated_at) "
        "VALUES (1, 'core', 'Core', '/c.md', 'h', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
        "INSERT INTO levels (id, article_id, name, slug, rank) VALUES (1, 1, 'Basics', 'basics', 0);"
        "INSERT INTO exercises (article_id, level_id, name, slug, position) VALUES (1, 1, 'Plank', 'plank', 1);");
  }
};

TEST_F(ConcurrentOpen, SixProcessesCreatingANewLibraryAllSucceedAndMigrateItOnce) {
  const auto reference = (dir / "reference.db").string();
  ASSERT_EQ(run_cli({"--db", reference, "db"}).status, 0);
  const auto migrated_once = dump_library(reference);
  ASSERT_NE(migrated_once.find("CREATE TABLE articles"), std::string::npos);
  const auto start = std::chrono::steady_clock::now();
  for (int round = 0; round < rounds; ++round) {
    const auto library = (dir / ("new-" + std::to_string(round)) / "lib.db").string();
    EXPECT_EQ(open_at_once(library, round), store::latest_schema_version()) << "round " << round;
    EXPECT_EQ(dump_library(library), migrated_once) << "round " << round;
    EXPECT_EQ(query_library(library, "PRAGMA journal_mode"), "wal\n");
    if (HasFailure()) break;
  }
  RecordProperty("seconds", static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(
                                                 std::chrono::steady_clock::now() - start)
                                                 .count()));
}

TEST_F(ConcurrentOpen, SixProcessesUpgradingAnOldLibraryAllSucceedAndMigrateItOnce) {
  const auto old_library = (dir / "old.db").string(), reference = (dir / "reference.db").string();
  make_first_version_library(old_library);
  ASSERT_EQ(query_library(old_library, "PRAGMA user_version"), "1\n");
  fs::copy_file(old_library, reference);
  const auto single = run_cli({"--db", reference, "db", "--json"});
  ASSERT_EQ(single.status, 0) << single.err;
  ASSERT_EQ(nlohmann::json::parse(single.out)["migrations_applied"], store::latest_schema_version() - 1);
  const auto migrated_once = dump_library(reference);
  ASSERT_NE(migrated_once.find("'Plank','plank'"), std::string::npos) << migrated_once;
  for (int round = 0; round < rounds; ++round) {
    const auto library = (dir / ("old-" + std::to_string(round) + ".db")).string();
    fs::copy_file(old_library, library);
    EXPECT_EQ(open_at_once(library, round), store::latest_schema_version() - 1) << "round " << round;
    EXPECT_EQ(dump_library(library), migrated_once) << "round " << round;
    if (HasFailure()) break;
  }
}

}  // namespace
}  // namespace rs::test

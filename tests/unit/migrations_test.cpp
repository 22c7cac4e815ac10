// Unit tests for src/store/migrations: parsing embedded migrations and applying them.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "store/migrations.hpp"
#include "util/error.hpp"

namespace rs::store {
namespace {

namespace fs = std::filesystem;

TEST(Migrations, BuiltinMigrationsAreNumberedWithoutGaps) {
  const auto& migrations = builtin_migrations();
  ASSERT_FALSE(migrations.empty());
  EXPECT_EQ(migrations.front().name, "0001_library.sql");
  for (std::size_t i = 0; i < migrations.size(); ++i) EXPECT_EQ(migrations[i].version, static_cast<int>(i) + 1);
  EXPECT_EQ(latest_schema_version(), migrations.back().version);
}

TEST(Migrations, EmbeddedSqlMatchesTheFileOnDisk) {
  // The build embeds every file of migrations/ byte for byte, and no other.
  const fs::path folder = fs::path(RS_SOURCE_DIR) / "migrations";
  std::set<std::string> on_disk;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() == ".sql") on_disk.insert(entry.path().filename().string());
  }
  std::set<std::string> embedded;
  for (const auto& migration : builtin_migrations()) {
    embedded.insert(migration.name);
    std::ifstream file(folder / migration.name, std::ios::binary);
    ASSERT_TRUE(file) << migration.name;
    const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    EXPECT_FALSE(bytes.empty()) << migration.name;
    EXPECT_TRUE(migration.sql == bytes) << migration.name << " differs from the file on disk";
  }
  EXPECT_EQ(embedded, on_disk);
}

TEST(Migrations, RejectsGapsDuplicatesAndBadNames) {
  EXPECT_THROW(parse_migrations({{"0001_a.sql", "SELECT 1;"}, {"0003_c.sql", "SELECT 1;"}}), Error);
  EXPECT_THROW(parse_migrations({{"0001_a.sql", "SELECT 1;"}, {"0001_b.sql", "SELECT 1;"}}), Error);
  EXPECT_THROW(parse_migrations({{"1_a.sql", "SELECT 1;"}}), Error);
  EXPECT_THROW(parse_migrations({{"0001_a.txt", "SELECT 1;"}}), Error);
  EXPECT_EQ(parse_migrations({{"0002_b.sql", ""}, {"0001_a.sql", ""}}).front().name, "0001_a.sql");
}

TEST(Migrations, AppliesInOrderOnceAndRecordsTheVersion) {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  const auto migrations = parse_migrations({{"0001_a.sql", "CREATE TABLE a (x);"},
                                            {"0002_b.sql", "INSERT INTO a VALUES (1); CREATE TABLE b (y);"}});
  EXPECT_EQ(migrate(db, migrations, "test"), 2);
  EXPECT_EQ(read_schema_version(db), 2);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM a").getInt(), 1);
  EXPECT_EQ(migrate(db, migrations, "test"), 0);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM a").getInt(), 1);
}

TEST(Migrations, AFailingMigrationRollsBackItsOwnStepOnly) {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  const auto migrations = parse_migrations(
      {{"0001_a.sql", "CREATE TABLE a (x);"}, {"0002_b.sql", "CREATE TABLE b (y); THIS IS NOT SQL;"}});
  EXPECT_THROW(migrate(db, migrations, "test"), Error);
  EXPECT_EQ(read_schema_version(db), 1);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'b'").getInt(), 0);
}

TEST(Migrations, RefusesANewerLibraryWithAClearMessage) {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("PRAGMA user_version = 9");
  const auto migrations = parse_migrations({{"0001_a.sql", "CREATE TABLE a (x);"}});
  try {
    migrate(db, migrations, "lib.db");
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_STREQ(error.what(), "library lib.db has schema version 9; this runstrength supports up to 1 "
                               "(upgrade runstrength to use it)");
  }
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt(), 0);
}

}  // namespace
}  // namespace rs::store

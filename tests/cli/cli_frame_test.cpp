// CLI tests for the frame: --help, --version, usage errors, `db`, and where the library lives.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/cli_runner.hpp"
#include "support/temp_dir.hpp"
#include "util/version.hpp"

namespace rs::test {
namespace {

TEST(CliFrame, HelpListsTheSubcommands) {
  const auto result = run_cli({"--help"});
  EXPECT_EQ(result.status, 0);
  EXPECT_NE(result.out.find("db"), std::string::npos);
  EXPECT_NE(result.out.find("--db"), std::string::npos);
  EXPECT_NE(result.out.find("Show the library's location"), std::string::npos) << result.out;
}

TEST(CliFrame, VersionPrintsTheVersion) {
  const auto result = run_cli({"--version"});
  EXPECT_EQ(result.status, 0);
  EXPECT_EQ(result.out, std::string("runstrength ") + rs::version + "\n");
}

TEST(CliFrame, UnknownOptionExitsTwoWithAnError) {
  const auto result = run_cli({"--no-such-option"});
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.err.rfind("runstrength: error: ", 0), 0u) << result.err;
}

TEST(CliFrame, UnknownSubcommandAndMissingSubcommandExitTwo) {
  EXPECT_EQ(run_cli({"frobnicate"}).status, 2);
  EXPECT_EQ(run_cli({}).status, 2);
}

TEST(CliFrame, DbReportsPathVersionAndCountsAsJson) {
  TempDir dir;
  const auto db = (dir / "lib.db").string();
  const auto result = run_cli({"--db", db, "db", "--json"});
  ASSERT_EQ(result.status, 0) << result.err;
  const auto doc = nlohmann::json::parse(result.out);
  EXPECT_EQ(doc["path"], db);
  EXPECT_EQ(doc["schema_version"], doc["latest_schema_version"]);
  EXPECT_GE(doc["schema_version"].get<int>(), 1);
  EXPECT_EQ(doc["tables"]["articles"], 0);
}

TEST(CliFrame, DbOptionBeatsEnvironmentBeatsXdgDefault) {
  TempDir dir;
  const auto cli_db = (dir / "cli.db").string();
  const auto env_db = (dir / "env.db").string();
  const auto xdg = (dir / "xdg").string();
  auto path_of = [](const CliResult& result) { return nlohmann::json::parse(result.out)["path"].get<std::string>(); };

  CliOptions all;
  all.env = {{"RUNSTRENGTH_DB", env_db}, {"XDG_DATA_HOME", xdg}};
  EXPECT_EQ(path_of(run_cli({"--db", cli_db, "db", "--json"}, all)), cli_db);
  EXPECT_EQ(path_of(run_cli({"db", "--json"}, all)), env_db);
  CliOptions xdg_only;
  xdg_only.env = {{"XDG_DATA_HOME", xdg}};
  EXPECT_EQ(path_of(run_cli({"db", "--json"}, xdg_only)), xdg + "/runstrength/runstrength.db");
  CliOptions home_only;
  home_only.env = {{"HOME", (dir / "home").string()}};
  EXPECT_EQ(path_of(run_cli({"db", "--json"}, home_only)),
            (dir / "home").string() + "/.local/share/runstrength/runstrength.db");
  EXPECT_TRUE(std::filesystem::exists(xdg + "/runstrength/runstrength.db"));
}

TEST(CliFrame, NewerLibraryIsRefusedWithExitOne) {
  TempDir dir;
  const auto db = dir / "lib.db";
  ASSERT_EQ(run_cli({"--db", db.string(), "db"}).status, 0);
  ASSERT_EQ(std::system(("sqlite3 '" + db.string() + "' 'PRAGMA user_version = 500'").c_str()), 0);
  const std::string before = read_file(db);
  const auto result = run_cli({"--db", db.string(), "db"});
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find("runstrength: error: library " + db.string() + " has schema version 500"),
            std::string::npos)
      << result.err;
  EXPECT_EQ(read_file(db), before);
}

}  // namespace
}  // namespace rs::test

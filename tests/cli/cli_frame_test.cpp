// CLI tests for the frame: --help, --version, usage errors, `db`, and where the library lives.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/library_fixture.hpp"
#include "util/version.hpp"

namespace rs::test {
namespace {

class CliFrame : public LibraryTest {};

TEST_F(CliFrame, HelpListsTheSubcommands) {
  const auto result = run_cli({"--help"});
  EXPECT_EQ(result.status, 0);
  EXPECT_NE(result.out.find("db"), std::string::npos);
  EXPECT_NE(result.out.find("--db"), std::string::npos);
  EXPECT_NE(result.out.find("Show the library's location"), std::string::npos) << result.out;
}

TEST_F(CliFrame, VersionPrintsTheVersion) {
  const auto result = run_cli({"--version"});
  EXPECT_EQ(result.status, 0);
  EXPECT_EQ(result.out, std::string("runstrength ") + rs::version + "\n");
}

TEST_F(CliFrame, UnknownOptionExitsTwoWithAnError) {
  const auto result = run_cli({"--no-such-option"});
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.err.rfind("runstrength: error: ", 0), 0u) << result.err;
}

TEST_F(CliFrame, UnknownSubcommandExitsTwoAndBareCommandPrintsHelp) {
  const auto result = run_cli({"frobnicate"});
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.err.rfind("runstrength: error: ", 0), 0u) << result.err;
  EXPECT_NE(result.err.find("Run 'runstrength --help' for usage."), std::string::npos) << result.err;
  EXPECT_EQ(result.out, "");
  const auto bare = run_cli({});  // a bare `runstrength` is a request for help, not a mistake
  EXPECT_EQ(bare.status, 0);
  EXPECT_NE(bare.out.find("commands:"), std::string::npos) << bare.out;
}

TEST_F(CliFrame, DbReportsPathVersionAndCountsAsJson) {
  const auto result = run({"db", "--json"});
  ASSERT_EQ(result.status, 0) << result.err;
  const auto doc = nlohmann::json::parse(result.out);
  EXPECT_EQ(doc["path"], db);
  EXPECT_EQ(doc["schema_version"], doc["latest_schema_version"]);
  EXPECT_GE(doc["schema_version"].get<int>(), 1);
  EXPECT_EQ(doc["tables"]["articles"], 0);
}

TEST_F(CliFrame, DbOptionBeatsEnvironmentBeatsXdgDefault) {
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

TEST_F(CliFrame, NewerLibraryIsRefusedWithExitOne) {
  ASSERT_EQ(run({"db"}).status, 0);
  ASSERT_NO_THROW(edit("PRAGMA user_version = 500"));
  const std::string before = read_file(db);
  const auto result = run({"db"});
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find("runstrength: error: library " + db + " has schema version 500"), std::string::npos)
      << result.err;
  EXPECT_EQ(read_file(db), before);
}

}  // namespace
}  // namespace rs::test

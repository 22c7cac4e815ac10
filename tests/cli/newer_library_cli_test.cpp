// Every subcommand refuses a library made by a newer runstrength and leaves it byte-identical, with
// no -wal or -shm file. The commands are read from the program's own `--help` (and each command's
// `--help` for its subcommands), so a command added to the CLI is tried without touching this test.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

#include "store/database.hpp"
#include "store/migrations.hpp"
#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

// The subcommand names `runstrength <path...> --help` lists under "Subcommands:".
std::vector<std::string> subcommands_of(const std::vector<std::string>& path) {
  auto args = path;
  args.push_back("--help");
  const auto help = run_cli(args);
  EXPECT_EQ(help.status, 0) << help.err;
  std::vector<std::string> names;
  std::istringstream lines(help.out);
  bool listing = false;
  for (std::string line; std::getline(lines, line);) {
    if (line == "Subcommands:") {
      listing = true;
    } else if (listing && line.rfind("  ", 0) == 0 && line.size() > 2 && line[2] != ' ') {
      names.push_back(line.substr(2, line.find(' ', 2) - 2));
    } else if (listing && !line.empty() && line[0] != ' ') {
      listing = false;
    }
  }
  return names;
}

// One command the CLI offers, as the words that name it ("db", "plan show", ...).
struct Command {
  std::vector<std::string> words;  ///< Command and subcommand names.
  bool has_subcommands = false;    ///< It may require one of them ("schedule" alone is a usage error).
};

// The top-level commands and their own subcommands.
std::vector<Command> every_command() {
  std::vector<Command> commands;
  for (const auto& name : subcommands_of({})) {
    const auto subs = subcommands_of({name});
    commands.push_back({{name}, !subs.empty()});
    for (const auto& sub : subs) commands.push_back({{name, sub}, false});
  }
  return commands;
}

// The arguments a command needs to get as far as opening its library; a command not listed here
// runs without any. A new command that needs some fails the test below until they are added.
const std::map<std::string, std::vector<std::string>> arguments = {
    {"import", {std::string(RS_SOURCE_DIR) + "/content"}},
    {"show", {"plank"}},
    {"progress", {"plank"}},
    {"plan show", {"1"}},
    {"plan delete", {"1"}},
    {"schedule set", {std::string(RS_TESTS_DIR) + "/fixtures/planner/week.yaml"}},
    {"schedule import", {std::string(RS_TESTS_DIR) + "/fixtures/calendars/runna.ics"}},
    {"export", {"1", "--format", "json"}},
    {"completion", {"--words", "plans"}},
    {"athlete add", {"Ben"}},
    {"athlete show", {"default"}},
    {"athlete rename", {"default", "Ben"}},
    {"athlete remove", {"default"}},
    {"athlete token", {"default"}},
    {"serve", {"--listen", "127.0.0.1:0"}},
};

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& word : words) text += (text.empty() ? "" : " ") + word;
  return text;
}

class NewerLibrary : public LibraryTest {};

TEST_F(NewerLibrary, EverySubcommandRefusesItAndLeavesItByteIdentical) {
  const int newer = store::latest_schema_version() + 1;
  {
    // What a newer runstrength would leave: a WAL library with content, closed cleanly.
    auto library = store::Database::open(db);
    (void)library;
  }
  ASSERT_EQ(import({std::string(RS_SOURCE_DIR) + "/content"}).status, 0);
  edit("CREATE TABLE from_the_future (x); PRAGMA user_version = " + std::to_string(newer));
  ASSERT_FALSE(fs::exists(db + "-wal"));
  const std::string before = read_file(db);
  const std::string refusal = "runstrength: error: library " + db + " has schema version " + std::to_string(newer) +
                              "; this runstrength supports up to " + std::to_string(store::latest_schema_version());

  const auto commands = every_command();
  ASSERT_GE(commands.size(), 10u);  // db, import, exercises, show, levels, articles, plan, ...
  std::vector<std::string> names;
  for (const auto& [words, has_subcommands] : commands) {
    names.push_back(joined(words));
    auto args = words;
    const auto extra = arguments.find(joined(words));
    if (extra != arguments.end()) args.insert(args.end(), extra->second.begin(), extra->second.end());
    const auto result = run(args);
    EXPECT_EQ(result.out, "") << joined(args);
    EXPECT_EQ(read_file(db), before) << joined(args) << " changed the library";
    EXPECT_FALSE(fs::exists(db + "-wal")) << joined(args);
    EXPECT_FALSE(fs::exists(db + "-shm")) << joined(args);
    if (has_subcommands && result.status == 2 && result.err.find("needs a command: ") != std::string::npos) {
      continue;  // a group such as `schedule`: its subcommands are tried one by one
    }
    EXPECT_EQ(result.status, 1) << joined(args) << ": " << result.err;
    EXPECT_EQ(result.err.find(refusal), 0u)
        << joined(args) << " did not refuse the library (add the arguments it needs to `arguments`): "
        << result.err;
  }
  // The table names only commands that exist.
  for (const auto& [name, args] : arguments) {
    EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name << " is not a command any more";
  }
}

}  // namespace
}  // namespace rs::test

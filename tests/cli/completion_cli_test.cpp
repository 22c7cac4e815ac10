// CLI tests for `runstrength completion`: the bash script sourced in a real bash and asked what it
// completes (commands, options, option values, saved plan ids, exercise slugs), the zsh and fish
// scripts, and the man page runstrength(1) the default target builds from the program's help.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

const std::string seed = std::string(RS_SOURCE_DIR) + "/content/strength-training-for-runners.md";

class Completion : public LibraryTest {
 protected:
  void SetUp() override {
    ASSERT_EQ(run({"import", seed}).status, 0);
    ASSERT_EQ(run({"plan", "--weeks", "1", "--start", "2026-12-07"}).status, 0);
    const auto script = run({"completion", "bash"});
    ASSERT_EQ(script.status, 0) << script.err;
    write_file(dir / "runstrength.bash", script.out);
  }

  // What bash completes for the words typed so far (the last one is being completed), one a line.
  [[nodiscard]] std::string complete(const std::string& line) const {
    const auto bin = std::filesystem::path(RS_BINARY_PATH).parent_path().string();
    const std::string script = "PATH=" + bin + ":$PATH; source " + (dir / "runstrength.bash").string() +
                               "\nCOMP_WORDS=(" + line + ")\nCOMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
                               "_runstrength; printf '%s\\n' \"${COMPREPLY[@]}\"";
    CliOptions options;
    options.program = "/bin/bash";
    const auto result = run_cli({"-c", script}, options);
    EXPECT_EQ(result.status, 0) << result.err;
    return result.out;
  }
};

TEST_F(Completion, BashCompletesCommandsOptionsValuesPlanIdsAndExercises) {
  EXPECT_EQ(complete("runstrength pl"), "plan\nplans\n");
  EXPECT_EQ(complete("runstrength ex"), "exercises\nexport\n");
  EXPECT_EQ(complete("runstrength plan --we"), "--weeks\n--week\n");
  EXPECT_EQ(complete("runstrength plan sh"), "show\n");
  EXPECT_EQ(complete("runstrength export 1 --format ''"), "json\nics\nhtml\n");
  EXPECT_EQ(complete("runstrength --color al"), "always\n");
  EXPECT_EQ(complete("runstrength --db " + db + " plan show ''"), "1\n") << "saved plan ids";
  EXPECT_EQ(complete("runstrength --db " + db + " export ''"), "1\n");
  EXPECT_EQ(complete("runstrength --db " + db + " show side"), "side-plank\n") << "exercise slugs";
  EXPECT_EQ(complete("runstrength completion z"), "zsh\n");
}

TEST_F(Completion, ZshAndFishScriptsAndUnknownShells) {
  const auto zsh = run({"completion", "zsh"});
  ASSERT_EQ(zsh.status, 0);
  EXPECT_EQ(zsh.out.rfind("#compdef runstrength\n", 0), 0u);
  EXPECT_NE(zsh.out.find("complete -F _runstrength runstrength"), std::string::npos);
  const auto fish = run({"completion", "fish"});
  ASSERT_EQ(fish.status, 0);
  EXPECT_NE(fish.out.find("complete -c runstrength -n __fish_use_subcommand -a plan -d"), std::string::npos);
  EXPECT_NE(fish.out.find("-l format -x -a 'text json ics html'"), std::string::npos) << fish.out;
  const auto bad = run({"completion", "tcsh"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("unknown shell 'tcsh'"), std::string::npos) << bad.err;
  EXPECT_EQ(run({"completion", "--words", "plans"}).out, "1\n");
}

TEST(ManPage, BuiltFromTheProgramsHelpWithEveryCommand) {
  const auto page = std::filesystem::path(RS_BINARY_PATH).parent_path() / "runstrength.1";
  ASSERT_TRUE(std::filesystem::exists(page)) << "the default target builds " << page;
  const auto text = read_file(page);
  EXPECT_NE(text.find(".TH RUNSTRENGTH \"1\""), std::string::npos) << text.substr(0, 300);
  EXPECT_NE(text.find("strength training plans for runners"), std::string::npos);
  for (const std::string command : {"import", "exercises", "plan", "plans", "export", "schedule", "completion"}) {
    EXPECT_NE(text.find(".SS " + command + "\n"), std::string::npos) << command;
  }
  EXPECT_NE(text.find("--weeks INT"), std::string::npos) << "each command's options";
  EXPECT_NE(text.find("NO_COLOR"), std::string::npos);
}

}  // namespace
}  // namespace rs::test

// CLI tests for output that fits and helps: tables and the plan within the width ($COLUMNS),
// display columns for wide names, colour (--color, NO_COLOR), the pager on a terminal, the short
// help of a bare `runstrength`, "did you mean" for commands, options, values and exercise names,
// aliases, filters that match nothing, plurals and human dates.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <sstream>

#include "support/library_edit.hpp"
#include "support/library_fixture.hpp"
#include "util/display_width.hpp"

namespace rs::test {
namespace {

const std::string seed = std::string(RS_SOURCE_DIR) + "/content/strength-training-for-runners.md";

// The widest line of `text`, in display columns.
std::size_t widest_line(const std::string& text) {
  std::istringstream lines(text);
  std::size_t widest = 0;
  for (std::string line; std::getline(lines, line);) widest = std::max(widest, display_width(line));
  return widest;
}

// Runs `args[0]` with the rest of `args`.
CliResult run_command(const std::vector<std::string>& args, CliOptions options) {
  options.program = "/usr/bin/" + args[0];
  return run_cli({args.begin() + 1, args.end()}, options);
}

CliOptions columns(const std::string& width) {
  CliOptions options;
  options.env["COLUMNS"] = width;
  return options;
}

class FitOutput : public LibraryTest {
 protected:
  void SetUp() override {
    ASSERT_EQ(run({"import", seed}).status, 0);
    // A long name with wide characters and a combining mark, to be cut by display columns.
    edit("UPDATE exercises SET name = 'Single-leg Glute Bridge Reach and Pause 弓步 e\u0301' "
         "WHERE slug = 'glute-walk-outs'");
  }
};

TEST_F(FitOutput, TablesFitColumnsAndCutLongCellsWithAnEllipsis) {
  for (const std::string width : {"80", "60"}) {
    const auto result = run({"exercises"}, columns(width));
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_LE(widest_line(result.out), std::stoul(width)) << result.out;
    EXPECT_NE(result.out.find("\u2026"), std::string::npos) << result.out;
    EXPECT_EQ(result.out.find(" \n"), std::string::npos) << "no trailing spaces";
  }
  const auto piped = run({"exercises"});  // no $COLUMNS, not a terminal: nothing is cut
  EXPECT_NE(piped.out.find("Single-leg Glute Bridge Reach and Pause 弓步 e\u0301  "), std::string::npos) << piped.out;
  EXPECT_EQ(piped.out.find("\u2026"), std::string::npos);
  const auto levels = run({"levels"}, columns("30"));
  EXPECT_LE(widest_line(levels.out), 30u) << levels.out;
}

TEST_F(FitOutput, BareCommandPrintsShortHelpAndTyposGetSuggestions) {
  const auto bare = run_cli({});
  EXPECT_EQ(bare.status, 0);
  EXPECT_NE(bare.out.find("usage: runstrength"), std::string::npos) << bare.out;
  EXPECT_NE(bare.out.find("  plan "), std::string::npos) << bare.out;
  EXPECT_LE(widest_line(run_cli({}, columns("60")).out), 60u);

  const auto command = run({"plna"});
  EXPECT_EQ(command.status, 2);
  EXPECT_NE(command.err.find("unknown command 'plna'; did you mean 'plan'?"), std::string::npos) << command.err;
  const auto option = run({"plan", "--wekes", "4"});
  EXPECT_EQ(option.status, 2);
  EXPECT_NE(option.err.find("unknown option of 'plan' '--wekes'; did you mean '--weeks'?"), std::string::npos)
      << option.err;
  const auto sub = run({"schedule", "shwo"});
  EXPECT_EQ(sub.status, 2);
  EXPECT_NE(sub.err.find("did you mean 'show'?"), std::string::npos) << sub.err;
  const auto value = run({"plan", "--format", "htm"});
  EXPECT_EQ(value.status, 2);
  EXPECT_NE(value.err.find("--format: unknown format 'htm'; did you mean 'html'?"), std::string::npos) << value.err;
  const auto colour = run({"--color", "allways", "db"});
  EXPECT_EQ(colour.status, 2);
  EXPECT_NE(colour.err.find("did you mean 'always'?"), std::string::npos) << colour.err;
}

TEST_F(FitOutput, ExerciseNamesAliasesAndFilters) {
  const auto alias = run({"show", "air squat"});  // an alias in content/exercises.yaml
  ASSERT_EQ(alias.status, 0) << alias.err;
  EXPECT_EQ(alias.out.rfind("Body Squat (body-squat)", 0), 0u) << alias.out;
  EXPECT_EQ(run({"show", "Side Planks"}).status, 0) << "plural and case ignored";
  const auto typo = run({"show", "side plnak"});
  EXPECT_EQ(typo.status, 2);
  EXPECT_NE(typo.err.find("no exercise named 'side plnak'; did you mean 'Side Plank'?"), std::string::npos)
      << typo.err;

  const auto level = run({"exercises", "--level", "foundatonal"});
  EXPECT_EQ(level.status, 2);
  EXPECT_NE(level.err.find("unknown level 'foundatonal'; did you mean 'foundational'?"), std::string::npos)
      << level.err;
  const auto area = run({"exercises", "--area", "glute"});
  EXPECT_EQ(area.status, 2);
  EXPECT_NE(area.err.find("did you mean 'glutes'?"), std::string::npos) << area.err;
  const auto equipment = run({"exercises", "--equipment", "bnech"});
  EXPECT_EQ(equipment.status, 2);
  EXPECT_NE(equipment.err.find("unknown equipment 'bnech'; did you mean 'bench'?"), std::string::npos)
      << equipment.err;
  const auto nothing = run({"exercises", "--level", "basics", "--equipment", "weight"});
  EXPECT_EQ(nothing.status, 0) << nothing.err;
  EXPECT_EQ(nothing.out, "no exercises match --level basics --equipment weight\n");
}

class FitPlan : public LibraryTest {
 protected:
  void SetUp() override {
    EXPECT_EQ(run({"db"}).status, 0);
    EXPECT_NO_THROW(edit_library_from_file(db, std::string(RS_TESTS_DIR) + "/fixtures/planner/library.sql"));
  }
};

TEST_F(FitPlan, PlanFitsEightyColumnsAndColoursOnlyWhenAsked) {
  const std::vector<std::string> args = {"plan", "--start", "2026-12-07", "--no-save", "--weeks", "1"};
  const auto fitted = run(args, columns("80"));
  ASSERT_EQ(fitted.status, 0) << fitted.err;
  EXPECT_LE(widest_line(fitted.out), 80u) << fitted.out;
  EXPECT_NE(fitted.out.find("1 week,"), std::string::npos) << "singular: " << fitted.out;
  EXPECT_EQ(fitted.out.find('\x1b'), std::string::npos) << "no colour when piped";
  auto grid_only = run(args);  // no width: the grid still fits 80 columns
  const auto grid = grid_only.out.substr(grid_only.out.find("week  phase"), 400);
  EXPECT_LE(widest_line(grid.substr(0, grid.find("\n\n"))), 80u) << grid;

  auto args_always = args;
  args_always.insert(args_always.begin(), {"--color", "always"});
  EXPECT_NE(run(args_always).out.find("\x1b[36mbase"), std::string::npos) << "phases coloured";
  CliOptions no_color;
  no_color.env["NO_COLOR"] = "1";
  auto args_auto = args;
  args_auto.insert(args_auto.begin(), {"--color", "auto"});
  EXPECT_EQ(run(args_auto, no_color).out.find('\x1b'), std::string::npos);
}

TEST_F(FitPlan, JsonSpellingIdenticalPlansHumanDatesAndScheduleJson) {
  const auto json = run({"plan", "--start", "2026-12-07", "--weeks", "2", "--json"});
  ASSERT_EQ(json.status, 0) << json.err;
  EXPECT_EQ(nlohmann::json::parse(json.out)["plan"]["id"], 1);
  const auto again = run({"plan", "--start", "2026-12-07", "--weeks", "2", "--json"});
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.err.find("identical to saved plan 1: not saved again"), std::string::npos) << again.err;
  EXPECT_EQ(nlohmann::json::parse(again.out)["plan"]["id"], 1);
  EXPECT_EQ(nlohmann::json::parse(run({"plans", "--json"}).out).size(), 1u);
  const auto other = run({"plan", "--start", "2026-12-07", "--weeks", "3", "--no-save"});
  EXPECT_NE(other.out.find("3 weeks"), std::string::npos);
  EXPECT_EQ(run({"plan", "--json", "--format", "ics"}).status, 2);

  const auto page = run({"export", "1", "--format", "html"});
  ASSERT_EQ(page.status, 0) << page.err;
  std::size_t cards = 0;
  for (auto at = page.out.find("<article class=\"session\">"); at != std::string::npos;
       at = page.out.find("<article class=\"session\">", at + 1)) {
    ++cards;
  }
  std::size_t sessions = 0;
  const auto plan = nlohmann::json::parse(json.out);
  for (const auto& week : plan["weeks"]) sessions += week["sessions"].size();
  ASSERT_GT(sessions, 0u);
  EXPECT_EQ(cards, sessions);
  ASSERT_EQ(run({"plan", "show", "1", "--format", "html", "-o", (dir / "plan.html").string()}).status, 0);
  EXPECT_EQ(read_file(dir / "plan.html"), page.out);

  const auto plans = run({"plans"});
  const auto saved = nlohmann::json::parse(run({"plans", "--json"}).out)[0]["saved_at"].get<std::string>();
  const auto human = saved.substr(0, 4) + "-" + saved.substr(4, 2) + "-" + saved.substr(6, 2) + " " +
                     saved.substr(9, 2) + ":" + saved.substr(11, 2);
  EXPECT_NE(plans.out.find(human), std::string::npos) << plans.out;
  EXPECT_EQ(plans.out.find(saved), std::string::npos) << plans.out;

  const auto schedule = run({"schedule", "show", "--json"});
  ASSERT_EQ(schedule.status, 0) << schedule.err;
  EXPECT_EQ(nlohmann::json::parse(schedule.out)["week"]["sat"], "long") << schedule.out;
}

TEST_F(FitPlan, LongOutputGoesThroughThePagerOnATerminal) {
  const auto paged = (dir / "paged.txt").string();
  CliOptions options;
  options.env["PAGER"] = "cat > " + paged;
  // script(1) gives the program a terminal; the plan is longer than its 24 lines.
  const std::string command = std::string(RS_BINARY_PATH) + " --db " + db + " plan --no-save --start 2026-12-07";
  ASSERT_EQ(run_command({"script", "-qec", command, "/dev/null"}, options).status, 0);
  EXPECT_NE(read_file(paged).find("week  phase"), std::string::npos);
  std::filesystem::remove(paged);
  ASSERT_EQ(run_command({"script", "-qec", command + " --weeks 1 --no-pager", "/dev/null"}, options).status, 0);
  EXPECT_FALSE(std::filesystem::exists(paged)) << "--no-pager prints directly";
}

}  // namespace
}  // namespace rs::test

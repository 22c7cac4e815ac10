// `runstrength athlete ...` and `--athlete` through the real binary: a library of today keeps
// working without naming anyone; with two athletes each command plans, lists and exports the one
// named, `plan --all` and `export --all` cover everyone, and usage mistakes exit 2.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

const std::string week_yaml = std::string(RS_TESTS_DIR) + "/fixtures/planner/week.yaml";
const std::string content = std::string(RS_SOURCE_DIR) + "/content";

class AthleteCli : public LibraryTest {
 protected:
  void SetUp() override { ASSERT_EQ(import({content}).status, 0); }
};

TEST_F(AthleteCli, OneAthleteNeedsNoNameAndTwoNeedOne) {
  auto planned = run({"plan", "--schedule", week_yaml, "--format", "json"});
  ASSERT_EQ(planned.status, 0) << planned.err;
  EXPECT_NE(planned.err.find("saved as plan 1"), std::string::npos);
  EXPECT_EQ(run({"export"}).out, run({"export", "1"}).out);  // the only athlete's newest plan

  auto added = run({"athlete", "add", "Ben", "--schedule", week_yaml});
  ASSERT_EQ(added.status, 0) << added.err;
  EXPECT_EQ(added.out, "added athlete Ben (id 2)\n");
  auto ambiguous = run({"plan"});
  EXPECT_EQ(ambiguous.status, 2);
  EXPECT_NE(ambiguous.err.find("2 athletes: say which with --athlete NAME"), std::string::npos) << ambiguous.err;
  EXPECT_EQ(run({"schedule", "show"}).status, 2);
  EXPECT_EQ(run({"schedule", "show", "--athlete", "ben"}).out, read_file(week_yaml));

  auto bens = run({"plan", "--athlete", "Ben", "--name", "Ben's 10k"});
  ASSERT_EQ(bens.status, 0) << bens.err;
  EXPECT_NE(bens.err.find("saved as plan 2"), std::string::npos);
  EXPECT_EQ(bens.err.find("note:"), std::string::npos) << bens.err;  // his own saved schedule
  EXPECT_EQ(run({"plans", "--athlete", "Ben"}).out.find("Ben's 10k") != std::string::npos, true);
  EXPECT_EQ(run({"plans", "--athlete", "default"}).out.find("Ben's 10k"), std::string::npos);
  EXPECT_NE(run({"plans"}).out.find("athlete"), std::string::npos);  // several owners: named
  EXPECT_NE(run({"plans", "--json"}).out.find("\"athlete\": \"Ben\""), std::string::npos);
  EXPECT_EQ(run({"export", "--athlete", "Ben"}).out, run({"export", "2"}).out);
  auto not_his = run({"export", "1", "--athlete", "Ben"});
  EXPECT_EQ(not_his.status, 2);
  EXPECT_NE(not_his.err.find("plan 1 is not athlete \"Ben\"'s"), std::string::npos) << not_his.err;

  const auto shown = run({"athlete", "show", "ben"});
  EXPECT_NE(shown.out.find("plans:    1 (newest: 2)"), std::string::npos) << shown.out;
  const auto listed = run({"athlete", "list"}).out;
  EXPECT_NE(listed.find("1     1      default   no     default\n"), std::string::npos) << listed;
  EXPECT_NE(listed.find("2     1      saved     no     Ben\n"), std::string::npos) << listed;
}

TEST_F(AthleteCli, PlanAllAndExportAllCoverEveryAthlete) {
  ASSERT_EQ(run({"athlete", "rename", "default", "Anna Müller"}).status, 0);
  ASSERT_EQ(run({"athlete", "add", "Ben", "--schedule", week_yaml}).status, 0);
  ASSERT_EQ(run({"athlete", "add", "Cleo"}).status, 0);
  ASSERT_EQ(run({"athlete", "remove", "Cleo"}).status, 0);
  const auto all = run({"plan", "--all", "--weeks", "4"});
  ASSERT_EQ(all.status, 0) << all.err;
  EXPECT_NE(all.out.find("Anna Müller: saved as plan 1, 4 weeks, "), std::string::npos) << all.out;
  EXPECT_NE(all.out.find("Ben: saved as plan 2, 4 weeks, "), std::string::npos) << all.out;
  EXPECT_NE(all.err.find("note: Anna Müller: no schedule saved"), std::string::npos) << all.err;
  const auto out = dir / "feeds";
  const auto exported = run({"export", "--all", "--format", "ics", "-o", out.string()});
  ASSERT_EQ(exported.status, 0) << exported.err;
  EXPECT_EQ(read_file(out / "anna-muller.ics"), run({"export", "1"}).out);
  EXPECT_EQ(read_file(out / "ben.ics"), run({"export", "2"}).out);
  EXPECT_EQ(exported.out, "Anna Müller: " + (out / "anna-muller.ics").string() + "\nBen: " + (out / "ben.ics").string() + "\n");
  ASSERT_EQ(run({"export", "--all", "--format", "json", "-o", out.string()}).status, 0);
  EXPECT_EQ(read_file(out / "ben.json"), run({"export", "2", "--format", "json"}).out);
  EXPECT_EQ(run({"export", "--all", "--format", "ics"}).status, 2);  // no folder
  EXPECT_EQ(run({"export", "--all", "--athlete", "Ben", "-o", out.string()}).status, 2);
  EXPECT_EQ(run({"plan", "--all", "--athlete", "Ben"}).status, 2);
}

TEST_F(AthleteCli, RemoveIsRefusedWhileTheAthleteHasPlansUnlessForced) {
  ASSERT_EQ(run({"athlete", "add", "Ben"}).status, 0);
  ASSERT_EQ(run({"plan", "--athlete", "Ben"}).status, 0);
  const auto refused = run({"athlete", "remove", "Ben"});
  EXPECT_EQ(refused.status, 2);
  EXPECT_NE(refused.err.find("has 1 saved plan(s)"), std::string::npos) << refused.err;
  EXPECT_EQ(sql("SELECT count(*) FROM plans"), "1\n");
  const auto forced = run({"athlete", "remove", "Ben", "--force"});
  EXPECT_EQ(forced.status, 0) << forced.err;
  EXPECT_EQ(forced.out, "removed athlete Ben and 1 saved plan(s)\n");
  EXPECT_EQ(sql("SELECT count(*) FROM plans") + sql("SELECT count(*) FROM plan_sessions"), "0\n0\n");
  EXPECT_EQ(run({"athlete", "show", "Ben"}).status, 2);
  EXPECT_EQ(run({"athlete", "add", "default"}).status, 2);
  EXPECT_EQ(run({"athlete", "frobnicate"}).status, 2);
}

TEST_F(AthleteCli, ATokenIsPrintedAloneOnceAndOnlyItsHashIsStored) {
  const auto made = run({"athlete", "token", "default"});
  ASSERT_EQ(made.status, 0) << made.err;
  ASSERT_EQ(made.out.size(), 33u) << made.out;
  const std::string token = made.out.substr(0, 32);
  EXPECT_EQ(made.out.find_first_not_of("0123456789abcdef"), 32u);
  EXPECT_EQ(made.out.back(), '\n');
  EXPECT_EQ(made.err, "");
  const auto again = run({"athlete", "token", "default"});
  EXPECT_EQ(again.status, 1);
  EXPECT_EQ(again.out, "");
  EXPECT_NE(again.err.find("--rotate"), std::string::npos) << again.err;
  for (const auto& file : {db, db + "-wal"}) {  // never stored as such
    if (fs::exists(file)) {
      EXPECT_EQ(read_file(file).find(token), std::string::npos) << file;
    }
  }
  EXPECT_EQ(sql("SELECT length(token_hash) FROM athletes"), "64\n");
  const auto rotated = run({"athlete", "token", "default", "--rotate"});
  ASSERT_EQ(rotated.status, 0);
  EXPECT_NE(rotated.out, made.out);
  EXPECT_NE(run({"athlete", "show", "default"}).out.find("token:    made"), std::string::npos);
  EXPECT_EQ(run({"athlete", "token", "nobody"}).status, 2);
}

}  // namespace
}  // namespace rs::test

// A saved plan never changes because of the library. Re-importing, importing an
// article whose exercises were renamed, removed or given other videos, and pruning the article
// away all leave `plan show` and the plan's exports byte-identical; only `plan delete ID` removes it.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/library_dump.hpp"
#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

// A runner's week: two 30-minute sessions at home around intervals, tempo, easy and long runs.
const std::string week_yaml = std::string(RS_TESTS_DIR) + "/fixtures/planner/week.yaml";

void replace_once(std::string& text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
}

class PlansKept : public LibraryTest {
 protected:
  fs::path article = dir / "src" / "strength-training-for-runners.md";
  // Everything a runner can get out of saved plan `id`, and the plan's rows.
  std::vector<std::string> plan_views(const std::string& id) const {
    std::vector<std::string> views;
    for (const auto& args : std::vector<std::vector<std::string>>{{"plan", "show", id},
                                                                  {"plan", "show", id, "--format", "json"},
                                                                  {"export", id, "--format", "json"},
                                                                  {"export", id, "--format", "ics", "--alarm", "30"},
                                                                  {"plans", "--json"}}) {
      const auto result = run(args);
      EXPECT_EQ(result.status, 0) << args[0] << ": " << result.err;
      views.push_back(result.out);
    }
    views.push_back(
        sql("SELECT p.*, w.*, s.*, x.* FROM plans p JOIN plan_weeks w ON w.plan_id = p.id "
            "JOIN plan_sessions s ON s.week_id = w.id "
            "JOIN plan_session_exercises x ON x.session_id = s.id "
            "ORDER BY w.number, s.position, x.block, x.position"));
    return views;
  }
};

TEST_F(PlansKept, ReimportChangedArticlesAndPruneNeverChangeASavedPlan) {
  write_file(article, read_file(std::string(RS_SOURCE_DIR) + "/content/strength-training-for-runners.md"));
  ASSERT_EQ(run({"import", (dir / "src").string()}).status, 0);
  const auto planned = run({"plan", "--schedule", week_yaml, "--name", "Kept"});
  ASSERT_EQ(planned.status, 0) << planned.err;
  ASSERT_NE(planned.err.find("saved as plan 1"), std::string::npos) << planned.err;
  const auto saved = plan_views("1");
  // The plan uses the exercises the steps below rename and remove.
  ASSERT_NE(saved[0].find("Side Plank (foundational)"), std::string::npos) << saved[0];
  ASSERT_NE(saved[0].find("Goblet squats (foundational)"), std::string::npos) << saved[0];

  // 1. Re-importing the same file.
  const auto again = run({"import", (dir / "src").string()});
  EXPECT_NE(again.out.find("1 unchanged"), std::string::npos) << again.out;
  EXPECT_EQ(plan_views("1"), saved) << "after a re-import";

  // 2. The article changes: one exercise renamed, one removed, one video replaced.
  auto text = read_file(article);
  replace_once(text, "### Side Plank\n", "### Side Plank Hold\n");
  replace_once(text, "### Goblet squats\n\nhttps://vimeo.com/134393784\n\n", "");
  replace_once(text, "https://www.youtube.com/watch?v=5IajJyMbOyo", "https://vimeo.com/999999");
  write_file(article, text);
  const auto changed = run({"import", (dir / "src").string()});
  EXPECT_NE(changed.out.find("1 updated"), std::string::npos) << changed.out << changed.err;
  EXPECT_EQ(query_library(db, "SELECT count(*) FROM exercises WHERE name IN ('Side Plank', 'Goblet squats')"), "0\n");
  EXPECT_EQ(plan_views("1"), saved) << "after importing a changed article";

  // 3. The article's file is gone and --prune removes it: the library has no exercises left.
  fs::remove(article);
  const auto pruned = run({"import", "--prune", (dir / "src").string()});
  EXPECT_EQ(pruned.status, 0) << pruned.err;
  EXPECT_NE(pruned.out.find("1 pruned"), std::string::npos) << pruned.out;
  EXPECT_EQ(query_library(db, "SELECT count(*) FROM exercises"), "0\n");
  EXPECT_EQ(plan_views("1"), saved) << "after pruning its article";
  EXPECT_EQ(query_library(db, "PRAGMA foreign_key_check"), "");

  // 4. Only an explicit delete removes it.
  const auto deleted = run({"plan", "delete", "1"});
  EXPECT_EQ(deleted.status, 0) << deleted.err;
  EXPECT_EQ(deleted.out, "deleted plan 1\n");
  const auto gone = run({"plan", "show", "1"});
  EXPECT_EQ(gone.status, 2);
  EXPECT_NE(gone.err.find("no saved plan with id 1"), std::string::npos) << gone.err;
  EXPECT_EQ(query_library(db,
                          "SELECT (SELECT count(*) FROM plans) + (SELECT count(*) FROM plan_weeks) + "
                          "(SELECT count(*) FROM plan_sessions) + (SELECT count(*) FROM plan_session_exercises)"),
            "0\n");
}

}  // namespace
}  // namespace rs::test

// CLI tests for `log`, `log --file`, `history` and `progress` on a library seeded with SQL
// (tests/fixtures/planner/library.sql) and a plan that started three weeks before today.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/library_edit.hpp"
#include "support/library_fixture.hpp"
#include "util/date.hpp"

namespace rs::test {
namespace {

const std::string week_yaml = std::string(RS_TESTS_DIR) + "/fixtures/planner/week.yaml";

class CliLog : public LibraryTest {
 protected:
  std::vector<std::string> session_dates;  // the plan's session days up to today
  std::string first_slug;                  // an exercise of the first session
  void SetUp() override {
    ASSERT_EQ(run({"db"}).status, 0);
    ASSERT_NO_THROW(edit_library_from_file(db, std::string(RS_TESTS_DIR) + "/fixtures/planner/library.sql"));
    const auto start = format_date(next_monday(today_utc()) - std::chrono::days(28));
    const auto planned = run({"plan", "--schedule", week_yaml, "--start", start, "--format", "json"});
    ASSERT_EQ(planned.status, 0) << planned.err;
    const auto plan = nlohmann::json::parse(planned.out);
    for (const auto& week : plan["weeks"]) {
      for (const auto& session : week["sessions"]) {
        if (*parse_date(session["date"].get<std::string>()) <= today_utc()) session_dates.push_back(session["date"]);
      }
    }
    ASSERT_GE(session_dates.size(), 6u);
    first_slug = plan["weeks"][0]["sessions"][0]["exercises"][0]["slug"];
  }
  std::string rows() const { return sql("SELECT * FROM training_log ORDER BY id"); }
};

TEST_F(CliLog, SessionsAndExercisesAreLoggedWithEveryOption) {
  auto done = run({"log", session_dates[0], "done", "--rpe", "7", "--note", "good"});
  ASSERT_EQ(done.status, 0) << done.err;
  EXPECT_EQ(done.out, "logged " + session_dates[0] + " done RPE 7 in plan 1\n");
  auto exercise = run({"log", session_dates[0], "exercise", first_slug, "--sets", "3", "--reps", "10", "--load",
                       "16kg", "--rpe", "9", "--pain"});
  ASSERT_EQ(exercise.status, 0) << exercise.err;
  auto extra = run({"log", session_dates[1], "exercise", first_slug, "--sets", "2", "--seconds", "30", "--load", "35lb"});
  ASSERT_EQ(extra.status, 0) << extra.err;
  EXPECT_EQ(sql("SELECT plan_id, date, kind, outcome, rpe, note FROM training_log WHERE id = 1"),
            "1|" + session_dates[0] + "|session|done|7|good\n");
  EXPECT_EQ(sql("SELECT slug, sets, reps, seconds, load, load_unit, rpe, pain, extra FROM training_log WHERE id > 1"),
            first_slug + "|3|10||16.0|kg|9|1|0\n" + first_slug + "|2||30|35.0|lb||0|" +
                (sql("SELECT count(*) FROM plan_session_exercises x JOIN plan_sessions s ON s.id = x.session_id "
                     "WHERE s.date = '" + session_dates[1] + "' AND x.slug = '" + first_slug + "'") == "0\n"
                     ? "1"
                     : "0") +
                "\n");
  const auto history = nlohmann::json::parse(run({"history", "--json"}).out);
  EXPECT_EQ(history["schema"], "runstrength.log/1");
  ASSERT_EQ(history["entries"].size(), 3u);
  EXPECT_EQ(history["entries"][1]["load"]["unit"], "kg");
  EXPECT_EQ(history["entries"][2]["load"]["amount"], 35.0);
  EXPECT_EQ(history["entries"][2]["load"]["unit"], "lb");
}

TEST_F(CliLog, BadValuesExitTwoAndWriteNothing) {
  const auto tomorrow = format_date(today_utc() + std::chrono::days(1));
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"log", tomorrow, "done"}, "is in the future"},
      {{"log", "2026-02-30", "done"}, "expected a date YYYY-MM-DD"},
      {{"log", session_dates[0], "done", "--plan", "9"}, "no saved plan with id 9"},
      {{"log", session_dates[0], "finished"}, "expected done, skipped, partial or exercise"},
      {{"log", session_dates[0], "done", "--rpe", "11"}, "RPE must be between 1 and 10 (not 11)"},
      {{"log", session_dates[0], "exercise", first_slug, "--sets", "3", "--reps", "-4"}, "reps must be between 1"},
      {{"log", session_dates[0], "exercise", first_slug, "--sets", "500", "--reps", "4"}, "sets must be between 1"},
      {{"log", session_dates[0], "exercise", first_slug, "--sets", "3", "--reps", "4", "--load", "16"}, "needs its unit"},
      {{"log", session_dates[0], "exercise", first_slug.substr(1), "--sets", "3", "--reps", "4"},
       "(did you mean \"" + first_slug + "\""},
  };
  for (const auto& [args, message] : cases) {
    const auto result = run(args);
    EXPECT_EQ(result.status, 2) << args[2] << ": " << result.err;
    EXPECT_NE(result.err.find(message), std::string::npos) << result.err;
  }
  EXPECT_EQ(rows(), "");
}

TEST_F(CliLog, AFileIsAllOrNothingAndTheCsvHistoryRoundTrips) {
  const auto good = write_content("log.yaml", "- {date: " + session_dates[0] + ", outcome: done, rpe: 6}\n"
                                  "- {date: " + session_dates[0] + ", exercise: " + first_slug +
                                  ", sets: 3, reps: 12, load: 12.5kg, rpe: 6, note: \"easy, clean\"}\n"
                                  "- {date: " + session_dates[1] + ", outcome: skipped, plan: none}\n");
  const auto bad = write_content("bad.yaml", "- {date: " + session_dates[2] + ", outcome: done}\n"
                                 "- {date: " + session_dates[2] + ", exercise: " + first_slug + ", sets: 3, reps: 12, rpe: 12}\n");
  const auto rejected = run({"log", "--file", bad.string()});
  EXPECT_EQ(rejected.status, 2);
  EXPECT_NE(rejected.err.find("bad.yaml:2: RPE must be between 1 and 10 (not 12)"), std::string::npos) << rejected.err;
  EXPECT_EQ(rows(), "");
  const auto logged = run({"log", "--file", good.string()});
  ASSERT_EQ(logged.status, 0) << logged.err;
  EXPECT_EQ(logged.out, "logged 3 entries from " + good.string() + "\n");
  const auto csv = run({"history", "--csv"}).out;
  EXPECT_NE(csv.find(",\"easy, clean\"\n"), std::string::npos) << csv;
  const auto before = sql("SELECT plan_id, date, kind, outcome, slug, name, extra, sets, reps, seconds, load, "
                          "load_unit, rpe, pain, note FROM training_log ORDER BY id");
  edit("DELETE FROM training_log");
  const auto again = run({"log", "--file", write_content("back.csv", csv).string()});
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(sql("SELECT plan_id, date, kind, outcome, slug, name, extra, sets, reps, seconds, load, "
                "load_unit, rpe, pain, note FROM training_log ORDER BY id"),
            before);
  EXPECT_EQ(run({"history", "--csv"}).out, csv);
}

TEST_F(CliLog, ProgressChartsTheWorkAndHistoryFiltersByDate) {
  ASSERT_EQ(run({"log", session_dates[0], "exercise", first_slug, "--sets", "2", "--reps", "10"}).status, 0);
  ASSERT_EQ(run({"log", session_dates[2], "exercise", first_slug, "--sets", "3", "--reps", "10", "--rpe", "6"}).status, 0);
  const auto progress = run({"progress", first_slug});
  ASSERT_EQ(progress.status, 0) << progress.err;
  EXPECT_NE(progress.out.find(session_dates[0] + "  2x10 "), std::string::npos) << progress.out;
  EXPECT_NE(progress.out.find(std::string(20, '#') + "\n"), std::string::npos) << progress.out;  // 20 of 30
  EXPECT_NE(progress.out.find(std::string(30, '#') + "\n"), std::string::npos) << progress.out;
  const auto range = run({"history", "--from", session_dates[1], "--csv"});
  EXPECT_EQ(std::count(range.out.begin(), range.out.end(), '\n'), 2) << range.out;
  EXPECT_EQ(run({"progress", "no-such-move"}).status, 2);
}

TEST_F(CliLog, ReimportsAndReplansLeaveTheLogIdentical) {
  ASSERT_EQ(run({"log", session_dates[0], "done", "--rpe", "8"}).status, 0);
  ASSERT_EQ(run({"log", session_dates[1], "exercise", first_slug, "--sets", "2", "--reps", "8", "--pain"}).status, 0);
  const auto before = rows();
  ASSERT_EQ(before.size() > 0, true);
  const auto imported = import({std::string(RS_SOURCE_DIR) + "/content"});
  ASSERT_EQ(imported.status, 0) << imported.err;
  EXPECT_EQ(rows(), before) << "after an import";
  const auto replanned = run({"plan", "--replan", "1"});
  ASSERT_EQ(replanned.status, 0) << replanned.err;
  EXPECT_EQ(rows(), before) << "after a re-plan";
  EXPECT_EQ(sql("SELECT count(*) FROM plans"), "1\n");
}

TEST_F(CliLog, DeletingAPlanWithEntriesNeedsForceAndKeepsThem) {
  ASSERT_EQ(run({"log", session_dates[0], "done"}).status, 0);
  const auto refused = run({"plan", "delete", "1"});
  EXPECT_EQ(refused.status, 2);
  EXPECT_NE(refused.err.find("--force"), std::string::npos) << refused.err;
  ASSERT_EQ(run({"plan", "delete", "1", "--force"}).status, 0);
  EXPECT_EQ(sql("SELECT plan_id IS NULL, date, outcome FROM training_log"), "1|" + session_dates[0] + "|done\n");
  EXPECT_NE(run({"history"}).out.find(session_dates[0]), std::string::npos);
}

TEST_F(CliLog, EachAthleteHasTheirOwnLog) {
  const auto start = format_date(next_monday(today_utc()) - std::chrono::days(28));
  ASSERT_EQ(run({"athlete", "add", "Ben", "--schedule", week_yaml}).status, 0);
  const auto bens = run({"plan", "--athlete", "Ben", "--start", start, "--weeks", "6"});
  ASSERT_EQ(bens.status, 0) << bens.err;
  ASSERT_NE(bens.err.find("saved as plan 2"), std::string::npos) << bens.err;
  // Two athletes: whose log must be said, unless the plan is named.
  auto ambiguous = run({"log", session_dates[0], "done"});
  EXPECT_EQ(ambiguous.status, 2);
  EXPECT_NE(ambiguous.err.find("--athlete"), std::string::npos) << ambiguous.err;
  EXPECT_EQ(rows(), "");
  auto his = run({"log", session_dates[0], "done", "--athlete", "Ben"});
  ASSERT_EQ(his.status, 0) << his.err;
  EXPECT_EQ(his.out, "logged " + session_dates[0] + " done in plan 2\n");
  auto by_plan = run({"log", session_dates[1], "skipped", "--plan", "1"});
  ASSERT_EQ(by_plan.status, 0) << by_plan.err;
  auto not_his = run({"log", session_dates[1], "done", "--plan", "1", "--athlete", "Ben"});
  EXPECT_EQ(not_his.status, 2);
  EXPECT_NE(not_his.err.find("another athlete's"), std::string::npos) << not_his.err;
  EXPECT_EQ(sql("SELECT plan_id, athlete_id, outcome FROM training_log ORDER BY id"), "2|2|done\n1|1|skipped\n");
  const auto bens_history = nlohmann::json::parse(run({"history", "--json", "--athlete", "ben"}).out);
  ASSERT_EQ(bens_history["entries"].size(), 1u);
  EXPECT_EQ(bens_history["entries"][0]["outcome"], "done");
  EXPECT_EQ(nlohmann::json::parse(run({"history", "--json", "--athlete", "default"}).out)["entries"].size(), 1u);
  // Deleting his plan keeps his entry, detached, in his history; removing him needs --force.
  ASSERT_EQ(run({"plan", "delete", "2", "--force"}).status, 0);
  EXPECT_EQ(nlohmann::json::parse(run({"history", "--json", "--athlete", "Ben"}).out)["entries"].size(), 1u);
  auto refused = run({"athlete", "remove", "Ben"});
  EXPECT_EQ(refused.status, 2);
  EXPECT_NE(refused.err.find("1 training-log entries"), std::string::npos) << refused.err;
  ASSERT_EQ(run({"athlete", "remove", "Ben", "--force"}).status, 0);
  EXPECT_EQ(sql("SELECT plan_id, athlete_id, outcome FROM training_log ORDER BY id"), "1|1|skipped\n");
}

}  // namespace
}  // namespace rs::test

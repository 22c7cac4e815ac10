// CLI tests for `adapt` and `plan --replan` with a training log, on a library seeded with SQL
// (tests/fixtures/planner/library.sql) and a plan that started four weeks before today: an
// exercise too hard then painful is swapped or left out in the weeks ahead, with `adapted` in the
// JSON (saved with the plan), an Adapted: line in the text and the calendar, SEQUENCE raised on
// those sessions only, and a second adapt changing nothing more.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/library_edit.hpp"
#include "support/library_fixture.hpp"
#include "util/date.hpp"

namespace rs::test {
namespace {

const std::string week_yaml = std::string(RS_TESTS_DIR) + "/fixtures/planner/week.yaml";

class CliAdapt : public LibraryTest {
 protected:
  std::vector<std::string> dates;  // past sessions holding `slug`, in date order
  std::string slug;                // the first session's first exercise
  void SetUp() override {
    ASSERT_EQ(run({"db"}).status, 0);
    ASSERT_NO_THROW(edit_library_from_file(db, std::string(RS_TESTS_DIR) + "/fixtures/planner/library.sql"));
    const auto start = format_date(next_monday(today_utc()) - std::chrono::days(28));
    const auto planned = run({"plan", "--schedule", week_yaml, "--start", start, "--format", "json"});
    ASSERT_EQ(planned.status, 0) << planned.err;
    const auto plan = nlohmann::json::parse(planned.out);
    slug = plan["weeks"][0]["sessions"][0]["exercises"][0]["slug"];
    for (const auto& week : plan["weeks"]) {
      for (const auto& session : week["sessions"]) {
        const auto date = session["date"].get<std::string>();
        if (*parse_date(date) > today_utc()) continue;
        for (const auto& item : session["exercises"]) {
          if (item["slug"] == slug) dates.push_back(date);
        }
      }
    }
    ASSERT_GE(dates.size(), 2u);
  }
  // Every event's UID and SEQUENCE, and whether its DESCRIPTION says Adapted:, from the calendar.
  std::map<std::string, std::pair<int, bool>> events() const {
    const auto ics = run({"export", "1", "--format", "ics"});
    EXPECT_EQ(ics.status, 0) << ics.err;
    std::map<std::string, std::pair<int, bool>> found;
    std::string uid, unfolded;
    for (const auto& raw : split_lines(ics.out)) {
      if (raw.starts_with(" ")) {
        unfolded += raw.substr(1);
        continue;
      }
      if (unfolded.starts_with("UID:")) uid = unfolded.substr(4);
      if (unfolded.starts_with("SEQUENCE:")) found[uid].first = std::stoi(unfolded.substr(9));
      if (unfolded.starts_with("DESCRIPTION:")) found[uid].second = unfolded.find("Adapted: ") != std::string::npos;
      unfolded = raw;
    }
    return found;
  }
  static std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::string line;
    for (const char ch : text) {
      if (ch == '\n') {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
        line.clear();
      } else {
        line += ch;
      }
    }
    return lines;
  }
};

TEST_F(CliAdapt, TooHardThenPainSwapsTheExerciseAndSaysWhyEverywhere) {
  const auto& a = dates[dates.size() - 2];
  const auto& b = dates.back();
  ASSERT_EQ(run({"log", a, "done"}).status, 0);
  ASSERT_EQ(run({"log", a, "exercise", slug, "--sets", "2", "--reps", "8", "--load", "16kg", "--rpe", "9"}).status, 0);
  ASSERT_EQ(run({"log", b, "done"}).status, 0);
  ASSERT_EQ(run({"log", b, "exercise", slug, "--sets", "2", "--reps", "8", "--rpe", "7", "--pain"}).status, 0);
  const auto log_before = sql("SELECT * FROM training_log ORDER BY id");
  const auto adapted = run({"adapt", "--format", "json"});
  ASSERT_EQ(adapted.status, 0) << adapted.err;
  const auto plan = nlohmann::json::parse(adapted.out);
  int changed = 0;
  for (const auto& week : plan["weeks"]) {
    for (const auto& session : week["sessions"]) {
      for (const auto& item : session["exercises"]) {
        if (*parse_date(session["date"].get<std::string>()) > today_utc() && item["slug"] == slug) {
          EXPECT_FALSE(item["substitute"].is_null()) << "only with its home substitute";
        }
      }
      for (const auto& change : session["adapted"]) {
        if (change["exercise"] != slug) continue;
        ++changed;
        EXPECT_TRUE(change["change"] == "replaced" || change["change"] == "removed") << change.dump();
        EXPECT_EQ(change["why"], "RPE 9 at 16kg on " + a + ", then pain on " + b);
        ASSERT_EQ(change["entries"].size(), 2u);
        EXPECT_EQ(change["entries"][1]["date"], b);
      }
    }
  }
  EXPECT_GT(changed, 0);
  EXPECT_EQ(sql("SELECT * FROM training_log ORDER BY id"), log_before) << "adapting never writes the log";
  // Saved with the plan: plan show in JSON and text.
  EXPECT_EQ(nlohmann::json::parse(run({"plan", "show", "1", "--format", "json"}).out)["weeks"], plan["weeks"]);
  EXPECT_NE(run({"plan", "show", "1"}).out.find("Adapted: "), std::string::npos);
  // The calendar: SEQUENCE 1 exactly where the description says Adapted:.
  const auto first = events();
  int raised = 0;
  for (const auto& [uid, event] : first) {
    EXPECT_EQ(event.first, event.second ? 1 : 0) << uid;
    raised += event.first;
  }
  EXPECT_GT(raised, 0);
  // Adapting again with the same log changes nothing: the same SEQUENCEs.
  ASSERT_EQ(run({"adapt"}).status, 0);
  EXPECT_EQ(events(), first);
}

}  // namespace
}  // namespace rs::test

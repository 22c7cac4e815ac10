// CLI tests for `today`: a session day, a rest day, after the plan's end and with no plan, in text
// and JSON, on a library seeded with SQL (tests/fixtures/planner/library.sql).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/library_edit.hpp"
#include "support/library_fixture.hpp"
#include "util/date.hpp"

namespace rs::test {
namespace {

const std::string week_yaml = std::string(RS_TESTS_DIR) + "/fixtures/planner/week.yaml";

class CliToday : public LibraryTest {
 protected:
  nlohmann::json plan;
  void SetUp() override {
    ASSERT_EQ(run({"db"}).status, 0);
    ASSERT_NO_THROW(edit_library_from_file(db, std::string(RS_TESTS_DIR) + "/fixtures/planner/library.sql"));
  }
  void make_plan() {
    const auto planned = run({"plan", "--schedule", week_yaml, "--weeks", "4", "--format", "json"});
    ASSERT_EQ(planned.status, 0) << planned.err;
    plan = nlohmann::json::parse(planned.out);
  }
  nlohmann::json today_json(const std::string& date) const {
    const auto result = run({"today", "--date", date, "--json"});
    EXPECT_EQ(result.status, 0) << result.err;
    return nlohmann::json::parse(result.out);
  }
};

TEST_F(CliToday, WithoutAPlanItSaysSo) {
  const auto result = run({"today", "--date", "2026-12-08"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out, "2026-12-08: no plan saved (make one with `runstrength plan`)\n");
  const auto doc = today_json("2026-12-08");
  EXPECT_EQ(doc["day"], "no-plan");
  EXPECT_TRUE(doc["session"].is_null());
}

TEST_F(CliToday, ASessionDayShowsTheSessionItsRunAndTheNextOne) {
  make_plan();
  const auto& first = plan["weeks"][0]["sessions"][0];
  const auto& second = plan["weeks"][0]["sessions"][1];
  const std::string day = first["date"];
  const auto doc = today_json(day);
  EXPECT_EQ(doc["day"], "session");
  EXPECT_EQ(doc["session"]["uid"], first["uid"]);
  EXPECT_EQ(doc["session"]["exercises"], first["exercises"]);
  EXPECT_EQ(doc["session"]["week"], 1);
  EXPECT_EQ(doc["next"]["date"], second["date"]);
  EXPECT_TRUE(doc["unlogged"].is_null());
  const auto text = run({"today", "--date", day}).out;
  EXPECT_NE(text.find("\nToday:\nWeek 1, "), std::string::npos) << text;
  EXPECT_NE(text.find(first["exercises"][0]["name"].get<std::string>()), std::string::npos) << text;
  EXPECT_NE(text.find("  Warm-up:\n"), std::string::npos) << text;
}

TEST_F(CliToday, ARestDayShowsTheNextSessionAndTheLastUnloggedOne) {
  make_plan();
  const std::string first = plan["weeks"][0]["sessions"][0]["date"];
  const std::string second = plan["weeks"][0]["sessions"][1]["date"];
  const auto rest = format_date(*parse_date(first) + std::chrono::days(1));
  ASSERT_NE(rest, second);
  const auto doc = today_json(rest);
  EXPECT_EQ(doc["day"], "rest");
  EXPECT_EQ(doc["next"]["date"], second);
  EXPECT_EQ(doc["unlogged"]["date"], first);
  EXPECT_FALSE(doc["run"].is_null());
  EXPECT_NE(run({"today", "--date", rest}).out.find("no strength today\n"), std::string::npos);
}

TEST_F(CliToday, AfterTheEndThePlanHasEnded) {
  make_plan();
  const auto doc = today_json("2027-03-01");
  EXPECT_EQ(doc["day"], "after-end");
  EXPECT_TRUE(doc["next"].is_null());
  EXPECT_TRUE(doc["run"].is_null());
  EXPECT_NE(run({"today", "--date", "2027-03-01"}).out.find("the plan has ended"), std::string::npos);
  EXPECT_EQ(today_json("2026-12-01")["day"], "before-start");
  const auto bad = run({"today", "--date", "2026-13-01"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_EQ(run({"today", "--plan", "7"}).status, 2);
}

}  // namespace
}  // namespace rs::test

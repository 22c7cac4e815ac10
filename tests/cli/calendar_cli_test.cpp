// CLI tests for `schedule import FILE.ics` and `plan --runs FILE.ics`: a failed import leaves the
// saved calendar as it was.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/library_edit.hpp"
#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

class CliCalendar : public LibraryTest {
 protected:
  std::string fixtures = std::string(RS_TESTS_DIR) + "/fixtures/calendars/";
  void SetUp() override {
    EXPECT_EQ(run({"db"}).status, 0);
    EXPECT_NO_THROW(edit_library_from_file(db, std::string(RS_TESTS_DIR) + "/fixtures/planner/library.sql"));
  }
  // The type and source of the run on `date` in a JSON plan.
  static std::string run_on(const std::string& plan_json, const std::string& date) {
    const auto doc = nlohmann::json::parse(plan_json);
    for (const auto& week : doc["weeks"]) {
      for (const auto& run : week["runs"]) {
        if (run["date"] == date) return run["type"].get<std::string>() + "/" + run["source"].get<std::string>();
      }
    }
    return "none";
  }
};

TEST_F(CliCalendar, ImportSavesTheCalendarAndAFailedImportKeepsIt) {
  const auto imported = run({"schedule", "import", fixtures + "trainingpeaks.ics"});
  ASSERT_EQ(imported.status, 0) << imported.err;
  const auto plan_args = std::vector<std::string>{"plan", "--start", "2027-01-04", "--weeks", "4", "--format", "json", "--no-save"};
  const auto before = run(plan_args);
  ASSERT_EQ(before.status, 0) << before.err;
  EXPECT_EQ(run_on(before.out, "2027-01-16"), "long/calendar");
  EXPECT_EQ(run_on(before.out, "2027-01-27"), "easy/template");

  write_file(dir / "binary.ics", std::string("BEGIN:VCALENDAR\n\0\xff", 18));
  write_file(dir / "text.ics", "not a calendar\n");
  for (const auto& bad : {"binary.ics", "text.ics"}) {
    const auto refused = run({"schedule", "import", (dir / bad).string()});
    EXPECT_EQ(refused.status, 2) << bad;
    EXPECT_NE(refused.err.find(bad), std::string::npos) << refused.err;
  }
  EXPECT_EQ(run({"schedule", "import", (dir / "missing.ics").string()}).status, 2);
  EXPECT_EQ(run(plan_args).out, before.out) << "the saved calendar stays as it was";
}

TEST_F(CliCalendar, PlanRunsUsesACalendarWithoutSavingIt) {
  const auto plan = run({"plan", "--runs", fixtures + "race_tz.ics", "--start", "2027-01-04", "--weeks", "10",
                         "--format", "json", "--no-save"});
  ASSERT_EQ(plan.status, 0) << plan.err;
  EXPECT_EQ(run_on(plan.out, "2027-01-17"), "race/calendar");
  EXPECT_EQ(run_on(plan.out, "2027-02-28"), "race/calendar");
  EXPECT_NE(plan.out.find("Coffee with Sam"), std::string::npos);
  const auto without = run({"plan", "--start", "2027-01-04", "--weeks", "10", "--format", "json", "--no-save"});
  EXPECT_EQ(run_on(without.out, "2027-01-17"), "recovery/template");
}

}  // namespace
}  // namespace rs::test

// CLI tests for `runstrength export`: a plan saved with the plan store, exported through the real
// binary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <utility>
#include <vector>

#include "store/database.hpp"
#include "store/athlete_store.hpp"
#include "store/plan_store.hpp"
#include "support/library_fixture.hpp"
#include "support/sample_plans.hpp"

namespace rs::test {
namespace {

// A library holding the sample timed plan; returns its id.
long long save_sample(const std::filesystem::path& db) {
  auto database = store::Database::open(db);
  auto plan = sample_timed_zone_plan();
  plan.id = 0;
  plan.identity.clear();
  plan.saved_at.clear();
  plan.athlete_id = store::default_athlete_id;
  store::save_plan(database, plan);
  return plan.id;
}

class ExportCli : public LibraryTest {
 protected:
  void SetUp() override { id = std::to_string(save_sample(db)); }
  std::string id;  ///< The saved sample plan.
};

TEST_F(ExportCli, ExportsTheSameBytesTwiceAndToAFile) {
  const auto first = run({"export", id, "--format", "ics", "--alarm", "15"});
  ASSERT_EQ(first.status, 0) << first.err;
  EXPECT_EQ(first.out.rfind("BEGIN:VCALENDAR\r\n", 0), 0U);
  EXPECT_NE(first.out.find("TRIGGER:-PT15M\r\n"), std::string::npos);
  EXPECT_NE(first.out.find("-w1-s1@runstrength\r\n"), std::string::npos);
  EXPECT_EQ(run({"export", id, "--format", "ics", "--alarm", "15"}).out, first.out);
  const auto file = dir / "plan.ics";
  const auto written = run({"export", id, "--alarm", "15", "-o", file.string()});
  ASSERT_EQ(written.status, 0) << written.err;
  EXPECT_EQ(written.out, "");
  EXPECT_EQ(read_file(file), first.out);
  const std::string validate = "ICALCHECK='" RS_ICALCHECK_PATH "' '" RS_TESTS_DIR "/tools/ics/validate-ics.sh' '" +
                               file.string() + "' 4 >'" + (dir / "validate.log").string() + "' 2>&1";
  EXPECT_EQ(std::system(validate.c_str()), 0) << read_file(dir / "validate.log");
}

TEST_F(ExportCli, JsonExportParsesAndNamesTheSchema) {
  const auto result = run({"export", id, "--format", "json"});
  ASSERT_EQ(result.status, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["schema"], "runstrength.plan/2");
  EXPECT_EQ(json["plan"]["id"], std::stoll(id));
  EXPECT_EQ(json["weeks"].size(), 2U);
  write_file(dir / "plan.json", result.out);
  const std::string validate = "/usr/bin/python3 '" RS_TESTS_DIR "/tools/validate_json.py' '" RS_SOURCE_DIR
                               "/schemas/plan.schema.json' '" +
                               (dir / "plan.json").string() + "' >'" + (dir / "schema.log").string() + "' 2>&1";
  EXPECT_EQ(std::system(validate.c_str()), 0) << read_file(dir / "schema.log");
}

TEST_F(ExportCli, BadRequestsExitTwoAndLeaveNoFile) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> refused = {
      {{"export", "999"}, "no saved plan with id 999"},
      {{"export", id, "--format", "csv"}, "--format: unknown export format 'csv'; one of: json, ics, html"},
      {{"export", id, "--format", "json", "--alarm", "10"}, "--alarm applies to --format ics only"},
      {{"export", id, "--alarm", "-3"}, "--alarm: Value -3 not in range 0 to 10080"},
  };
  for (const auto& [args, message] : refused) {
    const auto result = run(args);
    EXPECT_EQ(result.status, 2) << message;
    EXPECT_NE(result.err.find("runstrength: error: " + message), std::string::npos) << result.err;
  }
  const auto missing = dir / "no-such-folder" / "plan.ics";
  const auto failed = run({"export", id, "-o", missing.string()});
  EXPECT_EQ(failed.status, 1) << failed.err;
  EXPECT_NE(failed.err.find("cannot write " + missing.string()), std::string::npos) << failed.err;
  EXPECT_FALSE(std::filesystem::exists(missing));
}

}  // namespace
}  // namespace rs::test

// Flow test over src/exporters: freshly produced exports through the project's own strict checkers
// (tests/tools): the four-stage .ics validator (byte lint, libical, python3-vobject, khal), a
// python3-icalendar round trip of the hostile text, and python3-jsonschema against
// schemas/*.schema.json, including broken documents.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <string>

#include "exporters/export.hpp"
#include "exporters/ics_plan.hpp"
#include "planner/planner.hpp"
#include "support/adapt_scenario.hpp"
#include "support/planner_fixtures.hpp"
#include "support/sample_plans.hpp"
#include "support/temp_dir.hpp"

namespace rs::exporters {
namespace {

const std::string tools = std::string(RS_TESTS_DIR) + "/tools";

std::string quote(const std::string& text) { return "'" + text + "'"; }

// Runs a shell command, output into `log`; returns the exit status and adds the log to failures.
int run(const std::string& command, const std::filesystem::path& log) {
  const int status = std::system((command + " >" + quote(log.string()) + " 2>&1").c_str());
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  if (code != 0) std::cerr << command << "\n" << test::read_file(log);
  return code;
}

int validate_ics(const test::TempDir& dir, const std::string& name, const std::string& ics, int events) {
  const auto file = dir / (name + ".ics");
  test::write_file(file, ics);
  return run("ICALCHECK=" + quote(RS_ICALCHECK_PATH) + " " + quote(tools + "/ics/validate-ics.sh") + " " +
                 quote(file.string()) + " " + std::to_string(events),
             dir / (name + ".log"));
}

TEST(ExportValidation, TimedPlansInManyZonesPassAllFourStages) {
  test::TempDir dir;
  for (const char* zone : {"America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"}) {
    auto plan = test::sample_timed_zone_plan();
    plan.schedule.timezone = zone;
    ExportOptions options;
    options.alarm_minutes = 30;
    std::string name = zone;
    std::replace(name.begin(), name.end(), '/', '_');
    EXPECT_EQ(validate_ics(dir, name, export_plan(plan, ExportFormat::ics, options), 4), 0) << zone;
  }
}

TEST(ExportValidation, PerDayTimesMixedWithAllDaySessionsPassAllFourStages) {
  test::TempDir dir;
  auto plan = test::sample_timed_zone_plan();
  plan.schedule.time.reset();
  const auto& first = plan.weeks.at(0).sessions.at(0);
  plan.schedule.day_times[static_cast<std::size_t>(weekday_index(first.date))] = "07:15";
  const auto ics = export_plan(plan, ExportFormat::ics);
  EXPECT_NE(ics.find("T071500"), std::string::npos);
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:"), std::string::npos) << "the other days stay all-day";
  EXPECT_EQ(validate_ics(dir, "per_day", ics, 4), 0);
}

TEST(ExportValidation, ValidatorRejectsAnUnescapedComma) {
  test::TempDir dir;
  std::string ics = export_plan(test::sample_all_day_plan(), ExportFormat::ics);
  const auto at = ics.find("SUMMARY:Strength: core and glutes");
  ASSERT_NE(at, std::string::npos);
  ics.replace(at, 33, "SUMMARY:Strength: core, glutes");
  EXPECT_NE(validate_ics(dir, "broken", ics, 4), 0);
}

TEST(ExportValidation, HostileTextRoundTripsThroughIcalendarAndJson) {
  test::TempDir dir;
  const auto plan = test::sample_hostile_plan();
  ExportOptions options;
  options.alarm_minutes = 10;
  const std::string ics = export_plan(plan, ExportFormat::ics, options);
  EXPECT_EQ(validate_ics(dir, "hostile", ics, 4), 0);

  nlohmann::json expected = {{"calendar_name", plan.name}, {"events", nlohmann::json::array()}};
  for (const auto& week : plan.weeks) {
    for (std::size_t i = 0; i < week.sessions.size(); ++i) {
      expected["events"].push_back({{"uid", session_uid(plan, week, i)},
                                    {"summary", session_summary(week.sessions[i], week.number)},
                                    {"description", session_description(week.sessions[i], week)}});
    }
  }
  const std::string description = expected["events"][0]["description"];
  ASSERT_GT(description.size(), 75U * 10) << "hostile text must fold many times";
  ASSERT_NE(description.find(plan.weeks[0].sessions[0].note), std::string::npos);
  test::write_file(dir / "expected.json", expected.dump());
  EXPECT_EQ(run("/usr/bin/python3 " + quote(tools + "/ics_roundtrip.py") + " " + quote((dir / "hostile.ics").string()) +
                    " " + quote((dir / "expected.json").string()),
                dir / "roundtrip.log"),
            0);

  const auto json = nlohmann::json::parse(export_plan(plan, ExportFormat::json));
  EXPECT_EQ(json["plan"]["name"], plan.name);
  const auto& session = json["weeks"][1]["sessions"][1];
  EXPECT_EQ(session["note"], plan.weeks[1].sessions[1].note);
  EXPECT_EQ(session["reason"], plan.weeks[1].sessions[1].reason);
  EXPECT_EQ(session["exercises"][1]["name"], plan.weeks[1].sessions[1].exercises[1].name);
  EXPECT_EQ(session["exercises"][1]["substitute"], *plan.weeks[1].sessions[1].exercises[1].substitute);
}

TEST(ExportValidation, PlanJsonValidatesAndBrokenDocumentsDoNot) {
  test::TempDir dir;
  const std::string schema = quote(std::string(RS_SOURCE_DIR) + "/schemas/plan.schema.json");
  const std::string script = "/usr/bin/python3 " + quote(tools + "/validate_json.py") + " " + schema;
  auto unsaved = test::sample_timed_floating_plan();
  unsaved.id = 0;
  for (auto& session : unsaved.weeks[0].sessions) session.uid.clear();
  // A plan with races, recovery weeks, refused chosen days with times and light sessions.
  auto schedule = test::example_schedule();
  schedule.races = {{*parse_date("2027-01-03"), 21.0975, model::RacePriority::b},
                    {*parse_date("2027-02-28"), 42.195, model::RacePriority::a}};
  schedule.before_long = model::BeforeLong::light;
  schedule.days_chosen = true;
  schedule.allowed = {true, true, false, false, false, true, false};
  schedule.day_times[1] = "18:30";
  const auto races = planner::build_plan(schedule, 16, "races", test::synthetic_library(3), test::synthetic_tips()).plan;
  const auto races_json = nlohmann::json::parse(export_plan(races, ExportFormat::json));
  ASSERT_EQ(races_json["weeks"][5]["phase"], "recovery");
  ASSERT_FALSE(races_json["weeks"][0]["refusals"].empty());
  // A plan adapted to a log (a skip and an exercise too hard twice): sessions with `adapted`.
  test::Scenario scenario(8);
  const auto& item = scenario.at(1, 0).exercises.front();
  scenario.exercise(1, 0, item, 9);
  scenario.exercise(1, 1, item, 10);
  scenario.session(2, 0, model::Outcome::skipped);
  const auto adapted = scenario.adapted(3);
  const auto adapted_json = nlohmann::json::parse(export_plan(adapted, ExportFormat::json));
  ASSERT_FALSE(adapted_json["weeks"][2]["sessions"][0]["adapted"].empty());
  std::string valid_files;
  int n = 0;
  for (const auto& plan :
       {test::sample_all_day_plan(), test::sample_timed_zone_plan(), unsaved, test::sample_hostile_plan(), races, adapted}) {
    const auto file = dir / ("plan" + std::to_string(++n) + ".json");
    test::write_file(file, export_plan(plan, ExportFormat::json));
    valid_files += " " + quote(file.string());
  }
  // A plan/2 document written before sessions had a target, an estimate and exercises a tempo.
  auto older = nlohmann::json::parse(export_plan(test::sample_all_day_plan(), ExportFormat::json));
  for (auto& week : older["weeks"]) {
    for (auto& session : week["sessions"]) {
      session.erase("target_minutes");
      session.erase("estimate");
      for (auto& item : session["exercises"]) item.erase("tempo");
      for (auto& item : session["warmup"]) item.erase("tempo");
    }
  }
  test::write_file(dir / "older.json", older.dump());
  valid_files += " " + quote((dir / "older.json").string());
  EXPECT_EQ(run(script + valid_files, dir / "valid.log"), 0);

  const auto good = nlohmann::json::parse(export_plan(test::sample_all_day_plan(), ExportFormat::json));
  std::vector<nlohmann::json> broken(17, good);
  broken[0].erase("schema");
  broken[1]["weeks"][0]["phase"] = "peak";
  broken[2]["weeks"][0]["sessions"][0]["date"] = "2026-13-07";
  broken[3]["weeks"][0]["sessions"][0]["placement"] = "before-run";
  broken[4]["plan"]["surprise"] = true;
  broken[5]["weeks"][0]["sessions"][0]["exercises"][0]["video"]["provider"] = "dailymotion";
  broken[6]["weeks"][0]["sessions"][0]["focus"][0] = "biceps";
  broken[7] = races_json;
  broken[7]["plan"]["races"][0]["priority"] = "D";
  broken[8] = races_json;
  broken[8]["weeks"][0].erase("refusals");
  broken[9] = races_json;
  broken[9]["weeks"][0]["sessions"][0]["light"] = "no";
  broken[10] = races_json;
  broken[10]["plan"]["day_times"]["someday"] = "18:30";
  broken[11] = adapted_json;
  broken[11]["weeks"][2]["sessions"][0]["adapted"][0]["change"] = "ignored";
  broken[12] = adapted_json;
  broken[12]["weeks"][2]["sessions"][0]["adapted"][0]["entries"] = nlohmann::json::array();
  broken[13]["weeks"][0]["sessions"][0]["estimate"].erase("total_seconds");
  broken[14]["weeks"][0]["sessions"][0]["target_minutes"] = 0;
  broken[15]["weeks"][0]["sessions"][0]["exercises"][0]["tempo"] = {{"name", "slow"}, {"cue", "go slow"}};
  broken[16]["weeks"][0]["sessions"][0]["estimate"]["warmup_seconds"] = -1;
  std::string broken_files;
  for (std::size_t i = 0; i < broken.size(); ++i) {
    const auto file = dir / ("broken" + std::to_string(i) + ".json");
    test::write_file(file, broken[i].dump());
    broken_files += " " + quote(file.string());
  }
  EXPECT_EQ(run(script + " --expect-invalid" + broken_files, dir / "broken.log"), 0);
}

TEST(ExportValidation, LibrarySchemaAcceptsTheDocumentedShapeOnly) {
  test::TempDir dir;
  const std::string fixtures = std::string(RS_TESTS_DIR) + "/fixtures/exporters/";
  const std::string script = "/usr/bin/python3 " + quote(tools + "/validate_json.py") + " " +
                             quote(std::string(RS_SOURCE_DIR) + "/schemas/library.schema.json");
  EXPECT_EQ(run(script + " " + quote(fixtures + "library.json"), dir / "valid.log"), 0);
  auto doc = nlohmann::json::parse(test::read_file(fixtures + "library.json"));
  doc[0]["dose"]["type"] = "hold";  // a hold dose without seconds
  doc[1].erase("level_rank");
  test::write_file(dir / "broken.json", doc.dump());
  EXPECT_EQ(run(script + " --expect-invalid " + quote((dir / "broken.json").string()), dir / "broken.log"), 0);
}

}  // namespace
}  // namespace rs::exporters

// CLI tests for `plan`, `plans`, `plan show`, `plan delete` and `schedule`, on a temporary library
// seeded with SQL (tests/fixtures/planner/library.sql).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <set>

#include "support/library_edit.hpp"
#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

const char* example_yaml = R"(start: 2026-12-07
race: 2027-02-28
experience: new
strength:
  sessions: 2
  minutes: 30
  equipment: home
week:
  mon: rest
  tue: intervals
  wed: easy
  thu: tempo
  fri: rest
  sat: easy
  sun: long
)";

class CliPlan : public LibraryTest {
 protected:
  std::string schedule = (dir / "schedule.yaml").string();
  void SetUp() override {
    EXPECT_EQ(run({"db"}).status, 0);
    EXPECT_NO_THROW(edit_library_from_file(db, std::string(RS_TESTS_DIR) + "/fixtures/planner/library.sql"));
    write_file(schedule, example_yaml);
  }
};

TEST_F(CliPlan, JsonPlanHasTheDocumentedShapeAndIsDeterministic) {
  const auto first = run({"plan", "--schedule", schedule, "--format", "json", "--no-save"});
  ASSERT_EQ(first.status, 0) << first.err;
  const auto doc = nlohmann::json::parse(first.out);
  EXPECT_EQ(doc["schema"], "runstrength.plan/2");
  EXPECT_TRUE(doc["plan"]["id"].is_null());
  EXPECT_EQ(doc["plan"]["race"], "2027-02-28");
  EXPECT_EQ(doc["schedule"]["sun"], "long");
  ASSERT_EQ(doc["weeks"].size(), 8u);
  const auto& session = doc["weeks"][0]["sessions"][0];
  EXPECT_EQ(session["weekday"], "tue");
  EXPECT_EQ(session["placement"], "after-hard-run");
  EXPECT_EQ(session["warmup"][0]["name"], "Mobility and dynamic stretching");
  EXPECT_EQ(session["warmup"][0]["seconds"], 120) << "after a run: a shorter warm-up";
  EXPECT_EQ(session["exercises"][0]["effort"]["rpe"], nlohmann::json::array({6, 7}));
  EXPECT_TRUE(session["exercises"][0].contains("video"));
  EXPECT_EQ(run({"plan", "--schedule", schedule, "--format", "json", "--no-save"}).out, first.out);
  EXPECT_EQ(nlohmann::json::parse(run({"plans", "--json"}).out).size(), 0u) << "--no-save saves nothing";
}

TEST_F(CliPlan, DefaultWeekPrintsANoteAndTheGrid) {
  const auto result = run({"plan", "--start", "2026-12-07", "--no-save", "--explain"});
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.err.find("using the default week"), std::string::npos) << result.err;
  EXPECT_NE(result.out.find("week  phase     sets  mon"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("Why these days:"), std::string::npos);
  EXPECT_NE(result.out.find("; use a rucksack filled with books instead of weights;"), std::string::npos);
  EXPECT_EQ(result.out.find("use use"), std::string::npos) << "the substitute phrase already starts with its verb";
}

TEST_F(CliPlan, BadValuesExitTwoWithAClearMessage) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"--weeks", "0"}, "weeks: must be between 1 and 52"},
      {{"--week", "mon=jog"}, "unknown run type \"jog\""},
      {{"--race", "2026-12-01"}, "is before the start of the plan"},
      {{"--start", "2026-13-01"}, "--start: malformed date"},
      {{"--sessions", "5"}, "strength.sessions: must be between 1 and 4"},
      {{"--minutes", "90"}, "strength.minutes: must be between 15 and 60"},
      {{"--equipment", "rowing-machine"}, "unknown equipment \"rowing-machine\""},
      {{"--experience", "elite"}, "--experience: unknown value"},
  };
  for (const auto& [extra, message] : cases) {
    std::vector<std::string> args = {"plan", "--schedule", schedule, "--no-save"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto result = run(args);
    EXPECT_EQ(result.status, 2) << message;
    EXPECT_NE(result.err.find(message), std::string::npos) << result.err;
  }
  write_file(dir / "bad.yaml", "start: 2026-12-07\nweek:\n  mon: rest\n  tue: sprint\n");
  const auto bad = run({"plan", "--schedule", (dir / "bad.yaml").string()});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("bad.yaml:4: week.tue: unknown run type \"sprint\""), std::string::npos) << bad.err;
}

TEST_F(CliPlan, SavedPlanIsListedShownDeletedAndSurvivesLibraryChanges) {
  const auto made = run({"plan", "--schedule", schedule, "--name", "Spring block", "--format", "json"});
  ASSERT_EQ(made.status, 0) << made.err;
  const auto saved = nlohmann::json::parse(made.out);
  const auto id = std::to_string(saved["plan"]["id"].get<long long>());
  const auto uid = saved["weeks"][0]["sessions"][0]["uid"].get<std::string>();
  EXPECT_NE(uid.find("-w1-s1@runstrength"), std::string::npos) << uid;

  const auto list = nlohmann::json::parse(run({"plans", "--json"}).out);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["name"], "Spring block");
  EXPECT_GT(list[0]["sessions"].get<int>(), 0);

  // Rename every exercise and drop the videos: the saved plan keeps its own copies.
  ASSERT_NO_THROW(
      edit("UPDATE exercises SET name = 'Renamed', video_provider = NULL, video_id = NULL, video_url = NULL"));
  const auto shown = run({"plan", "show", id, "--format", "json"});
  ASSERT_EQ(shown.status, 0) << shown.err;
  EXPECT_EQ(nlohmann::json::parse(shown.out), saved);
  EXPECT_NE(run({"plan", "show", id}).out.find("Spring block (plan " + id + ")"), std::string::npos);

  EXPECT_EQ(run({"plan", "delete", id}).status, 0);
  EXPECT_EQ(nlohmann::json::parse(run({"plans", "--json"}).out).size(), 0u);
  const auto gone = run({"plan", "show", id});
  EXPECT_EQ(gone.status, 2);
  EXPECT_NE(gone.err.find("no saved plan with id " + id), std::string::npos);
  EXPECT_EQ(sql("SELECT count(*) FROM plan_session_exercises"), "0\n") << "exercises deleted with the plan";
}

TEST_F(CliPlan, ScheduleSetShowAndUse) {
  const auto shown_default = run({"schedule", "show"});
  EXPECT_EQ(shown_default.status, 0);
  EXPECT_NE(shown_default.out.find("week:\n  mon: rest\n"), std::string::npos) << shown_default.out;
  write_file(dir / "bad.yaml", "strength:\n  sessions: 9\n");
  const auto refused = run({"schedule", "set", (dir / "bad.yaml").string()});
  EXPECT_EQ(refused.status, 2);
  EXPECT_NE(refused.err.find("bad.yaml: strength.sessions: must be between 1 and 4 (got 9)"), std::string::npos)
      << refused.err;
  ASSERT_EQ(run({"schedule", "set", schedule}).status, 0);
  EXPECT_EQ(run({"schedule", "show"}).out, example_yaml);
  const auto plan = run({"plan", "--format", "json", "--no-save", "-o", (dir / "p.json").string()});
  ASSERT_EQ(plan.status, 0) << plan.err;
  EXPECT_EQ(plan.err.find("default week"), std::string::npos);
  const auto doc = nlohmann::json::parse(read_file(dir / "p.json"));
  EXPECT_EQ(doc["plan"]["race"], "2027-02-28");
  EXPECT_EQ(doc["plan"]["start"], "2026-12-07");
}

// The exercises of every session of a JSON plan (warm-up and main block), without the notes.
nlohmann::json session_exercises(const std::string& plan_json) {
  auto all = nlohmann::json::array();
  const auto plan = nlohmann::json::parse(plan_json);
  for (const auto& week : plan["weeks"]) {
    for (const auto& session : week["sessions"]) all.push_back({session["warmup"], session["exercises"]});
  }
  return all;
}

TEST_F(CliPlan, AnExerciseInSeveralArticlesIsPlannedOnceFromTheFirstImported) {
  const auto seed = read_file(std::string(RS_SOURCE_DIR) + "/content/strength-training-for-runners.md");
  write_file(dir / "one/a.md", seed);
  // The same article again under another slug, with another video for Mountain Pose.
  std::string copy = seed;
  copy.replace(copy.find("slug: strength-training-for-runners"), 35, "slug: another-coach");
  copy.replace(copy.find("5IajJyMbOyo"), 11, "AAAAAAAAAAA");
  write_file(dir / "two/a.md", seed);
  write_file(dir / "two/b.md", copy);
  write_file(dir / "schedule.yaml", example_yaml);
  std::vector<std::string> plans;
  for (const auto* folder : {"one", "two"}) {
    const auto db = (dir / (std::string(folder) + ".db")).string();
    ASSERT_EQ(run_cli({"--db", db, "import", (dir / folder).string()}).status, 0);
    const auto plan = run_cli({"--db", db, "plan", "--schedule", (dir / "schedule.yaml").string(), "--weeks", "12",
                               "--format", "json", "--no-save"});
    ASSERT_EQ(plan.status, 0) << plan.err;
    plans.push_back(plan.out);
  }
  const auto once = session_exercises(plans[0]);
  const auto twice = session_exercises(plans[1]);
  EXPECT_EQ(twice, once);  // same exercises, levels, doses and videos (a.md's, imported first)
  EXPECT_EQ(plans[1].find("AAAAAAAAAAA"), std::string::npos);
  for (const auto& session : twice) {
    std::set<std::string> slugs;
    for (const auto& block : session) {
      for (const auto& item : block) EXPECT_TRUE(slugs.insert(item["slug"].get<std::string>()).second) << item["slug"];
    }
  }
}

TEST_F(CliPlan, DaysOptionPlansOnlyThoseDaysAndSaysWhichWasRefused) {
  const auto result = run({"plan", "--schedule", schedule, "--no-save", "--weeks", "2", "--days", "fri,sat"});
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.out.find("Week 1, fri 2026-12-11 (rest-day"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("Week 1, tue"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("weeks 1-2: sat, one of your strength days, refused: the day before your long run"),
            std::string::npos)
      << result.out;
  const auto bad = run({"plan", "--schedule", schedule, "--no-save", "--days", "fri,funday"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--days: unknown weekday \"funday\""), std::string::npos) << bad.err;
}

TEST_F(CliPlan, RacesUntilRaceAndARaceBeyondThePlan) {
  const std::string races = (dir / "races.yaml").string();
  write_file(races, std::string(example_yaml).replace(std::string(example_yaml).find("race: 2027-02-28\n"), 17,
                                                      "races:\n  - {date: 2027-01-10, distance: 10k, priority: B}\n"
                                                      "  - {date: 2027-03-14, distance: marathon, priority: A}\n"));
  const auto short_plan = run({"plan", "--schedule", races, "--no-save", "--format", "json"});
  ASSERT_EQ(short_plan.status, 0) << short_plan.err;
  const auto doc = nlohmann::json::parse(short_plan.out);
  EXPECT_EQ(doc["plan"]["race"], "2027-03-14");
  EXPECT_EQ(doc["plan"]["races"][0]["priority"], "B");
  EXPECT_EQ(doc["weeks"][5]["phase"], "recovery") << "the week after the 10k's 3 days";
  EXPECT_EQ(doc["warnings"].back(),
            "your A race (marathon) on 2027-03-14 is in week 14, after the plan's last week (8): no taper or "
            "recovery is planned for it; plan with --weeks 14 (or --until-race) to reach it");
  const auto until = run({"plan", "--schedule", races, "--no-save", "--until-race"});
  ASSERT_EQ(until.status, 0) << until.err;
  EXPECT_NE(until.out.find("start 2026-12-07, 18 weeks, race 2027-01-10 (B, 10k), race 2027-03-14 (A, marathon)"),
            std::string::npos)
      << until.out;
  EXPECT_NE(until.out.find("\n18    recovery  "), std::string::npos) << until.out;
  const auto both = run({"plan", "--schedule", races, "--no-save", "--until-race", "--weeks", "4"});
  EXPECT_EQ(both.status, 2);
  EXPECT_NE(both.err.find("--until-race sets the plan's length"), std::string::npos) << both.err;
  write_file(races, "races:\n  - {date: 2027-03-14, distance: 12 furlongs}\n");
  const auto bad = run({"plan", "--schedule", races, "--no-save"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find(":2: races.distance: unknown distance \"12 furlongs\""), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace rs::test

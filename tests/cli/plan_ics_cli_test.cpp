// CLI tests for `plan --format ics` and `plan --replan ID` on a library imported from the shipped
// content: the calendar passes the four-stage validator, and a re-plan keeps UIDs and raises
// SEQUENCE exactly on the sessions that changed.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <map>
#include <utility>
#include <vector>

#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

class PlanIcs : public LibraryTest {
 protected:
  void SetUp() override {
    ASSERT_EQ(run({"import", std::string(RS_SOURCE_DIR) + "/content"}).status, 0);
    write_file(dir / "week.yaml",
               "start: 2026-12-07\nrace: 2027-02-28\nexperience: returning\n"
               "strength: {sessions: 2, minutes: 30, time: \"18:30\", timezone: Europe/London, equipment: home}\n"
               "week: {mon: rest, tue: intervals, wed: easy, thu: tempo, fri: rest, sat: easy, sun: long}\n");
  }
  nlohmann::json plan_json(const std::string& id) {
    const auto result = run({"plan", "show", id, "--format", "json"});
    EXPECT_EQ(result.status, 0) << result.err;
    return nlohmann::json::parse(result.out);
  }
  static std::map<std::string, nlohmann::json> sessions_by_uid(const nlohmann::json& plan) {
    std::map<std::string, nlohmann::json> sessions;
    for (const auto& week : plan["weeks"]) {
      for (const auto& session : week["sessions"]) sessions[session["uid"].get<std::string>()] = session;
    }
    return sessions;
  }
};

TEST_F(PlanIcs, TimedPlanWithZoneValidatesWithOneEventPerSession) {
  const auto ics = dir / "plan.ics";
  const auto result = run({"plan", "--schedule", (dir / "week.yaml").string(), "--weeks", "12", "--format", "ics",
                           "--alarm", "30", "-o", ics.string()});
  ASSERT_EQ(result.status, 0) << result.err;
  const auto sessions = sessions_by_uid(plan_json("1"));
  ASSERT_GT(sessions.size(), 10u);
  const std::string text = read_file(ics);
  EXPECT_NE(text.find("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"), std::string::npos);
  EXPECT_NE(text.find("DTSTART;TZID=Europe/London:20261208T183000\r\n"), std::string::npos) << text.substr(0, 3000);
  EXPECT_NE(text.find("TRIGGER:-PT30M"), std::string::npos);
  for (const auto& [uid, session] : sessions) EXPECT_NE(text.find("UID:" + uid.substr(0, 40)), std::string::npos) << uid;
  const std::string validate = "ICALCHECK='" RS_ICALCHECK_PATH "' '" RS_TESTS_DIR "/tools/ics/validate-ics.sh' '" +
                               ics.string() + "' " + std::to_string(sessions.size()) + " >'" +
                               (dir / "validate.log").string() + "' 2>&1";
  EXPECT_EQ(std::system(validate.c_str()), 0) << read_file(dir / "validate.log");
  // The same saved plan exports byte for byte the same.
  const auto again = run({"export", "1", "--format", "ics", "--alarm", "30"});
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(again.out, text);
}

TEST_F(PlanIcs, ReplanKeepsUidsAndRaisesSequenceExactlyOnChangedSessions) {
  ASSERT_EQ(run({"plan", "--schedule", (dir / "week.yaml").string(), "--format", "json"}).status, 0);
  const auto before = plan_json("1");
  // Unchanged inputs: every session keeps its UID and its sequence.
  ASSERT_EQ(run({"plan", "--replan", "1", "--format", "json"}).status, 0);
  const auto same = plan_json("1");
  ASSERT_EQ(sessions_by_uid(same).size(), sessions_by_uid(before).size());
  for (const auto& [uid, session] : sessions_by_uid(same)) EXPECT_EQ(session["sequence"], 0) << uid;
  EXPECT_EQ(same["plan"]["id"], 1);
  // Thursday's tempo becomes an easy run: Thursday sessions change, Tuesday's stay as they were.
  const auto moved = run({"plan", "--replan", "1", "--week",
                          "mon=rest,tue=intervals,wed=easy,thu=easy,fri=rest,sat=easy,sun=long", "--format", "json"});
  ASSERT_EQ(moved.status, 0) << moved.err;
  const auto after = plan_json("1");
  EXPECT_EQ(after["plan"]["id"], 1);
  int changed = 0, kept = 0;
  const auto old_sessions = sessions_by_uid(before);
  for (const auto& [uid, session] : sessions_by_uid(after)) {
    const auto old = old_sessions.find(uid);
    if (old == old_sessions.end()) continue;
    auto strip = [](nlohmann::json value) {
      value.erase("sequence");
      return value;
    };
    const bool differs = strip(old->second) != strip(session);
    EXPECT_EQ(session["sequence"].get<int>(), differs ? 1 : 0) << uid;
    (differs ? changed : kept) += 1;
  }
  EXPECT_GT(changed, 0);
  EXPECT_GT(kept, 0);
  EXPECT_EQ(nlohmann::json::parse(run({"plans", "--json"}).out).size(), 1u) << "a re-plan creates no new plan";
}

TEST_F(PlanIcs, BadCombinationsAreUsageErrors) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> refused = {
      {{"plan", "--no-save", "--format", "text", "--alarm", "10"}, "--alarm applies to --format ics only"},
      {{"plan", "--replan", "99"}, "no saved plan with id 99"},
      {{"plan", "--format", "pdf"}, "--format: unknown format 'pdf'; one of: text, json, ics, html"},
  };
  for (const auto& [args, message] : refused) {
    const auto result = run(args);
    EXPECT_EQ(result.status, 2) << message;
    EXPECT_NE(result.err.find("runstrength: error: " + message), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "") << message;
  }
}

}  // namespace
}  // namespace rs::test

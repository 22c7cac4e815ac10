// CLI tests of minutes as a target on the shipped article: `plan --minutes N --format json` for 20,
// 30, 45 and 60 minutes through the real program; each session's estimate within its target and
// its parts adding up, base and build sessions filled to 80% or the plan's warning with the figure,
// deload sessions even; the text shows "about N of M min" and the estimate's parts.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

const std::string seed = std::string(RS_SOURCE_DIR) + "/content/strength-training-for-runners.md";

class CliMinutes : public LibraryTest {
 protected:
  void SetUp() override { ASSERT_EQ(run({"import", seed}).status, 0); }
  nlohmann::json plan(int minutes, const char* experience = "new") {
    const auto result = run({"plan", "--no-save", "--minutes", std::to_string(minutes), "--experience", experience,
                             "--weeks", "12", "--start", "2026-12-07", "--format", "json"});
    EXPECT_EQ(result.status, 0) << result.err;
    return nlohmann::json::parse(result.out);
  }
};

bool warns_unfilled(const nlohmann::json& doc) {
  return std::any_of(doc["warnings"].begin(), doc["warnings"].end(), [](const nlohmann::json& warning) {
    return warning.get<std::string>().find("these levels fill about ") != std::string::npos;
  });
}

TEST_F(CliMinutes, SessionsFillTowardTheMinutesOrTheWarningSaysSo) {
  for (const char* experience : {"new", "returning"}) {
    for (int minutes : {20, 30, 45, 60}) {
      const auto doc = plan(minutes, experience);
      const std::string at = std::string(experience) + ", " + std::to_string(minutes) + " min";
      bool short_of_target = false;
      for (const auto& week : doc["weeks"]) {
        const std::string phase = week["phase"];
        int least = 1000;
        int most = 0;
        for (const auto& session : week["sessions"]) {
          const int estimate = session["minutes"];
          const int target = session["target_minutes"];
          const auto& parts = session["estimate"];
          EXPECT_EQ(parts["total_seconds"].get<int>(),
                    parts["warmup_seconds"].get<int>() + parts["work_seconds"].get<int>() +
                        parts["rest_seconds"].get<int>() + parts["transition_seconds"].get<int>());
          EXPECT_LE(parts["total_seconds"].get<int>(), target * 60) << at;
          EXPECT_LE(estimate, target) << at;
          if ((phase == "base" || phase == "build") && estimate * 10 < target * 8) short_of_target = true;
          least = std::min(least, estimate);
          most = std::max(most, estimate);
        }
        if (phase == "deload") {
          EXPECT_LE((most - least) * 5, most) << at << ": deload sessions even";
        }
      }
      EXPECT_EQ(warns_unfilled(doc), short_of_target) << at;
    }
  }
}

TEST_F(CliMinutes, FortyFiveMinutesFillOrSayHowFar) {
  // Six foundational exercises: a returning runner's 45 minutes fill, a new runner's (at most 3
  // sets) come to about 33 with the figure in the warning.
  const auto returning = plan(45, "returning");
  for (const auto& session : returning["weeks"][0]["sessions"]) {
    EXPECT_GE(session["minutes"].get<int>(), 36);
  }
  const auto doc = plan(45);
  EXPECT_TRUE(warns_unfilled(doc));
  const int first = doc["weeks"][0]["sessions"][0]["minutes"];
  EXPECT_GT(first, 24) << "more than the coach's sets alone gave";
  bool figure = false;
  for (const auto& warning : doc["warnings"]) {
    figure = figure || warning.get<std::string>().find("fill about " + std::to_string(first) + " of 45 minutes") !=
                           std::string::npos;
  }
  EXPECT_TRUE(figure) << doc["warnings"].dump();
  const auto text = run({"plan", "--no-save", "--minutes", "45", "--start", "2026-12-07"});
  EXPECT_NE(text.out.find("about " + std::to_string(first) + " of 45 min"), std::string::npos);
  EXPECT_NE(text.out.find("  Time: warm-up "), std::string::npos);
}

}  // namespace
}  // namespace rs::test

// Flow test over several sources: replays every input under tests/fuzz/regressions/<target>/
// (inputs that crashed or hung a fuzz target, and hand-written nasty ones) through the fuzz
// targets' own entry functions (tests/fuzz/entries.hpp): each must be accepted or rejected with
// rs::Error, never crash, hang or throw anything else, and its outcome (accepted with what, or
// rejected with which error) must be the one kept beside it in `<input>.expected`. Runs in the normal build (gcc) and under the
// asan preset; docs/fuzzing.md.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "fuzz/entries.hpp"
#include "support/temp_dir.hpp"

namespace rs::fuzz {
namespace {

namespace fs = std::filesystem;

const fs::path regressions = fs::path(RS_TESTS_DIR) / "fuzz" / "regressions";

std::vector<fs::path> inputs_of(const std::string& target) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(regressions / target)) {
    if (entry.is_regular_file() && entry.path().extension() != ".expected") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Runs one target over its folder; returns how many inputs were accepted and rejected.
std::pair<int, int> replay(const Target& target) {
  int accepted = 0;
  int rejected = 0;
  for (const auto& file : inputs_of(target.name)) {
    SCOPED_TRACE(file.string());
    const auto bytes = test::read_file(file);
    try {
      const bool accepted_it = target.entry(bytes) == Outcome::accepted;
      (accepted_it ? accepted : rejected) += 1;
      // The outcome in words agrees with the entry, and with the one kept beside the input.
      const auto outcome = target.outcome(bytes);
      EXPECT_EQ(outcome.rfind(accepted_it ? "accepted:" : "rejected:", 0), 0u) << outcome;
      const auto expected_file = fs::path(file.string() + ".expected");
      if (!fs::exists(expected_file)) {
        ADD_FAILURE() << "no " << expected_file << "; the outcome is:\n" << outcome;
        continue;
      }
      EXPECT_EQ(outcome + "\n", test::read_file(expected_file));
    } catch (const std::exception& error) {
      ADD_FAILURE() << target.name << " on " << file.filename() << ": " << error.what();
    }
  }
  return {accepted, rejected};
}

const Target& target_named(const std::string& name) {
  const auto& all = targets();
  return *std::find_if(all.begin(), all.end(), [&](const Target& target) { return target.name == name; });
}

TEST(FuzzRegressions, EveryTargetHasItsFolder) {
  std::vector<std::string> folders;
  for (const auto& entry : fs::directory_iterator(regressions)) {
    if (entry.is_directory()) folders.push_back(entry.path().filename().string());
  }
  std::sort(folders.begin(), folders.end());
  EXPECT_EQ(folders, (std::vector<std::string>{"fuzz_article", "fuzz_calendar", "fuzz_log_file", "fuzz_route",
                                               "fuzz_schedule", "fuzz_video_link"}));
  for (const auto& target : targets()) {
    EXPECT_GE(inputs_of(target.name).size(), 3u) << target.name;
    // Every kept outcome belongs to an input.
    for (const auto& entry : fs::directory_iterator(regressions / target.name)) {
      if (entry.path().extension() != ".expected") continue;
      auto input = entry.path();
      EXPECT_TRUE(fs::exists(input.replace_extension())) << entry.path() << " has no input";
    }
  }
}

TEST(FuzzRegressions, Article) {
  const auto [accepted, rejected] = replay(target_named("fuzz_article"));
  EXPECT_GT(rejected, 0);  // unclosed front matter, invalid UTF-8 ... are rejected, not crashes
  EXPECT_GT(accepted + rejected, 2);
}

TEST(FuzzRegressions, VideoLink) {
  const auto [accepted, rejected] = replay(target_named("fuzz_video_link"));
  EXPECT_GT(accepted + rejected, 2);
}

TEST(FuzzRegressions, LogFile) {
  const auto [accepted, rejected] = replay(target_named("fuzz_log_file"));
  EXPECT_GT(accepted, 0);  // the hand-written YAML and CSV logs read and round-trip
  EXPECT_GT(rejected, 0);  // bad quotes, numbers and lines are usage errors
}

TEST(FuzzRegressions, Calendar) {
  const auto [accepted, rejected] = replay(target_named("fuzz_calendar"));
  EXPECT_GT(accepted, 0);  // the exports of training apps, a rule with no end, a time zone
  EXPECT_GT(rejected, 0);  // malformed lines, open components, binary bytes name their line
}

TEST(FuzzRegressions, Schedule) {
  const auto [accepted, rejected] = replay(target_named("fuzz_schedule"));
  EXPECT_GT(rejected, 0);  // huge numbers and bad types are usage errors
  EXPECT_GT(accepted + rejected, 2);
}

TEST(FuzzRegressions, Route) {
  const auto [accepted, rejected] = replay(target_named("fuzz_route"));
  EXPECT_EQ(rejected, 0);  // every path is routed somewhere; the invariants are the test
  EXPECT_GT(accepted, 4);
}

// The entries report real outcomes: the shipped article and a plain schedule are accepted, a
// video URL is recognised, and broken inputs are rejected.
TEST(FuzzEntries, AcceptAndRejectRealInputs) {
  const auto seed = test::read_file(fs::path(RS_SOURCE_DIR) / "content" / "strength-training-for-runners.md");
  EXPECT_EQ(article_entry(seed), Outcome::accepted);
  EXPECT_EQ(article_entry(seed.substr(0, 20)), Outcome::rejected);  // front matter cut off
  EXPECT_EQ(video_link_entry("https://youtu.be/AAAAAAAAAAA"), Outcome::accepted);
  EXPECT_EQ(video_link_entry("javascript:https://youtu.be/AAAAAAAAAAA"), Outcome::rejected);
  EXPECT_EQ(schedule_entry("strength:\n  sessions: 3\n  time: \"07:30\"\n  timezone: Europe/London\n"),
            Outcome::accepted);
  EXPECT_EQ(schedule_entry("strength:\n  sessions: 99999999999999999999\n"), Outcome::rejected);
}

}  // namespace
}  // namespace rs::fuzz

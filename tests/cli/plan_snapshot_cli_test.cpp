// A plan made while imports rewrite the library sees one snapshot of it: its exercises, their
// videos and its tips all come from the same version of the article. The article has two
// versions told apart by every row (every exercise name, video id and tip), and imports flip the
// library between them while plans are made over and over.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <memory>
#include <set>
#include <sstream>
#include <thread>

#include "support/library_fixture.hpp"
#include "support/library_snapshot.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

const std::string week_yaml = std::string(RS_TESTS_DIR) + "/fixtures/planner/week.yaml";
const fs::path shipped_article = fs::path(RS_SOURCE_DIR) / "content" / "strength-training-for-runners.md";

class PlanSnapshot : public LibraryTest {};

// The shipped article, marked as version `number` (1 or 2) in every row the plan copies: each
// exercise name ends in " V<number>", each video id starts with the digit <number>, each tip's
// title ends in " v<number>" and its body in "(version <number>)".
std::string article_version(int number) {
  const auto digit = std::to_string(number);
  std::istringstream lines(read_file(shipped_article));
  std::string out;
  int exercises = 0, tips = 0, videos = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("### ", 0) == 0) {
      line += " V" + digit;
      ++exercises;
    } else if (line.rfind("- **", 0) == 0 && line.find("**: ") != std::string::npos) {
      line.insert(line.find("**: "), " v" + digit);
      line += " (version " + digit + ")";
      ++tips;
    } else if (const auto at = line.find("youtube.com/watch?v="); at != std::string::npos) {
      line[at + 20] = digit[0];
      ++videos;
    } else if (const auto vimeo = line.find("vimeo.com/"); vimeo != std::string::npos) {
      line.insert(vimeo + 10, digit);
      ++videos;
    }
    out += line + "\n";
  }
  if (exercises < 6 || tips < 3 || videos < 6) throw std::runtime_error("the shipped article changed shape");
  return out;
}

// The versions (1 or 2) that the rows of one plan (JSON) come from, and how many rows were read.
struct Seen {
  std::set<char> versions;
  int exercises = 0, videos = 0, tips = 0;
};

Seen versions_in(const nlohmann::json& plan) {
  Seen seen;
  const auto version_of = [&](const std::string& text, std::size_t at) {
    EXPECT_LT(at, text.size()) << text;
    if (at < text.size()) seen.versions.insert(text[at]);
  };
  for (const auto& week : plan["weeks"]) {
    for (const auto& session : week["sessions"]) {
      for (const auto* list : {"warmup", "exercises"}) {
        for (const auto& exercise : session[list]) {
          if (exercise["level"] == "warm-up") continue;  // the planner's own warm-up, not an article's
          const auto name = exercise["name"].get<std::string>();
          EXPECT_TRUE(name.size() > 3 && name[name.size() - 2] == 'V') << name;
          version_of(name, name.size() - 1);
          ++seen.exercises;
          if (exercise["video"].is_null()) continue;
          version_of(exercise["video"]["id"].get<std::string>(), 0);
          ++seen.videos;
        }
      }
      // Each tip in a note ends in "(version N)".
      const auto note = session["note"].get<std::string>();
      for (auto at = note.find("(version "); at != std::string::npos; at = note.find("(version ", at + 1)) {
        version_of(note, at + 9);
        ++seen.tips;
      }
    }
  }
  return seen;
}

TEST_F(PlanSnapshot, APlanMadeWhileImportsRewriteTheLibraryComesFromOneVersion) {
  const fs::path one = write_content("one/article.md", article_version(1));
  const fs::path two = write_content("two/article.md", article_version(2));
  ASSERT_EQ(import({one.string()}).status, 0);

  // Imports flip the article between its versions, one after the other, for as long as plans are
  // made; each must succeed (the library's writes wait for each other within the busy timeout).
  int flips = 0;
  std::unique_ptr<CliProcess> importing;
  const auto next_import = [&] {
    if (importing) {
      const auto result = importing->finish();
      EXPECT_EQ(result.status, 0) << result.err;
    }
    importing = std::make_unique<CliProcess>(
        std::vector<std::string>{"--db", db, "import", (++flips % 2 == 0 ? one : two).string()});
  };
  next_import();

  std::set<char> versions_seen;
  int plans = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(4);
  while (plans < 12 || (versions_seen.size() < 2 && std::chrono::steady_clock::now() < deadline)) {
    CliProcess planning({"--db", db, "plan", "--schedule", week_yaml, "--format", "json"});
    while (planning.running()) {
      if (!importing->running()) next_import();
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    // A busy library is not skipped: the plan must have been made (it waits within the timeout).
    const auto planned = planning.finish();
    ASSERT_EQ(planned.status, 0) << planned.err;
    ++plans;
    const auto seen = versions_in(nlohmann::json::parse(planned.out));
    ASSERT_EQ(seen.versions.size(), 1u) << "plan " << plans << " mixes versions:\n" << planned.out;
    EXPECT_GT(seen.exercises, 0);
    EXPECT_GT(seen.videos, 0);
    EXPECT_GT(seen.tips, 0);
    versions_seen.insert(*seen.versions.begin());
  }
  const auto last = importing->finish();
  EXPECT_EQ(last.status, 0) << last.err;

  // The imports did flip the library under the plans: both versions were planned from.
  EXPECT_EQ(versions_seen, (std::set<char>{'1', '2'})) << plans << " plans, " << flips << " imports";
  EXPECT_GE(flips, 4);
  EXPECT_EQ(library_problems(db), "");
}

}  // namespace
}  // namespace rs::test

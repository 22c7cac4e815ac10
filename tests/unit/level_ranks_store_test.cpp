// Flow test (app/import_library, attributes/levels, store/level_ranks_store, planner): two and three
// articles whose levels use different names and start at different steps get the global ranks of
// content/levels.yaml (and of their front matter mapping) in the library, `levels` and plans; an
// unknown name is warned; warm-ups never go above rank 0 and week 1 of a new or returning runner
// never above rank 1. A library stored before global ranks is ranked by the next import.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "app/import_library.hpp"
#include "app/make_plan.hpp"
#include "store/library_browse.hpp"
#include "store/library_queries.hpp"
#include "support/imported_library.hpp"
#include "support/temp_dir.hpp"

namespace rs::app {
namespace {

namespace fs = std::filesystem;

// An article of `levels` (heading text -> exercise names), with `front` added to its front matter.
void write_article(const fs::path& file, const std::string& slug, const std::string& front,
                   const std::vector<std::pair<std::string, std::vector<std::string>>>& levels) {
  std::ofstream out(file);
  out << "---\ntitle: " << slug << "\nslug: " << slug << "\n" << front << "---\n\n## Key points\n\n- **" << slug
      << " tip**: from " << slug << ".\n";
  int video = 100;
  for (const auto& [heading, names] : levels) {
    out << "\n## " << heading << "\n";
    for (const auto& name : names) out << "\n### " << name << "\n\nhttps://vimeo.com/" << ++video << "\n";
  }
}

class LevelRanks : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir / "src");
    fs::copy_file(test::source_dir / "content" / "strength-training-for-runners.md", dir / "src" / "a.md");
    // Starts at the second step, names it differently.
    write_article(dir / "src" / "b.md", "second-article", "",
                  {{"Level 2: Intermediate", {"Bulgarian Split Squat", "Single-leg Deadlift", "Copenhagen Plank"}},
                   {"Level 3: Advanced", {"Box Jumps", "Bounding", "Pistol Squat"}}});
  }

  ImportReport import() {
    ImportRequest request;
    request.paths = {(dir / "src").string()};
    request.content_dir = test::source_dir / "content";
    request.jobs = 1;
    return import_library(library, request);
  }

  std::map<std::string, int> ranks() {
    std::map<std::string, int> ranks;
    for (const auto& exercise : store::list_exercises(library.db())) ranks[exercise.slug] = exercise.level_rank;
    return ranks;
  }

  // Checks the warm-up and week-1 rules over a 12-week plan for `experience`.
  void check_plan(const char* experience) {
    SCOPED_TRACE(experience);
    PlanRequest request;
    request.schedule_file = test::week_file;
    request.today = *parse_date("2026-11-30");
    request.weeks = 12;
    request.save = false;
    request.overrides.experience = experience;
    const auto plan = make_plan(library.db(), request).plan;
    int top = 0;
    for (const auto& week : plan.weeks) {
      for (const auto& session : week.sessions) {
        for (const auto& item : session.warmup) {
          if (item.level != "warm-up") {
            EXPECT_EQ(item.level_rank, 0) << item.slug << " in a warm-up";
          }
        }
        for (const auto& item : session.exercises) {
          if (week.number == 1 && std::string(experience) != "experienced") {
            EXPECT_LE(item.level_rank, 1) << item.slug << " in week 1";
          }
          top = std::max(top, item.level_rank);
        }
      }
    }
    EXPECT_EQ(top, 3) << "the advanced level comes in within 12 weeks";
  }

  test::TempDir dir;
  Library library{dir / "lib.db"};
};

TEST_F(LevelRanks, TwoArticlesStartingAtDifferentStepsShareOneOrder) {
  const auto report = import();
  ASSERT_FALSE(report.any_failed());
  const auto r = ranks();
  EXPECT_EQ(r.at("body-squat"), 0);
  EXPECT_EQ(r.at("goblet-squats"), 1);
  EXPECT_EQ(r.at("bulgarian-split-squat"), 2);  // "Level 2: Intermediate" is follow-on, not rank 0
  EXPECT_EQ(r.at("box-jumps"), 3);
  for (const auto& level : store::list_levels(library.db())) {
    if (level.article_slug == "second-article") {
      EXPECT_GE(level.rank, 2) << level.name;
    }
  }
  check_plan("new");
  check_plan("returning");
  check_plan("experienced");
}

TEST_F(LevelRanks, AThirdArticleMapsItsOwnNamesAndAnUnknownNameIsWarned) {
  write_article(dir / "src" / "c.md", "third-article", "levels:\n  \"Exercises 2\": follow-on\n",
                {{"Exercises 2", {"Step Downs", "Nordic Curl"}}, {"Odd Extras", {"Sled Push"}}});
  const auto report = import();
  ASSERT_FALSE(report.any_failed());
  const auto r = ranks();
  EXPECT_EQ(r.at("step-downs"), 2);
  EXPECT_EQ(r.at("sled-push"), 3);  // after the article's last known level, follow-on
  const FileReport* third = nullptr;
  for (const auto& file : report.files) third = file.slug == "third-article" ? &file : third;
  ASSERT_NE(third, nullptr);
  std::vector<model::Warning> level_warnings;
  for (const auto& warning : third->warnings) {
    if (warning.message.rfind("level '", 0) == 0) level_warnings.push_back(warning);
  }
  ASSERT_EQ(level_warnings.size(), 1u);  // "Exercises 2" is mapped: only "Odd Extras" is unknown
  EXPECT_NE(level_warnings[0].message.find("level 'Odd Extras' matches no level of levels.yaml"), std::string::npos);
  EXPECT_NE(level_warnings[0].message.find("levels: {\"Odd Extras\": advanced}"), std::string::npos);
  EXPECT_GT(level_warnings[0].line, 0);
  check_plan("new");
  check_plan("returning");
}

TEST_F(LevelRanks, ALibraryStoredBeforeGlobalRanksIsRankedByTheNextImport) {
  ASSERT_FALSE(import().any_failed());
  // As migration 0008 leaves an older library: the article order, no fingerprint.
  {
    SQLite::Database sql((dir / "lib.db").string(), SQLite::OPEN_READWRITE);
    sql.exec("UPDATE levels SET global_rank = rank; DELETE FROM library_meta WHERE key = 'levels_fingerprint'");
  }
  Library reopened(dir / "lib.db");
  EXPECT_EQ(store::list_distinct_exercises(reopened.db()).size(), ranks().size());
  EXPECT_EQ(ranks().at("bulgarian-split-squat"), 0);
  const auto again = import();
  for (const auto& file : again.files) EXPECT_EQ(file.status, FileStatus::unchanged) << file.path;
  EXPECT_EQ(ranks().at("bulgarian-split-squat"), 2);
  EXPECT_EQ(ranks().at("box-jumps"), 3);
}

}  // namespace
}  // namespace rs::app

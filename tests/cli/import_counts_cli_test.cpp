// CLI tests for the counts an import reports: each article's levels, exercises, videos and tips are
// stored with it (articles.level_count ...) and stay equal to its rows through new, updated,
// unchanged, failed and pruned files; the run's video total stays the number of distinct videos of
// the articles it reports, whether it covers the whole library or part of it, and in dry runs.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

// An article with one level holding one exercise per video id (ids may repeat) and `tips` tips.
std::string article(const std::string& slug, const std::vector<std::string>& videos, int tips = 0) {
  std::string text = "---\ntitle: Article " + slug + "\nslug: " + slug + "\n---\n\n## Basics\n";
  for (std::size_t i = 0; i < videos.size(); ++i) {
    text += "\n### Move " + std::to_string(i + 1) + "\n\nhttps://vimeo.com/" + videos[i] + "\n";
  }
  if (tips > 0) text += "\n## Notes\n\n";
  for (int i = 1; i <= tips; ++i) text += "- **Tip " + std::to_string(i) + "**: do it.\n";
  return text;
}

class ImportCountsCli : public LibraryTest {
 protected:
  std::string one = (dir / "one").string();  // a.md
  std::string two = (dir / "two").string();  // b.md, c.md

  void SetUp() override {
    write_file(dir / "one/a.md", article("a", {"1", "2"}, 2));
    write_file(dir / "two/b.md", article("b", {"2", "3"}));
    write_file(dir / "two/c.md", article("c", {"3", "4", "4"}, 1));
  }

  // Runs `import --json ARGS` and returns the parsed report.
  nlohmann::json import(std::vector<std::string> args, int status = 0) const {
    args.insert(args.begin(), {"import", "--json"});
    const auto result = run(args);
    EXPECT_EQ(result.status, status) << result.err;
    return nlohmann::json::parse(result.out);
  }

  // Articles whose stored counts differ from their rows (none expected).
  std::string stale_counts() const {
    return sql(
        "SELECT slug FROM articles a WHERE level_count <> (SELECT count(*) FROM levels WHERE article_id = a.id) "
        "OR exercise_count <> (SELECT count(*) FROM exercises WHERE article_id = a.id) "
        "OR video_count <> (SELECT count(DISTINCT video_provider || ':' || video_id) FROM exercises "
        "WHERE article_id = a.id) "
        "OR tip_count <> (SELECT count(*) FROM tips WHERE article_id = a.id)");
  }
};

// slug -> "status levels/exercises/videos/tips" of every file of a report.
std::map<std::string, std::string> files_of(const nlohmann::json& report) {
  std::map<std::string, std::string> files;
  for (const auto& file : report["files"]) {
    const auto& counts = file["counts"];
    files[file["slug"].is_null() ? file["path"].get<std::string>() : file["slug"].get<std::string>()] =
        file["status"].get<std::string>() + " " + std::to_string(counts["levels"].get<int>()) + "/" +
        std::to_string(counts["exercises"].get<int>()) + "/" + std::to_string(counts["videos"].get<int>()) + "/" +
        std::to_string(counts["tips"].get<int>());
  }
  return files;
}

TEST_F(ImportCountsCli, StoredCountsFollowEveryWriteAndReportUnchangedArticles) {
  const auto first = import({one, two});
  EXPECT_EQ(files_of(first),
            (std::map<std::string, std::string>{{"a", "new 1/2/2/2"}, {"b", "new 1/2/2/0"}, {"c", "new 1/3/2/1"}}));
  EXPECT_EQ(sql("SELECT slug, level_count, exercise_count, video_count, tip_count FROM articles ORDER BY slug"),
            "a|1|2|2|2\nb|1|2|2|0\nc|1|3|2|1\n");
  EXPECT_EQ(stale_counts(), "");

  // Unchanged files report their stored counts, as they were reported when new.
  const auto again = import({one, two});
  EXPECT_EQ(files_of(again), (std::map<std::string, std::string>{
                                 {"a", "unchanged 1/2/2/2"}, {"b", "unchanged 1/2/2/0"}, {"c", "unchanged 1/3/2/1"}}));
  EXPECT_EQ(again["totals"]["videos"], 4);
  EXPECT_EQ(again["totals"]["exercises"], 7);
  EXPECT_EQ(again["totals"]["tips"], 3);

  // An update stores the new counts.
  write_file(dir / "one/a.md", article("a", {"4", "5", "6"}, 1));
  const auto updated = import({one, two});
  EXPECT_EQ(files_of(updated)["a"], "updated 1/3/3/1");
  EXPECT_EQ(sql("SELECT level_count, exercise_count, video_count, tip_count FROM articles WHERE slug = 'a'"),
            "1|3|3|1\n");
  EXPECT_EQ(updated["totals"]["videos"], 5);  // 2 3 (b), 3 4 (c), 4 5 6 (a)
  EXPECT_EQ(stale_counts(), "");

  // A file that now gives another slug replaces its article: the new one has its own counts.
  write_file(dir / "two/b.md", article("b2", {"7"}));
  const auto renamed = import({one, two});
  EXPECT_EQ(files_of(renamed)["b2"], "new 1/1/1/0");
  EXPECT_EQ(sql("SELECT slug, video_count FROM articles ORDER BY slug"), "a|3\nb2|1\nc|2\n");
  EXPECT_EQ(stale_counts(), "");

  // Pruning leaves the other articles' counts alone.
  fs::remove(dir / "two/c.md");
  const auto pruned = import({"--prune", one, two});
  EXPECT_EQ(files_of(pruned)["c"], "pruned 0/0/0/0");
  EXPECT_EQ(sql("SELECT slug, level_count, exercise_count, video_count, tip_count FROM articles ORDER BY slug"),
            "a|1|3|3|1\nb2|1|1|1|0\n");
  EXPECT_EQ(pruned["totals"]["videos"], 4);  // 4 5 6 7
  EXPECT_EQ(sql("SELECT count(*) FROM videos"), "4\n");
  EXPECT_EQ(stale_counts(), "");
}

TEST_F(ImportCountsCli, VideoTotalCountsEachVideoOnceOverTheReportedArticlesOnly) {
  EXPECT_EQ(import({one, two})["totals"]["videos"], 4);                     // 1 2 3 4
  EXPECT_EQ(import({one, two})["totals"]["videos"], 4);                     // every stored article unchanged
  EXPECT_EQ(import({one})["totals"]["videos"], 2);                          // a: 1 2
  EXPECT_EQ(import({two})["totals"]["videos"], 3);                          // b, c: 2 3 4 (1 is a's alone)
  EXPECT_EQ(import({(dir / "two/c.md").string()})["totals"]["videos"], 2);  // 3 4

  // A dry run counts the videos of what it read (a: 4 5) with those of the unchanged articles
  // (b, c: 2 3 4), not those of a's stored version (1 2).
  write_file(dir / "one/a.md", article("a", {"4", "5"}));
  const auto dry = import({"--dry-run", one, two});
  EXPECT_EQ(files_of(dry)["a"], "updated 1/2/2/0");
  EXPECT_EQ(dry["totals"]["videos"], 4);                             // 2 3 4 5
  EXPECT_EQ(sql("SELECT count(*) FROM videos"), "4\n");              // still 1 2 3 4
  EXPECT_EQ(import({one, two})["totals"]["videos"], 4);              // written: 2 3 4 5

  // A failed file keeps its stored article, which the total leaves out (b alone uses 2).
  write_file(dir / "two/b.md", "---\ntitle: broken\n");
  const auto failed = import({one, two}, 1);
  EXPECT_EQ(files_of(failed)["a"], "unchanged 1/2/2/0");
  EXPECT_EQ(failed["totals"]["failed"], 1);
  EXPECT_EQ(failed["totals"]["videos"], 3);  // 3 4 5

  // A dry run into a library that does not exist counts what it read.
  const auto fresh = run_cli({"--db", (dir / "none.db").string(), "import", "--json", "--dry-run", two});
  EXPECT_EQ(nlohmann::json::parse(fresh.out)["totals"]["videos"], 2);  // c: 3 4 (b failed)
  EXPECT_FALSE(fs::exists(dir / "none.db"));
}


// The "N videos" of a text report ("" when the report has none).
std::string reported_videos(const std::string& report) {
  static const std::regex videos(", ([0-9]+) videos?,");
  std::smatch match;
  return std::regex_search(report, match, videos) ? match[1].str() : "";
}

// Each run's reported video total is the true distinct count (the `videos` view) through a first
// import, an unchanged re-import (the kept total), an article whose videos changed, and a prune.
TEST_F(ImportCountsCli, ReportedVideoTotalIsTheTrueCountThroughKeptTotals) {
  const auto three = dir / "three";
  write_file(three / "a.md", article("a", {"1", "2"}));
  write_file(three / "b.md", article("b", {"2", "3"}));
  write_file(three / "c.md", article("c", {"3", "4", "4"}));
  const auto text_import = [&](std::vector<std::string> args) {
    args.insert(args.begin(), "import");
    args.push_back(three.string());
    const auto result = run(args);
    EXPECT_EQ(result.status, 0) << result.err;
    return result.out;
  };
  const auto true_count = [&] {
    auto count = sql("SELECT count(*) FROM videos");
    count.pop_back();  // the newline
    return count;
  };
  const auto kept_total = [&] { return sql("SELECT value FROM library_meta WHERE key = 'video_total'"); };

  const auto first = text_import({});
  EXPECT_NE(first.find("3 new"), std::string::npos) << first;
  EXPECT_EQ(reported_videos(first), "4") << first;  // 1 2 3 4
  EXPECT_EQ(true_count(), "4");
  EXPECT_EQ(kept_total(), "4\n");

  const auto unchanged = text_import({});
  EXPECT_NE(unchanged.find("3 unchanged"), std::string::npos) << unchanged;
  EXPECT_EQ(reported_videos(unchanged), "4") << unchanged;
  EXPECT_EQ(true_count(), "4");

  // a: 1 2 -> 5 6. The kept 4 would now be wrong.
  write_file(three / "a.md", article("a", {"5", "6"}));
  const auto changed = text_import({});
  EXPECT_NE(changed.find("1 updated"), std::string::npos) << changed;
  EXPECT_EQ(reported_videos(changed), "5") << changed;  // 2 3 4 5 6
  EXPECT_EQ(true_count(), "5");
  EXPECT_EQ(kept_total(), "5\n");
  EXPECT_EQ(reported_videos(text_import({})), "5");  // unchanged again: the new kept total

  // c goes: 4 was c's alone (3 is still b's).
  fs::remove(three / "c.md");
  const auto pruned = text_import({"--prune"});
  EXPECT_NE(pruned.find("1 pruned"), std::string::npos) << pruned;
  EXPECT_EQ(reported_videos(pruned), "4") << pruned;  // 2 3 5 6
  EXPECT_EQ(true_count(), "4");
  EXPECT_EQ(kept_total(), "4\n");
  EXPECT_EQ(reported_videos(text_import({})), "4");
  EXPECT_EQ(sql("SELECT slug FROM articles ORDER BY slug"), "a\nb\n");
}

}  // namespace
}  // namespace rs::test

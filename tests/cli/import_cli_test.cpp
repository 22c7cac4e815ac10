// CLI tests for `runstrength import`: the seed article's exact rows, the dialect folder, reports,
// re-imports, updates and --prune, through the real binary and a temporary library.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <SQLiteCpp/Database.h>

#include <filesystem>

#include "support/library_dump.hpp"
#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

const std::string seed = std::string(RS_SOURCE_DIR) + "/content/strength-training-for-runners.md";
const std::string dialect = std::string(RS_TESTS_DIR) + "/fixtures/import/dialect";

std::string article(const std::string& slug, const std::string& video_id, const std::string& extra = "") {
  return "---\ntitle: Article " + slug + "\nslug: " + slug + "\n---\n\n## Basics\n\n### Move " + slug +
         "\n\nhttps://vimeo.com/" + video_id + "\n" + extra;
}

class ImportCli : public LibraryTest {};

TEST_F(ImportCli, SeedArticleGivesExactRows) {
  const auto result = run({"import", seed});
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out,
            "imported 1 file: 1 new, 0 updated, 0 unchanged, 0 skipped, 0 failed; 2 levels, 8 exercises, 4 videos, "
            "5 tips; 0 warnings\n");
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(sql("SELECT slug, rank, name FROM levels ORDER BY rank"), "basics|0|Basics\nfoundational|1|Foundational\n");
  EXPECT_EQ(sql("SELECT l.slug, e.name, e.column_number, e.position, e.video_provider, e.video_id FROM exercises e "
                "JOIN levels l ON l.article_id = e.article_id AND l.rank = e.level_rank ORDER BY l.rank, e.position"),
            "basics|Mountain Pose|1|1|youtube|5IajJyMbOyo\n"
            "basics|Body Squat|2|2|youtube|yIa7PGJRTi0\n"
            "foundational|Oblique twists|1|1|vimeo|143363985\n"
            "foundational|Ab-wheel Holds|1|2|vimeo|143363985\n"
            "foundational|Side Plank|1|3|vimeo|143363985\n"
            "foundational|Goblet squats|2|4|vimeo|134393784\n"
            "foundational|Weighted Sit-up|2|5|vimeo|134393784\n"
            "foundational|Glute Walk-Outs|2|6|vimeo|134393784\n");
  EXPECT_EQ(sql("SELECT v.provider_id, count(*) FROM videos v "
                "JOIN exercises e ON e.video_provider = v.provider AND e.video_id = v.provider_id "
                "GROUP BY v.provider, v.provider_id ORDER BY v.provider_id"),
            "134393784|3\n143363985|3\n5IajJyMbOyo|1\nyIa7PGJRTi0|1\n");
  EXPECT_EQ(sql("SELECT count(*) FROM videos"), "4\n");
  EXPECT_EQ(sql("SELECT position, title FROM tips ORDER BY position"),
            "1|Stretch before each workout\n2|Go slow\n3|Technique is key\n4|Everything is interconnected\n"
            "5|Training is about conditioning\n");
  EXPECT_EQ(sql("SELECT slug, published_date, json_extract(front_matter, '$.year') FROM articles"),
            "strength-training-for-runners|2023-01-01|2024\n");
}

TEST_F(ImportCli, DefaultsToTheContentFolder) {
  CliOptions options;
  options.env["RUNSTRENGTH_CONTENT"] = std::string(RS_SOURCE_DIR) + "/content";
  const auto result = run({"import"}, options);
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(sql("SELECT slug FROM articles"), "strength-training-for-runners\n");
}

TEST_F(ImportCli, DialectFolderImportsArticlesAndSkipsDraftsAndOtherPages) {
  const auto result = run({"import", "--json", dialect});
  ASSERT_EQ(result.status, 0) << result.err;
  const auto report = nlohmann::json::parse(result.out);
  std::map<std::string, std::string> status;
  for (const auto& file : report["files"]) status[fs::path(file["path"].get<std::string>()).filename()] = file["status"];
  EXPECT_EQ(status, (std::map<std::string, std::string>{{"blocks.md", "new"},
                                                        {"crlf-bom.md", "new"},
                                                        {"draft.md", "skipped"},
                                                        {"not-strength.md", "skipped"},
                                                        {"null-fields.md", "new"},
                                                        {"separators.md", "new"},
                                                        {"video-forms.md", "new"}}));
  EXPECT_EQ(report["totals"]["skipped"], 2);
  EXPECT_EQ(report["dry_run"], false);
  for (const auto& file : report["files"]) {
    if (fs::path(file["path"].get<std::string>()).filename() == "blocks.md") {
      EXPECT_EQ(file["slug"], "blocks");
      EXPECT_EQ(file["reason"], nullptr);
      EXPECT_EQ(file["counts"], nlohmann::json({{"levels", 2}, {"exercises", 6}, {"videos", 3}, {"tips", 3}}));
      EXPECT_EQ(file["warnings"][0], nlohmann::json({{"line", 21}, {"message", "exercise 'No Video Here' has no recognised video"}}));
      EXPECT_TRUE(file["errors"].empty());
    }
    if (fs::path(file["path"].get<std::string>()).filename() == "draft.md") {
      EXPECT_EQ(file["reason"], "draft");
    }
    if (fs::path(file["path"].get<std::string>()).filename() == "not-strength.md") {
      EXPECT_EQ(file["reason"], "not a strength article");
    }
  }
  EXPECT_EQ(report["totals"]["failed"], 0);
  EXPECT_EQ(sql("SELECT slug FROM articles ORDER BY slug"), "blocks\ncrlf-bom\nnull-fields\nseparators\nvideo-forms\n");
  // Warnings go to stderr as path:line: warning: ...
  EXPECT_NE(result.err.find("blocks.md:21: warning: exercise 'No Video Here' has no recognised video"), std::string::npos)
      << result.err;
  // A link whose scheme is not http(s) is stored nowhere.
  EXPECT_EQ(sql("SELECT count(*) FROM articles WHERE front_matter LIKE '%javascript%' OR front_matter LIKE '%data:%'"),
            "0\n");
  EXPECT_EQ(sql("SELECT count(*) FROM videos WHERE url NOT LIKE 'https://%'"), "0\n");
  EXPECT_EQ(sql("SELECT published_date FROM articles WHERE slug = 'null-fields'"), "2026-02-15T08:08:00\n");

  const auto drafts = run({"import", "--drafts", dialect + "/draft.md"});
  EXPECT_EQ(drafts.status, 0) << drafts.err;
  EXPECT_EQ(sql("SELECT draft FROM articles WHERE slug = 'wip'"), "1\n");
}

TEST_F(ImportCli, UnchangedFilesWriteNothingChangedFilesUpdate) {
  write_file(dir / "src/a.md", article("a", "101"));
  write_file(dir / "src/b.md", article("b", "102"));
  ASSERT_EQ(run({"import", (dir / "src").string()}).status, 0);
  const auto before = dump_library(db);

  // PRAGMA data_version of a connection held open across the run changes when anyone else commits.
  SQLite::Database watcher(db, SQLite::OPEN_READONLY);
  const auto data_version = [&] { return watcher.execAndGet("PRAGMA data_version").getInt(); };
  const int version_before = data_version();
  const auto again = run({"import", (dir / "src").string()});
  EXPECT_EQ(data_version(), version_before);
  EXPECT_EQ(again.status, 0);
  EXPECT_EQ(again.out.rfind("imported 2 files: 0 new, 0 updated, 2 unchanged, 0 skipped, 0 failed; 2 levels", 0), 0u)
      << again.out;
  EXPECT_EQ(dump_library(db), before);

  // Same bytes, new mtime: still unchanged (the hash decides), articles' content untouched.
  const auto updated_before = sql("SELECT updated_at, content_hash FROM articles ORDER BY slug");
  fs::last_write_time(dir / "src/a.md", fs::last_write_time(dir / "src/a.md") + std::chrono::hours(1));
  const auto touched = run({"import", "--json", (dir / "src").string()});
  EXPECT_EQ(nlohmann::json::parse(touched.out)["totals"]["unchanged"], 2);
  EXPECT_EQ(sql("SELECT updated_at, content_hash FROM articles ORDER BY slug"), updated_before);

  // A changed file replaces its exercises and drops the video nothing uses any more.
  write_file(dir / "src/a.md", article("a", "201", "\n### Second\n\nhttps://vimeo.com/202\n"));
  const auto changed = run({"import", "--json", (dir / "src").string()});
  ASSERT_EQ(changed.status, 0) << changed.err;
  EXPECT_NE(data_version(), version_before);
  EXPECT_EQ(nlohmann::json::parse(changed.out)["totals"]["updated"], 1);
  EXPECT_EQ(sql("SELECT e.name, e.video_id FROM exercises e "
                "JOIN articles a ON a.id = e.article_id WHERE a.slug = 'a' ORDER BY e.position"),
            "Move a|201\nSecond|202\n");
  EXPECT_EQ(sql("SELECT provider_id FROM videos ORDER BY provider_id"), "102\n201\n202\n");
}

TEST_F(ImportCli, MissingSourcesAreReportedAndPruneRemovesThem) {
  write_file(dir / "src/a.md", article("a", "101"));
  write_file(dir / "src/b.md", article("b", "102"));
  write_file(dir / "elsewhere/c.md", article("c", "103"));
  ASSERT_EQ(run({"import", (dir / "src").string(), (dir / "elsewhere").string()}).status, 0);
  fs::remove(dir / "src/b.md");
  fs::remove(dir / "elsewhere/c.md");

  const auto reported = run({"import", "--json", (dir / "src").string()});
  EXPECT_EQ(reported.status, 0) << reported.err;
  const auto report = nlohmann::json::parse(reported.out);
  EXPECT_EQ(report["totals"]["missing"], 1);  // c is not under the imported path
  EXPECT_EQ(sql("SELECT count(*) FROM articles"), "3\n");

  const auto pruned = run({"import", "--prune", (dir / "src").string()});
  EXPECT_EQ(pruned.status, 0) << pruned.err;
  EXPECT_NE(pruned.out.find("1 pruned"), std::string::npos) << pruned.out;
  EXPECT_EQ(sql("SELECT slug FROM articles ORDER BY slug"), "a\nc\n");
  EXPECT_EQ(sql("SELECT provider_id FROM videos ORDER BY provider_id"), "101\n103\n");
}

TEST_F(ImportCli, DryRunWritesNothing) {
  write_file(dir / "src/a.md", article("a", "101"));
  const auto fresh = run({"import", "--dry-run", (dir / "src").string()});
  EXPECT_EQ(fresh.status, 0) << fresh.err;
  EXPECT_NE(fresh.out.find("1 new"), std::string::npos);
  EXPECT_FALSE(fs::exists(db));  // not even created
  write_file(dir / "src/b.md", article("b", "102"));
  ASSERT_EQ(run({"import", (dir / "src").string()}).status, 0);
  ASSERT_EQ(sql("SELECT slug FROM articles ORDER BY slug"), "a\nb\n");
  const auto before = dump_library(db);
  // An update and a prune of a file that was imported and then deleted: reported, not written.
  write_file(dir / "src/a.md", article("a", "999"));
  ASSERT_TRUE(fs::remove(dir / "src/b.md"));
  const auto dry = run({"import", "--dry-run", "--prune", "--json", (dir / "src").string()});
  EXPECT_EQ(dry.status, 0) << dry.err;
  const auto totals = nlohmann::json::parse(dry.out)["totals"];
  EXPECT_EQ(totals["updated"], 1) << dry.out;
  EXPECT_EQ(totals["pruned"], 1) << dry.out;
  EXPECT_EQ(dump_library(db), before);
}

TEST_F(ImportCli, InputIsOnlyEverData) {
  const std::string nasty = "x'); DROP TABLE articles; --";
  write_file(dir / "evil.md", "---\ntitle: \"" + nasty + "\"\nslug: evil\n---\n\n## Basics\n\n### " + nasty +
                                  "\n\nhttps://vimeo.com/7\n");
  ASSERT_EQ(run({"import", (dir / "evil.md").string()}).status, 0);
  EXPECT_EQ(sql("SELECT title FROM articles"), nasty + "\n");
  EXPECT_EQ(sql("SELECT name FROM exercises"), nasty + "\n");
  // Double and single quotes, semicolons and statements in a title round-trip exactly
  // through the library and `articles --json`, and every table is still there.
  const std::string title = R"(Robert"); DELETE FROM plans; SELECT '1' -- "quoted"; 'single' \ back)";
  const std::string yaml_title = R"(Robert\"); DELETE FROM plans; SELECT '1' -- \"quoted\"; 'single' \\ back)";
  write_file(dir / "bobby.md", "---\ntitle: \"" + yaml_title +
                                   "\"\nslug: bobby\n---\n\n## Basics\n\n### Move\n\n"
                                   "https://vimeo.com/8\n");
  const auto tables = sql("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
  ASSERT_EQ(run({"import", (dir / "bobby.md").string()}).status, 0);
  const auto articles = nlohmann::json::parse(run({"articles", "--json"}).out);
  std::vector<std::string> titles;
  for (const auto& entry : articles) titles.push_back(entry["title"].get<std::string>());
  EXPECT_EQ(titles, (std::vector<std::string>{title, nasty}));
  EXPECT_EQ(sql("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"), tables);
  EXPECT_EQ(sql("PRAGMA integrity_check"), "ok\n");
}

TEST_F(ImportCli, DuplicateSlugInOneRunFailsTheSecondFile) {
  write_file(dir / "src/1.md", article("same", "1"));
  write_file(dir / "src/2.md", article("same", "2"));
  const auto result = run({"import", (dir / "src").string()});
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find("2.md: error: slug 'same' was already imported from"), std::string::npos) << result.err;
  EXPECT_EQ(sql("SELECT video_id FROM exercises WHERE video_id IS NOT NULL"), "1\n");
}

TEST_F(ImportCli, MissingPathFails) {
  const auto result = run({"import", (dir / "nope").string()});
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find("nope: error: no such file or folder"), std::string::npos) << result.err;
  // Next to a good path, the missing one fails the run and changes nothing else.
  write_file(dir / "src/a.md", article("a", "1"));
  ASSERT_EQ(run({"import", (dir / "src").string()}).status, 0);
  const auto before = dump_library(db);
  const auto mixed = run({"import", "--prune", (dir / "src").string(), (dir / "gone").string()});
  EXPECT_EQ(mixed.status, 1);
  EXPECT_NE(mixed.err.find("gone: error: no such file or folder"), std::string::npos) << mixed.err;
  EXPECT_EQ(dump_library(db), before);
}

}  // namespace
}  // namespace rs::test

// CLI tests: `runstrength import` resolves attributes from the content folder's exercises.yaml and
// taxonomy.yaml, warns about defaults, and re-resolves when those files change (no rebuild).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "support/library_fixture.hpp"

namespace rs::test {
namespace {

const std::string source_content = std::string(RS_SOURCE_DIR) + "/content";

// A content folder in `dir` holding copies of the shipped exercises.yaml and taxonomy.yaml.
std::filesystem::path content_with_shipped_yaml(const TempDir& dir) {
  const auto content = dir / "content";
  std::filesystem::create_directories(content);
  for (const auto* name : {"exercises.yaml", "taxonomy.yaml"}) {
    std::filesystem::copy_file(source_content + "/" + name, content / name);
  }
  return content;
}

class ImportAttributes : public LibraryTest {};

nlohmann::json exercise(const std::string& db, const std::string& slug, const CliOptions& options) {
  const auto result = run_cli({"--db", db, "show", slug, "--json"}, options);
  EXPECT_EQ(result.status, 0) << result.err;
  return nlohmann::json::parse(result.out).at(0);
}

TEST_F(ImportAttributes, SeedExercisesGetTheirHandWrittenAttributes) {
  CliOptions options;
  options.env["RUNSTRENGTH_CONTENT"] = source_content;
  const auto result = run({"import"}, options);
  ASSERT_EQ(result.status, 0) << result.err;
  const auto all = nlohmann::json::parse(run({"exercises", "--json"}).out);
  ASSERT_EQ(all.size(), 8u);
  for (const auto& item : all) EXPECT_EQ(item["attributes_source"], "override") << item["slug"];
  const auto plank = exercise(db, "side-plank", {});
  EXPECT_EQ(plank["kind"], "stability");
  EXPECT_EQ(plank["dose"]["type"], "hold");
  EXPECT_EQ(plank["dose"]["per_side"], true);
  const auto goblet = exercise(db, "goblet-squats", {});
  EXPECT_EQ(goblet["equipment"], nlohmann::json({"weight"}));
  EXPECT_EQ(goblet["substitutes"]["weight"], "a rucksack filled with books");
}

TEST_F(ImportAttributes, UnknownNamesWarnAndTaxonomyChangesApplyOnTheNextImport) {
  const auto content = content_with_shipped_yaml(dir);
  write_file(content / "new.md",
             "---\ntitle: New moves\n---\n\n## 1. Basics\n\n### Zorbing\n\nhttps://vimeo.com/1234\n\n"
             "### Nordic hamstring curls\n\nhttps://youtu.be/abcdefghijk\n");
  CliOptions options;
  options.env["RUNSTRENGTH_CONTENT"] = content.string();
  const auto first = run({"import"}, options);
  ASSERT_EQ(first.status, 0) << first.err;
  EXPECT_NE(first.err.find("new.md:7: warning: "), std::string::npos) << first.err;
  EXPECT_NE(first.err.find("'Zorbing' matched no entry or rule"), std::string::npos) << first.err;
  EXPECT_NE(first.out.find("1 warning"), std::string::npos) << first.out;
  EXPECT_EQ(exercise(db, "zorbing", options)["attributes_source"], "default");
  const auto nordic = exercise(db, "nordic-hamstring-curls", options);
  EXPECT_EQ(nordic["attributes_source"], "inferred");
  EXPECT_NE(nordic["areas"].dump().find("hamstrings"), std::string::npos) << nordic.dump();

  // A coach adds a rule: the next import (article unchanged) re-resolves without a rebuild.
  std::string taxonomy = read_file(content / "taxonomy.yaml");
  const auto rules = taxonomy.find("rules:");
  ASSERT_NE(rules, std::string::npos);
  taxonomy.insert(taxonomy.find('\n', rules) + 1,
                  "  - match: [zorbing]\n    areas: [full-body]\n    kind: plyometric\n");
  write_file(content / "taxonomy.yaml", taxonomy);
  const auto second = run({"import"}, options);
  ASSERT_EQ(second.status, 0) << second.err;
  const auto zorbing = exercise(db, "zorbing", options);
  EXPECT_EQ(zorbing["attributes_source"], "inferred");
  EXPECT_EQ(zorbing["kind"], "plyometric");
}

TEST_F(ImportAttributes, ATaxonomyChangeAndAnEditedArticleInOneRunWarnOnlyAboutTheNewContent) {
  const auto content = content_with_shipped_yaml(dir);
  const auto article = [](const char* move) {
    return std::string("---\ntitle: Moves\n---\n\n## 1. Basics\n\n### ") + move + "\n\nhttps://vimeo.com/1234\n";
  };
  write_file(content / "kept.md", article("Wobbling"));
  write_file(content / "edited.md", article("Zorbing"));
  CliOptions options;
  options.env["RUNSTRENGTH_CONTENT"] = content.string();
  const auto first = run({"import", "--json"}, options);
  ASSERT_EQ(first.status, 0) << first.err;
  EXPECT_EQ(nlohmann::json::parse(first.out)["totals"]["warnings"], 2) << first.out;

  // Both YAML files' fingerprint changes (the stored library is re-resolved first) and edited.md
  // now holds another unknown move: its report names that one only, once; kept.md keeps its own.
  write_file(content / "taxonomy.yaml", read_file(content / "taxonomy.yaml") + "\n# edited\n");
  write_file(content / "edited.md", article("Blorping"));
  const auto second = run({"import", "--json"}, options);
  ASSERT_EQ(second.status, 0) << second.err;
  EXPECT_EQ(second.err.find("Zorbing"), std::string::npos) << second.err;
  EXPECT_EQ(second.err.find("Blorping"), second.err.rfind("Blorping")) << second.err;
  EXPECT_NE(second.err.find("edited.md:7: warning: edited: exercise 'Blorping'"), std::string::npos) << second.err;
  EXPECT_NE(second.err.find("kept.md:7: warning: kept: exercise 'Wobbling'"), std::string::npos) << second.err;
  const auto report = nlohmann::json::parse(second.out);
  EXPECT_EQ(report["totals"]["warnings"], 2) << second.out;
  EXPECT_EQ(exercise(db, "blorping", options)["attributes_source"], "default");
}

}  // namespace
}  // namespace rs::test

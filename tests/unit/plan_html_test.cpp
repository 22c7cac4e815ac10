// Unit tests for src/exporters/plan_html: the plan page's HTML, and the page checked in Debian's
// headless chromium through tests/tools/html_check.py (selenium, chromium-driver, pdfinfo): no
// console errors, one card per session, one bar per week, hostile text shown as text with no
// script run, nothing fetched, no horizontal scroll at 320 px, contrast of at least 4.5:1, one
// printed page per week.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "exporters/export.hpp"
#include "exporters/plan_json.hpp"
#include "support/cli_runner.hpp"
#include "support/sample_plans.hpp"
#include "support/temp_dir.hpp"

namespace rs::exporters {
namespace {

const std::string hostile_title = "<script>window.pwned = 1; alert(1)</script>";
const std::string hostile_note = "<img src=x onerror=\"window.pwned = 2\"> & \"quotes\"";

// The sample plan with an article title and a tip that would run script if not escaped.
model::Plan hostile_plan() {
  auto plan = test::sample_all_day_plan();
  plan.name = hostile_title;
  plan.weeks.at(0).sessions.at(0).exercises.at(0).name = hostile_title;
  plan.weeks.at(0).sessions.at(0).note = hostile_note;
  model::Adaptation adapted;
  adapted.exercise = plan.weeks.at(0).sessions.at(0).exercises.at(0).slug;
  adapted.why = "RPE 9 on 2026-12-08";
  adapted.text = hostile_title + " held at the dose logged (RPE 9 on 2026-12-08)";
  adapted.causes = {{1, *parse_date("2026-12-08")}};
  plan.weeks.at(0).sessions.at(0).adapted = {adapted};
  plan.warnings.push_back("Only " + hostile_title + " sessions fit");
  return plan;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t found = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++found;
  return found;
}

TEST(PlanHtml, EscapesEveryTextAndFetchesNothing) {
  const auto html = export_plan(hostile_plan(), ExportFormat::html);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n", 0), 0u);
  EXPECT_EQ(html.find("<script"), std::string::npos) << "no script, hostile or ours";
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("<h1>&lt;script&gt;window.pwned = 1; alert(1)&lt;/script&gt;</h1>"), std::string::npos)
      << html.substr(0, 4000);
  EXPECT_NE(html.find("&lt;img src=x onerror=&quot;window.pwned = 2&quot;&gt; &amp; &quot;quotes&quot;"),
            std::string::npos);
  EXPECT_EQ(html.find("src=\""), std::string::npos) << "nothing embedded from elsewhere";
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_EQ(html, export_plan(hostile_plan(), ExportFormat::html)) << "deterministic";
  EXPECT_EQ(to_string(ExportFormat::html), "html");
  EXPECT_EQ(parse_export_format("html"), ExportFormat::html);
}

TEST(PlanHtml, ChromiumShowsOneCardPerSessionOneBarPerWeekAndPrintsAWeekAPage) {
  const auto plan = hostile_plan();
  const test::TempDir dir;
  const auto page = dir / "plan.html";
  test::write_file(page, export_plan(plan, ExportFormat::html));
  test::CliOptions options;
  options.program = "/usr/bin/python3";
  const auto checked =
      test::run_cli({std::string(RS_TESTS_DIR) + "/tools/html_check.py", page.string(), dir.path().string()}, options);
  ASSERT_EQ(checked.status, 0) << checked.err;
  const auto result = nlohmann::json::parse(checked.out);

  const auto doc = plan_to_json(plan);
  std::size_t sessions = 0;
  for (const auto& week : doc["weeks"]) sessions += week["sessions"].size();
  ASSERT_GT(sessions, 0u);
  EXPECT_EQ(result["console_errors"], nlohmann::json::array());
  EXPECT_EQ(result["cards"], sessions);
  EXPECT_EQ(result["bars"], doc["weeks"].size());
  EXPECT_EQ(result["chart_rows"], doc["weeks"].size()) << "the chart's numbers, in a table";
  EXPECT_EQ(result["h1"], hostile_title) << "shown as text";
  EXPECT_EQ(result["title"], hostile_title);
  const auto& texts = result["texts"];
  EXPECT_NE(std::find(texts.begin(), texts.end(), hostile_title), texts.end()) << texts;
  EXPECT_NE(std::find(texts.begin(), texts.end(), hostile_note), texts.end()) << texts;
  const auto adapted = "Adapted: " + hostile_title + " held at the dose logged (RPE 9 on 2026-12-08).";
  EXPECT_NE(std::find(texts.begin(), texts.end(), adapted), texts.end()) << "the adaptation, as text: " << texts;
  EXPECT_TRUE(result["pwned"].is_null()) << "no hostile script or handler ran";
  EXPECT_EQ(result["alert"], false);
  EXPECT_EQ(result["scripts"], 0);
  EXPECT_EQ(result["resources"], nlohmann::json::array()) << "nothing fetched";
  EXPECT_GT(result["th_scoped"].get<int>(), 0) << "table headers";
  EXPECT_LE(result["narrow"][0], result["narrow"][1]) << "no horizontal scroll at 320 px";
  EXPECT_GE(result["contrast"].get<double>(), 4.5) << result["contrast_where"];
  EXPECT_EQ(result["pdf_pages"], doc["weeks"].size()) << "one printed page per week";
  EXPECT_EQ(count(result["video_links"].dump(), "https://"), count(doc.dump(), "\"url\":\"https://"));
}

}  // namespace
}  // namespace rs::exporters

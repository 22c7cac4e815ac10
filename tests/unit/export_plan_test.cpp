// app/export_plan: a saved plan exported in-process as JSON or iCalendar, to a stream or a file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

#include "app/export_plan.hpp"
#include "support/imported_library.hpp"

namespace rs::app {
namespace {

using test::usage_error;
using test::week_file;

using ExportPlan = test::ImportedLibraryTest;

TEST_F(ExportPlan, ExportWritesTheSavedPlanAsJsonOrIcs) {
  const auto plan = make_plan(library.db(), week_request()).plan;
  std::ostringstream json_out;
  export_saved_plan(library.db(), {plan.id, exporters::ExportFormat::json, std::nullopt, "", {}}, json_out);
  const auto json = nlohmann::json::parse(json_out.str());
  EXPECT_EQ(json.at("plan").at("id"), plan.id);
  EXPECT_EQ(json.at("weeks").size(), plan.weeks.size());
  const auto file = dir / "plan.ics";
  std::ostringstream unused;
  export_saved_plan(library.db(), {plan.id, exporters::ExportFormat::ics, std::nullopt, file.string(), {}}, unused);
  EXPECT_TRUE(unused.str().empty());
  const auto ics = test::read_file(file);
  EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
  std::size_t events = 0;
  std::size_t sessions = 0;
  for (auto at = ics.find("BEGIN:VEVENT"); at != std::string::npos; at = ics.find("BEGIN:VEVENT", at + 1)) ++events;
  for (const auto& week : plan.weeks) sessions += week.sessions.size();
  EXPECT_EQ(events, sessions);
  EXPECT_NE(ics.find("UID:" + plan.weeks[0].sessions.at(0).uid), std::string::npos);
  EXPECT_NE(usage_error([&] {
              export_saved_plan(library.db(), {plan.id, exporters::ExportFormat::text, std::nullopt, "", {}}, unused);
            }).find("ics, json or html"),
            std::string::npos);
  EXPECT_NE(usage_error([&] {
              export_saved_plan(library.db(), {plan.id, exporters::ExportFormat::json, 10, "", {}}, unused);
            }).find("--alarm"),
            std::string::npos);
}
}  // namespace
}  // namespace rs::app

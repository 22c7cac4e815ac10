// Flow test over src/exporters: byte-for-byte comparison of exports with tests/golden/.
// scripts/regen-golden sets RS_REGEN_GOLDEN=1 to rewrite the files on purpose (then review the diff
// before committing).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "exporters/export.hpp"
#include "support/sample_plans.hpp"
#include "support/temp_dir.hpp"

namespace rs::exporters {
namespace {

const std::filesystem::path golden_dir = std::filesystem::path(RS_TESTS_DIR) / "golden";

void check_golden(const std::string& file, const std::string& produced) {
  const auto path = golden_dir / file;
  const char* regen = std::getenv("RS_REGEN_GOLDEN");
  if (regen != nullptr && std::string(regen) == "1") {
    test::write_file(path, produced);
    std::cout << "regenerated " << path << '\n';
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(path)) << path << " is missing; run scripts/regen-golden";
  const std::string expected = test::read_file(path);
  EXPECT_EQ(produced, expected) << "export differs from " << path << " (run scripts/regen-golden if intended)";
}

TEST(Golden, AllDayPlanIcs) {
  check_golden("plan_all_day.ics", export_plan(test::sample_all_day_plan(), ExportFormat::ics));
}

TEST(Golden, TimedPlanWithTimeZoneIcs) {
  ExportOptions options;
  options.alarm_minutes = 15;
  check_golden("plan_timed_london.ics", export_plan(test::sample_timed_zone_plan(), ExportFormat::ics, options));
}

TEST(Golden, TimedPlanWithoutTimeZoneIcs) {
  check_golden("plan_timed_floating.ics", export_plan(test::sample_timed_floating_plan(), ExportFormat::ics));
}

TEST(Golden, HostilePlanIcs) {
  check_golden("plan_hostile.ics", export_plan(test::sample_hostile_plan(), ExportFormat::ics));
}

TEST(Golden, AllDayPlanJson) {
  check_golden("plan_all_day.json", export_plan(test::sample_all_day_plan(), ExportFormat::json));
}

TEST(Golden, HostilePlanJson) {
  check_golden("plan_hostile.json", export_plan(test::sample_hostile_plan(), ExportFormat::json));
}

}  // namespace
}  // namespace rs::exporters

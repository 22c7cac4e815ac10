#pragma once
// One entry point for `runstrength export` and `runstrength plan --format ics|json`: a plan in a
// chosen format, as the exact bytes to print or write.

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "model/plan.hpp"

namespace rs::exporters {

/// Output formats of a plan export.
enum class ExportFormat { ics, json };

/// Parses "ics" or "json"; nullopt otherwise.
std::optional<ExportFormat> parse_export_format(std::string_view name);

/// Options shared by the formats (each format uses what applies to it).
struct ExportOptions {
  std::optional<int> alarm_minutes;  ///< iCalendar: VALARM minutes before timed sessions.
};

/// The plan as iCalendar (plan_to_ics) or JSON (plan_json_text). Deterministic: the same plan gives
/// the same bytes. Throws rs::Error (usage) for options that do not fit the plan.
std::string export_plan(const model::Plan& plan, ExportFormat format, const ExportOptions& options = {});

/// Delivers an export: to `out` when `file` is empty or "-", otherwise to `file` through a temporary
/// file and a rename (util/atomic_file.hpp), so a failure never leaves half a file.
void deliver_export(std::string_view text, const std::string& file, std::ostream& out);

}  // namespace rs::exporters

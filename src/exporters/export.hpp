#pragma once
// One entry point for `runstrength export` and `runstrength plan --format text|json|ics`: a plan in
// a chosen format, as the exact bytes to print or write.

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/plan_text.hpp"
#include "model/plan.hpp"

namespace rs::exporters {

/// The formats a plan is written in: text to read, the JSON and iCalendar exports, an HTML page.
enum class ExportFormat { text, json, ics, html };

/// Parses "text", "json", "ics" or "html"; nullopt otherwise.
std::optional<ExportFormat> parse_export_format(std::string_view name);

/// "text", "json", "ics" or "html".
std::string_view to_string(ExportFormat format);

/// The names of the formats a command accepts: all four, or (`exports_only`) all but text.
std::vector<std::string> export_format_names(bool exports_only = false);

/// Options shared by the formats (each format uses what applies to it).
struct ExportOptions {
  std::optional<int> alarm_minutes;      ///< iCalendar: VALARM minutes before timed sessions.
  std::vector<std::string> explanation;  ///< Text: the per-day reasoning, printed with the plan.
  TextStyle text_style;                  ///< Text: width to wrap to, colours.
};

/// The plan as text (plan_text), iCalendar (plan_to_ics), JSON (plan_json_text) or HTML (plan_html). Deterministic:
/// the same plan gives the same bytes. Throws rs::Error (usage) for options that do not fit the
/// format (an alarm outside iCalendar).
std::string export_plan(const model::Plan& plan, ExportFormat format, const ExportOptions& options = {});

/// Delivers an export: to `out` when `file` is empty or "-", otherwise to `file` through a temporary
/// file and a rename (util/atomic_file.hpp), so a failure never leaves half a file.
void deliver_export(std::string_view text, const std::string& file, std::ostream& out);

}  // namespace rs::exporters

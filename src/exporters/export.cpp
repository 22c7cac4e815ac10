#include "exporters/export.hpp"

#include "exporters/ics_plan.hpp"
#include "exporters/plan_html.hpp"
#include "exporters/plan_json.hpp"
#include "exporters/plan_text.hpp"
#include "util/atomic_file.hpp"
#include "util/error.hpp"

#include <ostream>

namespace rs::exporters {

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  for (const auto format : {ExportFormat::text, ExportFormat::json, ExportFormat::ics, ExportFormat::html}) {
    if (name == to_string(format)) return format;
  }
  return std::nullopt;
}

std::string_view to_string(ExportFormat format) {
  switch (format) {
    case ExportFormat::text: return "text";
    case ExportFormat::json: return "json";
    case ExportFormat::ics: return "ics";
    case ExportFormat::html: return "html";
  }
  return "text";
}

std::vector<std::string> export_format_names(bool exports_only) {
  std::vector<std::string> names;
  for (const auto format : {ExportFormat::text, ExportFormat::json, ExportFormat::ics, ExportFormat::html}) {
    if (!exports_only || format != ExportFormat::text) names.emplace_back(to_string(format));
  }
  return names;
}

std::string export_plan(const model::Plan& plan, ExportFormat format, const ExportOptions& options) {
  if (format != ExportFormat::ics && options.alarm_minutes) {
    throw Error("--alarm applies to --format ics only", ErrorKind::usage);
  }
  if (format == ExportFormat::text) return plan_text(plan, options.explanation, options.text_style);
  if (format == ExportFormat::json) return plan_json_text(plan);
  if (format == ExportFormat::html) return plan_html(plan);
  IcsOptions ics;
  ics.alarm_minutes = options.alarm_minutes;
  return plan_to_ics(plan, ics);
}

void deliver_export(std::string_view text, const std::string& file, std::ostream& out) {
  if (file.empty() || file == "-") {
    out << text;
    out.flush();
    if (!out) throw Error("cannot write the export to standard output");
    return;
  }
  write_file_atomically(file, text);
}

}  // namespace rs::exporters

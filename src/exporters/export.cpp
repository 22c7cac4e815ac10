#include "exporters/export.hpp"

#include "exporters/ics_plan.hpp"
#include "exporters/plan_json.hpp"
#include "util/atomic_file.hpp"
#include "util/error.hpp"

#include <ostream>

namespace rs::exporters {

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  if (name == "ics") return ExportFormat::ics;
  if (name == "json") return ExportFormat::json;
  return std::nullopt;
}

std::string export_plan(const model::Plan& plan, ExportFormat format, const ExportOptions& options) {
  if (format == ExportFormat::json) {
    if (options.alarm_minutes) throw Error("--alarm applies to --format ics only", ErrorKind::usage);
    return plan_json_text(plan);
  }
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

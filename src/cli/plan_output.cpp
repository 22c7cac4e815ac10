#include "cli/plan_output.hpp"

#include <ostream>

#include "exporters/export.hpp"
#include "exporters/plan_text.hpp"
#include "util/error.hpp"

namespace rs::cli {

const std::vector<std::string>& plan_formats() {
  static const std::vector<std::string> formats = {"text", "json", "ics"};
  return formats;
}

void write_plan(Context& context, const model::Plan& plan, const PlanOutput& output,
                const std::vector<std::string>& explanation) {
  std::string text;
  if (output.format == "text") {
    if (output.alarm_minutes) throw_usage("--alarm applies to --format ics only");
    text = exporters::plan_text(plan, explanation);
  } else {
    const auto format = exporters::parse_export_format(output.format);
    if (!format) throw_usage("--format must be one of text, json, ics (not \"" + output.format + "\")");
    if (output.alarm_minutes && *format != exporters::ExportFormat::ics) {
      throw_usage("--alarm applies to --format ics only");
    }
    for (const auto& line : explanation) context.err << line << '\n';
    text = exporters::export_plan(plan, *format, {output.alarm_minutes});
  }
  exporters::deliver_export(text, output.file, context.out);
}

}  // namespace rs::cli

#include "app/export_plan.hpp"

#include "app/make_plan.hpp"
#include "exporters/export.hpp"
#include "util/error.hpp"

namespace rs::app {

void export_saved_plan(store::Database& db, const ExportRequest& request, std::ostream& out) {
  if (request.format == exporters::ExportFormat::text) throw_usage("--format must be ics, json or html, not \"text\"");
  const auto plan = saved_plan(db, request.plan_id);
  write_plan(plan, request.format, {request.alarm_minutes, {}, {}}, request.file, out);
}

void write_plan(const model::Plan& plan, exporters::ExportFormat format, const exporters::ExportOptions& options,
                const std::string& file, std::ostream& out) {
  exporters::deliver_export(exporters::export_plan(plan, format, options), file, out);
}

}  // namespace rs::app

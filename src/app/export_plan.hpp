#pragma once
// The export use case (`runstrength export`): a saved plan as the exact bytes of its iCalendar,
// JSON or HTML form, delivered to standard output or atomically to a file.

#include <iosfwd>
#include <optional>
#include <string>

#include "exporters/export.hpp"
#include "store/database.hpp"

namespace rs::app {

/// What to export and where.
struct ExportRequest {
  long long plan_id = 0;                   ///< A saved plan.
  exporters::ExportFormat format = exporters::ExportFormat::ics;  ///< ics, json or html (not text: usage error).
  std::optional<int> alarm_minutes;        ///< iCalendar: a reminder before timed sessions.
  std::string file;                        ///< Empty or "-": `out`; else written through a rename.
};

/// Exports saved plan `request.plan_id`. Throws rs::Error (usage) for an unknown plan or a format
/// that is not an export.
void export_saved_plan(store::Database& db, const ExportRequest& request, std::ostream& out);

/// Writes `plan` in `format` (options: alarm, explanation) to `out` when `file` is empty or "-",
/// else to `file` atomically (never half a file). Shared by `plan`, `plan show` and `export`.
void write_plan(const model::Plan& plan, exporters::ExportFormat format, const exporters::ExportOptions& options,
                const std::string& file, std::ostream& out);

}  // namespace rs::app

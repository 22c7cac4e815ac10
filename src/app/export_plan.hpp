#pragma once
// The export use case (`runstrength export`): a saved plan as the exact bytes of its iCalendar,
// JSON or HTML form, delivered to standard output or atomically to a file.

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "app/athletes.hpp"
#include "exporters/export.hpp"
#include "store/database.hpp"

namespace rs::app {

/// What to export and where.
struct ExportRequest {
  long long plan_id = 0;                   ///< A saved plan; 0: the athlete's newest plan.
  exporters::ExportFormat format = exporters::ExportFormat::ics;  ///< ics, json or html (not text: usage error).
  std::optional<int> alarm_minutes;        ///< iCalendar: a reminder before timed sessions.
  std::string file;                        ///< Empty or "-": `out`; else written through a rename.
  AthleteChoice athlete;                   ///< Whose plan (plan_id must be theirs); default: the only one.
};

/// Exports saved plan `request.plan_id`. Throws rs::Error (usage) for an unknown plan or a format
/// that is not an export.
void export_saved_plan(store::Database& db, const ExportRequest& request, std::ostream& out);

/// The newest saved plan of athlete `athlete_id`, exported in `format` exactly as `export` writes
/// it (no alarm); nullopt when they have no plan.
std::optional<std::string> current_plan_export(store::Database& db, long long athlete_id, exporters::ExportFormat format);

/// One file written by export_all.
struct ExportedFile {
  std::string athlete;  ///< The athlete's name.
  std::string path;     ///< DIR/<stem>.ics|json (app/athletes.hpp athlete_file_stems).
};

/// The outcome of export_all.
struct ExportAll {
  std::vector<ExportedFile> files;    ///< One per athlete with a saved plan, by athlete id.
  std::vector<std::string> skipped;   ///< Athletes without a saved plan.
};

/// Writes every athlete's newest plan in `format` (ics or json) into folder `dir` (created when
/// missing), each file atomically. Throws rs::Error (usage) for the text format or an empty `dir`.
ExportAll export_all(store::Database& db, exporters::ExportFormat format, const std::optional<int>& alarm_minutes,
                     const std::string& dir);

/// Writes `plan` in `format` (options: alarm, explanation) to `out` when `file` is empty or "-",
/// else to `file` atomically (never half a file). Shared by `plan`, `plan show` and `export`.
void write_plan(const model::Plan& plan, exporters::ExportFormat format, const exporters::ExportOptions& options,
                const std::string& file, std::ostream& out);

}  // namespace rs::app

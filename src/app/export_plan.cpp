#include "app/export_plan.hpp"

#include <filesystem>
#include <system_error>

#include "app/make_plan.hpp"
#include "exporters/export.hpp"
#include "store/athlete_store.hpp"
#include "store/plan_store.hpp"
#include "util/atomic_file.hpp"
#include "util/error.hpp"

namespace rs::app {

namespace {

void refuse_text(exporters::ExportFormat format) {
  if (format == exporters::ExportFormat::text) throw_usage("--format must be ics, json or html, not \"text\"");
}

// The newest plan of athlete `athlete_id`, if any.
std::optional<long long> newest_plan(store::Database& db, long long athlete_id) {
  const auto plans = store::list_plans(db, athlete_id);
  if (plans.empty()) return std::nullopt;
  return plans.front().id;
}

}  // namespace

void export_saved_plan(store::Database& db, const ExportRequest& request, std::ostream& out) {
  refuse_text(request.format);
  long long plan_id = request.plan_id;
  if (plan_id == 0) {
    const auto newest = newest_plan(db, resolve_athlete(db, request.athlete));
    if (!newest) throw_usage("the athlete has no saved plan (make one with `runstrength plan`)");
    plan_id = *newest;
  }
  const auto plan = saved_plan(db, plan_id);
  if (request.athlete && plan.athlete_id != resolve_athlete(db, request.athlete)) {
    throw_usage("plan " + std::to_string(plan_id) + " is not athlete \"" + *request.athlete + "\"'s");
  }
  write_plan(plan, request.format, {request.alarm_minutes, {}, {}}, request.file, out);
}

std::optional<std::string> current_plan_export(store::Database& db, long long athlete_id,
                                               exporters::ExportFormat format) {
  const auto newest = newest_plan(db, athlete_id);
  if (!newest) return std::nullopt;
  const auto plan = store::load_plan(db, *newest);
  if (!plan) return std::nullopt;
  return exporters::export_plan(*plan, format, {});
}

ExportAll export_all(store::Database& db, exporters::ExportFormat format, const std::optional<int>& alarm_minutes,
                     const std::string& dir) {
  refuse_text(format);
  if (dir.empty() || dir == "-") throw_usage("--all writes one file per athlete: give a folder with -o DIR");
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) throw Error("cannot create folder " + dir + ": " + error.message());
  const auto roster = store::list_athletes(db);
  const auto stems = athlete_file_stems(roster);
  const std::string extension = format == exporters::ExportFormat::ics    ? ".ics"
                                : format == exporters::ExportFormat::html ? ".html"
                                                                          : ".json";
  ExportAll result;
  for (std::size_t i = 0; i < roster.size(); ++i) {
    if (!roster[i].latest_plan) {
      result.skipped.push_back(roster[i].name);
      continue;
    }
    const auto path = (std::filesystem::path(dir) / (stems[i] + extension)).string();
    const auto plan = saved_plan(db, *roster[i].latest_plan);
    write_file_atomically(path, exporters::export_plan(plan, format, {alarm_minutes, {}, {}}));
    result.files.push_back({roster[i].name, path});
  }
  return result;
}

void write_plan(const model::Plan& plan, exporters::ExportFormat format, const exporters::ExportOptions& options,
                const std::string& file, std::ostream& out) {
  exporters::deliver_export(exporters::export_plan(plan, format, options), file, out);
}

}  // namespace rs::app

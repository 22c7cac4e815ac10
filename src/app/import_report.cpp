#include "app/import_report.hpp"

#include "util/text.hpp"

namespace rs::app {

namespace {

bool counted(FileStatus status) {
  return status == FileStatus::added || status == FileStatus::updated || status == FileStatus::unchanged;
}

nlohmann::ordered_json messages_to_json(const std::vector<model::Warning>& messages) {
  auto array = nlohmann::ordered_json::array();
  for (const auto& message : messages) {
    nlohmann::ordered_json item;
    item["line"] = message.line > 0 ? nlohmann::ordered_json(message.line) : nlohmann::ordered_json(nullptr);
    item["message"] = message.message;
    array.push_back(std::move(item));
  }
  return array;
}

struct Totals {
  int levels = 0, exercises = 0, tips = 0, warnings = 0;
};

Totals totals(const ImportReport& report) {
  Totals result;
  for (const auto& file : report.files) {
    result.warnings += static_cast<int>(file.warnings.size());
    if (!counted(file.status)) continue;
    result.levels += file.levels;
    result.exercises += file.exercises;
    result.tips += file.tips;
  }
  return result;
}

}  // namespace

std::string_view to_string(FileStatus status) {
  switch (status) {
    case FileStatus::added:
      return "new";
    case FileStatus::updated:
      return "updated";
    case FileStatus::unchanged:
      return "unchanged";
    case FileStatus::skipped:
      return "skipped";
    case FileStatus::failed:
      return "failed";
    case FileStatus::missing:
      return "missing";
    case FileStatus::pruned:
      return "pruned";
  }
  return "failed";
}

int ImportReport::count(FileStatus status) const {
  int n = 0;
  for (const auto& file : files) n += file.status == status ? 1 : 0;
  return n;
}

std::string summary_line(const ImportReport& report) {
  const auto sum = totals(report);
  const int read =
      static_cast<int>(report.files.size()) - report.count(FileStatus::missing) - report.count(FileStatus::pruned);
  std::string line = report.dry_run ? "dry run (nothing written): would import " : "imported ";
  line += std::to_string(read) + (read == 1 ? " file: " : " files: ");
  line += std::to_string(report.count(FileStatus::added)) + " new, " +
          std::to_string(report.count(FileStatus::updated)) + " updated, " +
          std::to_string(report.count(FileStatus::unchanged)) + " unchanged, " +
          std::to_string(report.count(FileStatus::skipped)) + " skipped, " +
          std::to_string(report.count(FileStatus::failed)) + " failed; ";
  line += count_of(sum.levels, "level") + ", " + count_of(sum.exercises, "exercise") + ", " +
          count_of(report.videos, "video") + ", " + count_of(sum.tips, "tip") + "; " + count_of(sum.warnings, "warning");
  if (const int missing = report.count(FileStatus::missing); missing > 0) {
    line += "; " + std::to_string(missing) + " missing (source file gone; --prune removes)";
  }
  if (const int pruned = report.count(FileStatus::pruned); pruned > 0) {
    line += "; " + std::to_string(pruned) + " pruned";
  }
  return line;
}

nlohmann::ordered_json report_to_json(const ImportReport& report) {
  const auto sum = totals(report);
  auto files = nlohmann::ordered_json::array();
  for (const auto& file : report.files) {
    nlohmann::ordered_json item;
    item["path"] = file.path;
    item["slug"] = file.slug.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(file.slug);
    item["status"] = to_string(file.status);
    item["reason"] = file.reason.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(file.reason);
    item["counts"] = {
        {"levels", file.levels}, {"exercises", file.exercises}, {"videos", file.videos}, {"tips", file.tips}};
    item["warnings"] = messages_to_json(file.warnings);
    item["errors"] = messages_to_json(file.errors);
    files.push_back(std::move(item));
  }
  nlohmann::ordered_json totals_json;
  totals_json["files"] =
      static_cast<int>(report.files.size()) - report.count(FileStatus::missing) - report.count(FileStatus::pruned);
  for (const auto status : {FileStatus::added, FileStatus::updated, FileStatus::unchanged, FileStatus::skipped,
                            FileStatus::failed, FileStatus::missing, FileStatus::pruned}) {
    totals_json[std::string(to_string(status))] = report.count(status);
  }
  totals_json["levels"] = sum.levels;
  totals_json["exercises"] = sum.exercises;
  totals_json["videos"] = report.videos;
  totals_json["tips"] = sum.tips;
  totals_json["warnings"] = sum.warnings;
  return {{"dry_run", report.dry_run}, {"summary", summary_line(report)}, {"totals", totals_json}, {"files", files}};
}

}  // namespace rs::app

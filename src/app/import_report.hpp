#pragma once
// The report of one import run: per file status, counts, warnings and errors; the summary line
// and the JSON form printed by `runstrength import --json` (docs/import.md).

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "model/parsed_article.hpp"

namespace rs::app {

/// What happened to one file (or, for missing/pruned, to one stored article).
enum class FileStatus { added, updated, unchanged, skipped, failed, missing, pruned };

/// "new", "updated", "unchanged", "skipped", "failed", "missing", "pruned".
std::string_view to_string(FileStatus status);

/// One file's outcome.
struct FileReport {
  std::string path;                        ///< As found (relative when the user gave a relative path).
  std::string slug;                        ///< Article slug, when known.
  FileStatus status = FileStatus::failed;  ///< Outcome.
  std::string reason;                      ///< Why skipped ("draft", "not a strength article") or missing.
  int levels = 0;                          ///< Levels of the article.
  int exercises = 0;                       ///< Exercises.
  int tips = 0;                            ///< Tips.
  int videos = 0;                          ///< Distinct videos of its exercises.
  std::vector<model::Warning> warnings;           ///< Non-fatal problems.
  std::vector<model::Warning> errors;             ///< Why it failed.
};

/// A whole run.
struct ImportReport {
  bool dry_run = false;           ///< Nothing was written.
  std::vector<FileReport> files;  ///< In processing order; missing/pruned articles last.
  /// Distinct videos over the new, updated and unchanged articles of the run (a video shared by
  /// several articles counts once), as counted by the run.
  int videos = 0;

  /// Number of files with this status.
  [[nodiscard]] int count(FileStatus status) const;
  /// True when any file failed (exit status 1).
  [[nodiscard]] bool any_failed() const { return count(FileStatus::failed) > 0; }
};

/// `imported 3 files: 1 new, 1 updated, 1 unchanged, 0 skipped, 0 failed; 3 levels, 14 exercises,
/// 14 videos, 5 tips; 2 warnings` (+ missing/pruned counts when any). Counts cover the articles now
/// in the library from these files (new, updated, unchanged); videos are distinct over the run.
std::string summary_line(const ImportReport& report);

/// The report as JSON (docs/import.md).
nlohmann::ordered_json report_to_json(const ImportReport& report);

}  // namespace rs::app

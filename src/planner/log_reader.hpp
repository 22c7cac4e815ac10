#pragma once
// Reading a training log file (`runstrength log --file FILE`, docs/log.md): YAML (a list of
// entries) or CSV (the columns `history --csv` writes). Parsing only: exercise names and plan ids
// are resolved against the library by src/app. Every problem is an rs::Error of kind usage naming
// the file and line, so one bad line rejects the whole file.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/training_log.hpp"

namespace rs::planner {

/// The two file forms.
enum class LogFormat { yaml, csv };

/// Which plan an entry of a file names.
enum class PlanRef {
  current,   ///< No `plan` given: the current (newest) plan.
  detached,  ///< `plan: none`: no plan (an entry whose plan was deleted).
  id,        ///< `plan: ID`.
};

/// One entry as read, before names and plans are resolved.
struct LogLine {
  int line = 0;                   ///< 1-based line in the file where the entry starts.
  PlanRef plan = PlanRef::current;  ///< Which plan the entry names.
  model::LogEntry entry;          ///< plan_id holds the id for PlanRef::id; slug holds the exercise as typed.
};

/// The form of a file: by its extension (.csv, .yaml, .yml), else CSV when the first line is the header.
LogFormat detect_log_format(std::string_view path, std::string_view text);

/// Parses a whole log file; `source` names it in messages. Entries are checked with
/// model::validate_entry. Throws rs::Error (usage) "SOURCE:LINE: ..." on the first bad entry.
std::vector<LogLine> read_log_file(std::string_view text, const std::string& source, LogFormat format);

/// Splits one CSV record (RFC 4180 quoting, no line breaks inside fields); nullopt when a quote is
/// left open or text follows a closing quote.
std::optional<std::vector<std::string>> split_csv_record(std::string_view record);

}  // namespace rs::planner

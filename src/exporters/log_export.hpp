#pragma once
// The training log written out (docs/log.md): CSV that `log --file` reads back unchanged, JSON
// ("schema": "runstrength.log/1", schemas/log.schema.json), and one exercise's progress as a table
// with a small text chart.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "model/training_log.hpp"

namespace rs::exporters {

/// Version string of the log JSON.
inline constexpr const char* log_schema_version = "runstrength.log/1";

/// One CSV field, quoted when it holds a comma, a quote or leading or trailing blanks.
std::string csv_field(std::string_view value);

/// The header line and one line per entry, the columns of model::log_csv_header.
std::string log_to_csv(const std::vector<model::LogEntry>& entries);

/// {"schema", "entries": [...]}: every field of every entry; absent values are null.
nlohmann::ordered_json log_to_json(const std::vector<model::LogEntry>& entries);

/// "3x10 @16kg RPE 7", "2x30s", "done RPE 6": what an entry says, in a few words.
std::string entry_summary(const model::LogEntry& entry);

/// One line per entry (date, sets x reps or seconds, load, RPE, pain) with a bar chart of the
/// work done (sets x reps or seconds, scaled to `width` characters).
std::string progress_text(const std::string& name, const std::vector<model::LogEntry>& entries, int width = 30);

}  // namespace rs::exporters

#include "planner/log_reader.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <map>

#include "util/error.hpp"
#include "util/text.hpp"

namespace rs::planner {

namespace {

using Fields = std::map<std::string, std::string>;

const std::vector<std::string>& columns() {
  static const std::vector<std::string> names = split(model::log_csv_header, ',');
  return names;
}

[[noreturn]] void fail(const std::string& source, int line, const std::string& message) {
  throw_usage(source + ":" + std::to_string(line) + ": " + message);
}

std::optional<int> number(const Fields& fields, const std::string& key) {
  const auto found = fields.find(key);
  if (found == fields.end() || found->second.empty()) return std::nullopt;
  const std::string_view text = found->second;
  int value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) {
    throw_usage(key + ": expected a whole number, not \"" + found->second + "\"");
  }
  return value;
}

bool flag(const Fields& fields, const std::string& key) {
  const auto found = fields.find(key);
  if (found == fields.end() || found->second.empty()) return false;
  const auto value = ascii_lower(found->second);
  if (value == "true" || value == "yes" || value == "1") return true;
  if (value == "false" || value == "no" || value == "0") return false;
  throw_usage(key + ": expected true or false, not \"" + found->second + "\"");
}

std::string text_of(const Fields& fields, const std::string& key) {
  const auto found = fields.find(key);
  return found == fields.end() ? std::string() : found->second;
}

// The entry named by one record's fields; throws usage errors without the line.
LogLine to_line(const Fields& fields) {
  LogLine line;
  auto& entry = line.entry;
  const auto date = parse_date(text_of(fields, "date"));
  if (!date) throw_usage("date: expected YYYY-MM-DD, not \"" + text_of(fields, "date") + "\"");
  entry.date = *date;
  const auto plan = text_of(fields, "plan");
  if (plan == "none") {
    line.plan = PlanRef::detached;
  } else if (!plan.empty()) {
    const auto id = number(fields, "plan");
    if (!id || *id < 1) throw_usage("plan: expected a plan id or none, not \"" + plan + "\"");
    line.plan = PlanRef::id;
    entry.plan_id = *id;
  }
  const auto outcome = text_of(fields, "outcome");
  const auto exercise = text_of(fields, "exercise");
  if (outcome.empty() == exercise.empty()) throw_usage("an entry has either an outcome or an exercise");
  if (!outcome.empty()) {
    entry.outcome = model::parse_outcome(outcome);
    if (!entry.outcome) throw_usage("outcome: expected done, skipped or partial, not \"" + outcome + "\"");
  } else {
    entry.kind = model::LogKind::exercise;
    entry.slug = exercise;
    entry.name = text_of(fields, "name");
    entry.extra = flag(fields, "extra");
    entry.sets = number(fields, "sets").value_or(0);
    entry.reps = number(fields, "reps");
    entry.seconds = number(fields, "seconds");
    if (const auto load = text_of(fields, "load"); !load.empty()) entry.load = model::parse_load(load, "load");
    entry.pain = flag(fields, "pain");
  }
  entry.rpe = number(fields, "rpe");
  entry.note = text_of(fields, "note");
  model::validate_entry(entry);
  return line;
}

LogLine checked(const Fields& fields, const std::string& source, int line_number) {
  try {
    auto line = to_line(fields);
    line.line = line_number;
    return line;
  } catch (const Error& error) {
    fail(source, line_number, error.what());
  }
}

std::vector<LogLine> read_csv(std::string_view text, const std::string& source) {
  std::vector<LogLine> lines;
  const auto records = split(text, '\n');
  bool header_seen = false;
  for (std::size_t index = 0; index < records.size(); ++index) {
    const int line_number = static_cast<int>(index + 1);
    std::string_view record = records[index];
    if (record.ends_with('\r')) record.remove_suffix(1);
    if (trim(record).empty()) continue;
    const auto cells = split_csv_record(record);
    if (!cells) fail(source, line_number, "a quoted field is not closed properly");
    if (!header_seen) {
      if (*cells != columns()) fail(source, line_number, "the first line must be the header " + std::string(model::log_csv_header));
      header_seen = true;
      continue;
    }
    if (cells->size() != columns().size()) {
      fail(source, line_number, "expected " + std::to_string(columns().size()) + " fields, found " +
                                    std::to_string(cells->size()));
    }
    Fields fields;
    for (std::size_t i = 0; i < cells->size(); ++i) fields[columns()[i]] = (*cells)[i];
    lines.push_back(checked(fields, source, line_number));
  }
  if (!header_seen) fail(source, 1, "empty file: expected the header " + std::string(model::log_csv_header));
  return lines;
}

std::vector<LogLine> read_yaml(std::string_view text, const std::string& source) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& error) {
    fail(source, error.mark.line + 1, "not valid YAML: " + error.msg);
  }
  if (root.IsNull()) return {};
  if (!root.IsSequence()) fail(source, root.Mark().line + 1, "expected a list of entries (- date: ...)");
  std::vector<LogLine> lines;
  for (const auto& item : root) {
    const int line_number = item.Mark().line + 1;
    if (!item.IsMap()) fail(source, line_number, "an entry is a mapping such as {date: 2026-12-08, outcome: done}");
    Fields fields;
    for (const auto& pair : item) {
      const auto key = pair.first.IsScalar() ? pair.first.Scalar() : std::string();
      if (std::find(columns().begin(), columns().end(), key) == columns().end()) {
        fail(source, pair.first.Mark().line + 1, "unknown key \"" + key + "\"");
      }
      if (!pair.second.IsScalar() && !pair.second.IsNull()) fail(source, pair.second.Mark().line + 1, key + ": expected a single value");
      fields[key] = pair.second.IsNull() ? std::string() : pair.second.Scalar();
    }
    lines.push_back(checked(fields, source, line_number));
  }
  return lines;
}

}  // namespace

LogFormat detect_log_format(std::string_view path, std::string_view text) {
  const auto lowered = ascii_lower(path);
  if (lowered.ends_with(".csv")) return LogFormat::csv;
  if (lowered.ends_with(".yaml") || lowered.ends_with(".yml")) return LogFormat::yaml;
  return trim(text).starts_with(model::log_csv_header) ? LogFormat::csv : LogFormat::yaml;
}

std::vector<LogLine> read_log_file(std::string_view text, const std::string& source, LogFormat format) {
  return format == LogFormat::csv ? read_csv(text, source) : read_yaml(text, source);
}

std::optional<std::vector<std::string>> split_csv_record(std::string_view record) {
  std::vector<std::string> cells(1);
  bool quoted = false;
  bool closed = false;
  for (std::size_t i = 0; i < record.size(); ++i) {
    const char ch = record[i];
    if (quoted) {
      if (ch != '"') {
        cells.back() += ch;
      } else if (i + 1 < record.size() && record[i + 1] == '"') {
        cells.back() += '"';
        ++i;
      } else {
        quoted = false;
        closed = true;
      }
    } else if (ch == ',') {
      cells.emplace_back();
      closed = false;
    } else if (closed) {
      return std::nullopt;
    } else if (ch == '"' && cells.back().empty()) {
      quoted = true;
    } else {
      cells.back() += ch;
    }
  }
  if (quoted) return std::nullopt;
  return cells;
}

}  // namespace rs::planner

#include "exporters/log_export.hpp"

#include <algorithm>
#include <sstream>

#include "util/date.hpp"
#include "util/text.hpp"

namespace rs::exporters {

namespace {

std::string optional_text(const std::optional<int>& value) { return value ? std::to_string(*value) : std::string(); }

nlohmann::ordered_json optional_json(const std::optional<int>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

int work(const model::LogEntry& entry) { return entry.sets * entry.reps.value_or(entry.seconds.value_or(0)); }

}  // namespace

std::string csv_field(std::string_view value) {
  const bool plain = value.find_first_of(",\"") == std::string_view::npos && trim(value) == value;
  if (plain) return std::string(value);
  std::string out = "\"";
  for (const char ch : value) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + "\"";
}

std::string log_to_csv(const std::vector<model::LogEntry>& entries) {
  std::ostringstream out;
  out << model::log_csv_header << '\n';
  for (const auto& entry : entries) {
    const bool exercise = entry.kind == model::LogKind::exercise;
    out << format_date(entry.date) << ',' << (entry.plan_id ? std::to_string(*entry.plan_id) : "none") << ','
        << (entry.outcome ? model::to_string(*entry.outcome) : "") << ',' << csv_field(entry.slug) << ','
        << csv_field(entry.name) << ',' << (exercise ? (entry.extra ? "true" : "false") : "") << ','
        << (exercise ? std::to_string(entry.sets) : "") << ',' << optional_text(entry.reps) << ','
        << optional_text(entry.seconds) << ',' << (entry.load ? model::format_load(*entry.load) : "") << ','
        << optional_text(entry.rpe) << ',' << (exercise ? (entry.pain ? "true" : "false") : "") << ','
        << csv_field(entry.note) << '\n';
  }
  return out.str();
}

nlohmann::ordered_json log_to_json(const std::vector<model::LogEntry>& entries) {
  auto list = nlohmann::ordered_json::array();
  for (const auto& entry : entries) {
    nlohmann::ordered_json item;
    item["id"] = entry.id;
    item["plan"] = entry.plan_id ? nlohmann::ordered_json(*entry.plan_id) : nlohmann::ordered_json(nullptr);
    item["date"] = format_date(entry.date);
    item["kind"] = model::to_string(entry.kind);
    item["outcome"] = entry.outcome ? nlohmann::ordered_json(model::to_string(*entry.outcome)) : nullptr;
    if (entry.kind == model::LogKind::exercise) {
      item["exercise"] = entry.slug;
      item["name"] = entry.name;
      item["extra"] = entry.extra;
      item["sets"] = entry.sets;
      item["reps"] = optional_json(entry.reps);
      item["seconds"] = optional_json(entry.seconds);
      item["load"] = entry.load ? nlohmann::ordered_json{{"amount", entry.load->amount},
                                                         {"unit", model::to_string(entry.load->unit)}}
                                : nlohmann::ordered_json(nullptr);
      item["pain"] = entry.pain;
    }
    item["rpe"] = optional_json(entry.rpe);
    item["note"] = entry.note;
    list.push_back(std::move(item));
  }
  return {{"schema", log_schema_version}, {"entries", std::move(list)}};
}

std::string entry_summary(const model::LogEntry& entry) {
  std::string text;
  if (entry.kind == model::LogKind::session) {
    text = std::string(model::to_string(*entry.outcome));
  } else {
    text = std::to_string(entry.sets) + "x" +
           (entry.reps ? std::to_string(*entry.reps) : std::to_string(entry.seconds.value_or(0)) + "s");
    if (entry.load) text += " @" + model::format_load(*entry.load);
  }
  if (entry.rpe) text += " RPE " + std::to_string(*entry.rpe);
  if (entry.pain) text += " pain";
  return text;
}

std::string progress_text(const std::string& name, const std::vector<model::LogEntry>& entries, int width) {
  std::ostringstream out;
  out << name << ": " << entries.size() << (entries.size() == 1 ? " entry" : " entries") << '\n';
  int most = 1;
  for (const auto& entry : entries) most = std::max(most, work(entry));
  for (const auto& entry : entries) {
    const int bar = std::max(1, work(entry) * width / most);
    auto summary = entry_summary(entry);
    summary.resize(std::max<std::size_t>(summary.size(), 24), ' ');
    out << format_date(entry.date) << "  " << summary << ' ' << std::string(static_cast<std::size_t>(bar), '#') << '\n';
  }
  return out.str();
}

}  // namespace rs::exporters

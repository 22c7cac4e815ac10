#include "model/training_log.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "util/error.hpp"
#include "util/text.hpp"

namespace rs::model {

namespace {
constexpr std::array<std::string_view, 2> kind_names = {"session", "exercise"};
constexpr std::array<std::string_view, 3> outcome_names = {"done", "skipped", "partial"};
constexpr double pounds_per_kg = 2.20462;

template <class Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::string_view, N>& names, std::string_view name) {
  const auto found = std::find(names.begin(), names.end(), name);
  if (found == names.end()) return std::nullopt;
  return static_cast<Enum>(found - names.begin());
}

void check_range(const std::optional<int>& value, int low, int high, std::string_view field) {
  if (value && (*value < low || *value > high)) {
    throw_usage(std::string(field) + " must be between " + std::to_string(low) + " and " + std::to_string(high) +
                " (not " + std::to_string(*value) + ")");
  }
}
}  // namespace

std::string_view to_string(LogKind kind) { return kind_names.at(static_cast<std::size_t>(kind)); }

std::optional<LogKind> parse_log_kind(std::string_view name) { return value_of<LogKind>(kind_names, name); }

std::string_view to_string(Outcome outcome) { return outcome_names.at(static_cast<std::size_t>(outcome)); }

std::optional<Outcome> parse_outcome(std::string_view name) { return value_of<Outcome>(outcome_names, name); }

std::string_view to_string(LoadUnit unit) { return unit == LoadUnit::kg ? "kg" : "lb"; }

Load parse_load(std::string_view text, std::string_view field) {
  const std::string lowered = ascii_lower(trim(text));
  const std::string_view value = lowered;
  Load load;
  std::string_view number;
  if (value.ends_with("kg")) {
    number = value.substr(0, value.size() - 2);
  } else if (value.ends_with("lbs") || value.ends_with("lb")) {
    load.unit = LoadUnit::lb;
    number = value.substr(0, value.size() - (value.ends_with("lbs") ? 3 : 2));
  } else {
    throw_usage(std::string(field) + ": a load needs its unit, e.g. 16kg or 35lb (not \"" + std::string(text) + "\")");
  }
  number = trim(number);
  const auto* end = number.data() + number.size();
  const auto [ptr, ec] = std::from_chars(number.data(), end, load.amount);
  if (number.empty() || ec != std::errc() || ptr != end || !std::isfinite(load.amount)) {
    throw_usage(std::string(field) + ": \"" + std::string(text) + "\" is not a load such as 16kg or 35lb");
  }
  const double limit = load.unit == LoadUnit::kg ? max_load_kg : std::round(max_load_kg * pounds_per_kg);
  if (load.amount <= 0 || load.amount > limit) {
    throw_usage(std::string(field) + ": a load must be above 0 and at most " + format_load({limit, load.unit}) +
                " (not \"" + std::string(text) + "\")");
  }
  return load;
}

std::string format_load(const Load& load) {
  std::array<char, 64> buffer{};
  const auto [ptr, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), load.amount);
  std::string text(buffer.data(), ec == std::errc() ? ptr : buffer.data());
  return text + std::string(to_string(load.unit));
}

void validate_entry(const LogEntry& entry) {
  check_range(entry.rpe, 1, 10, "RPE");
  for (const auto* text : {&entry.note, &entry.slug, &entry.name}) {
    for (const char ch : *text) {
      if (static_cast<unsigned char>(ch) < 0x20) throw_usage("names and notes are one line of text (no line breaks or tabs)");
    }
  }
  if (entry.note.size() > max_note_bytes) throw_usage("a note is at most " + std::to_string(max_note_bytes) + " bytes");
  if (entry.kind == LogKind::session) {
    if (!entry.outcome) throw_usage("a session entry needs done, skipped or partial");
    return;
  }
  if (entry.slug.empty()) throw_usage("an exercise entry needs the exercise's name or slug");
  check_range(entry.sets, 1, max_sets, "sets");
  if (entry.reps.has_value() == entry.seconds.has_value()) {
    throw_usage("an exercise entry needs either reps or seconds (one of them)");
  }
  check_range(entry.reps, 1, max_reps, "reps");
  check_range(entry.seconds, 1, max_seconds, "seconds");
}

}  // namespace rs::model

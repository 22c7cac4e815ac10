#pragma once
// The runner's training log: what really happened on a day of a plan (done, skipped, partial) and
// what was really done of one exercise (sets, reps or seconds, load, effort, pain). Written by
// `runstrength log`, stored by src/store (migrations/0011_training_log.sql), read back by `history`,
// `progress`, `today` and the adaptation of re-plans (docs/log.md).

#include <optional>
#include <string>
#include <string_view>

#include "util/date.hpp"

namespace rs::model {

/// What a log entry records: a whole day's session of the plan, or one exercise.
enum class LogKind { session, exercise };
/// "session" or "exercise".
std::string_view to_string(LogKind kind);
/// Parses "session" or "exercise"; nullopt otherwise.
std::optional<LogKind> parse_log_kind(std::string_view name);

/// How a planned session went.
enum class Outcome { done, skipped, partial };
/// "done", "skipped" or "partial".
std::string_view to_string(Outcome outcome);
/// Parses "done", "skipped" or "partial"; nullopt otherwise.
std::optional<Outcome> parse_outcome(std::string_view name);

/// The unit a load was given in; loads keep it (16 kg stays 16 kg, 35 lb stays 35 lb).
enum class LoadUnit { kg, lb };
/// "kg" or "lb".
std::string_view to_string(LoadUnit unit);

/// An external load: an amount in its unit.
struct Load {
  double amount = 0;           ///< Above 0, at most max_load in its unit.
  LoadUnit unit = LoadUnit::kg;
  /// Same amount and unit.
  friend bool operator==(const Load&, const Load&) = default;
};

/// The heaviest load accepted, in kg (in lb: the same weight, 660 lb).
inline constexpr double max_load_kg = 300;
/// The most sets, reps and seconds per set accepted in one entry.
inline constexpr int max_sets = 20;
/// The most reps per set accepted.
inline constexpr int max_reps = 200;
/// The longest hold per set accepted, in seconds.
inline constexpr int max_seconds = 1800;

/// The CSV header `history --csv` writes and `log --file` reads (docs/log.md).
inline constexpr std::string_view log_csv_header =
    "date,plan,outcome,exercise,name,extra,sets,reps,seconds,load,rpe,pain,note";

/// The longest note accepted, in bytes.
inline constexpr std::size_t max_note_bytes = 1000;

/// Parses "16kg", "16.5 kg", "35lb" or "35lbs"; throws rs::Error (usage) naming `field` for a
/// missing unit, a non-number, zero, a negative or an absurd amount.
Load parse_load(std::string_view text, std::string_view field);
/// "16kg", "16.5kg", "35lb": the shortest form that reads back as the same load.
std::string format_load(const Load& load);

/// One entry of the log.
struct LogEntry {
  long long id = 0;                    ///< Library id (0 until saved).
  std::optional<long long> plan_id;    ///< The plan it belongs to; none once that plan is deleted.
  Date date{};                         ///< The day it happened.
  LogKind kind = LogKind::session;     ///< A whole session or one exercise.
  std::optional<Outcome> outcome;      ///< Session entries: how it went.
  std::string slug;                    ///< Exercise entries: the exercise's slug.
  std::string name;                    ///< Exercise entries: its name as the library had it.
  bool extra = false;                  ///< Exercise entries: not in that day's planned session.
  int sets = 0;                        ///< Exercise entries: sets done (1..max_sets).
  std::optional<int> reps;             ///< Reps per set, for rep exercises.
  std::optional<int> seconds;          ///< Seconds per set, for holds.
  std::optional<Load> load;            ///< External load, in its unit.
  std::optional<int> rpe;              ///< Rating of perceived exertion, 1..10.
  bool pain = false;                   ///< The runner reported pain.
  std::string note;                    ///< Free text.
  /// Same content (ids included).
  friend bool operator==(const LogEntry&, const LogEntry&) = default;
};

/// Checks an entry's ranges: RPE 1..10, sets 1..max_sets, exactly one of reps (1..max_reps) or
/// seconds (1..max_seconds) for exercises, an outcome for sessions, a one-line note. Throws rs::Error (usage).
void validate_entry(const LogEntry& entry);

}  // namespace rs::model

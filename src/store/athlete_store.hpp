#pragma once
// The coach's roster (migrations/0012_athletes.sql): athletes with their own schedule, plans and
// calendar subscription token, the token kept only as its SHA-256 hash.

#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace rs::store {

/// The athlete the schema migration creates ("default"), owner of a library's earlier plans.
inline constexpr long long default_athlete_id = 1;

/// One athlete as stored.
struct Athlete {
  long long id = 0;                     ///< Athlete id (never reused).
  std::string name;                     ///< Unique, case-insensitively.
  std::optional<std::string> schedule;  ///< Saved schedule YAML, if any.
  bool has_token = false;               ///< A subscription token was made.
  std::string created_at;               ///< UTC "YYYY-MM-DDTHH:MM:SSZ"; empty for `default`.
  int plans = 0;                        ///< Saved plans.
  std::optional<long long> latest_plan; ///< The newest saved plan's id.
  int log_entries = 0;                  ///< Training-log entries (detached ones included).
};

/// Every athlete, by id.
std::vector<Athlete> list_athletes(Database& db);

/// The athlete named `name` (case-insensitive), or nullopt.
std::optional<Athlete> find_athlete(Database& db, const std::string& name);

/// Adds an athlete with an optional schedule; returns its id. Throws rs::Error (usage) when the
/// name is taken.
long long insert_athlete(Database& db, const std::string& name, const std::optional<std::string>& schedule);

/// Renames athlete `id`. Throws rs::Error (usage) when `name` is taken by another athlete.
void update_athlete_name(Database& db, long long id, const std::string& name);

/// Deletes athlete `id` with their plans and training log (ON DELETE CASCADE); false when there was none.
bool delete_athlete(Database& db, long long id);

/// Stores `yaml_text` as athlete `id`'s schedule.
void save_athlete_schedule(Database& db, long long id, const std::string& yaml_text);

/// Athlete `id`'s saved schedule text, if any.
std::optional<std::string> load_athlete_schedule(Database& db, long long id);

/// A saved calendar: its iCalendar text and the file it was imported from.
struct SavedCalendar {
  std::string text;  ///< iCalendar text.
  std::string file;  ///< The imported file's path, for messages.
};

/// Stores athlete `id`'s calendar (`schedule import`): its iCalendar text and the file it came from.
void save_athlete_calendar(Database& db, long long id, const std::string& ics_text, const std::string& file_name);

/// Athlete `id`'s saved calendar, if any.
std::optional<SavedCalendar> load_athlete_calendar(Database& db, long long id);

/// Stores the SHA-256 hex of athlete `id`'s new token, replacing any earlier one.
void set_token_hash(Database& db, long long id, const std::string& token_hash);

/// The athlete whose token hash is `token_hash`: their id and the stored hash (which the caller
/// compares in constant time), or nullopt.
std::optional<std::pair<long long, std::string>> find_token_hash(Database& db, const std::string& token_hash);

}  // namespace rs::store

#pragma once
// The coach's roster: adding, listing, renaming and removing athletes, and choosing the athlete a
// command works on (`--athlete NAME`, or the only athlete when the library has one).

#include <optional>
#include <string>
#include <vector>

#include "store/athlete_store.hpp"
#include "store/database.hpp"
#include "util/date.hpp"

namespace rs::app {

/// The athlete a command names with `--athlete`, or nullopt for "the only one".
using AthleteChoice = std::optional<std::string>;

/// Checks an athlete name: 1 to 64 bytes of UTF-8, no control characters, no blanks around it.
/// Throws rs::Error (usage) naming the problem.
void check_athlete_name(const std::string& name);

/// The id of the athlete `choice` names, or of the library's only athlete when it names none.
/// Throws rs::Error (usage) for an unknown name, and for no name when the library holds no
/// athlete or several (saying to use --athlete).
long long resolve_athlete(store::Database& db, const AthleteChoice& choice);

/// Adds athlete `name`, with the schedule YAML file `schedule_file` checked and saved when given.
/// Returns the new id. Throws rs::Error (usage) for a bad name or file or a name taken.
long long add_athlete(store::Database& db, const std::string& name, const std::optional<std::string>& schedule_file,
                      Date today = today_utc());

/// Every athlete, by id.
std::vector<store::Athlete> athletes(store::Database& db);

/// Athlete `name`; throws rs::Error (usage) when there is none.
store::Athlete athlete(store::Database& db, const std::string& name);

/// Renames athlete `old_name` to `new_name`. Throws rs::Error (usage) for an unknown athlete, a bad
/// or taken new name.
void rename_athlete(store::Database& db, const std::string& old_name, const std::string& new_name);

/// Removes athlete `name`. Refused (rs::Error, usage) while they have saved plans, unless `force`,
/// which removes the plans too. Returns how many plans went with them.
int remove_athlete(store::Database& db, const std::string& name, bool force);

/// A file name stem for each athlete of `roster`, in order: the name's ASCII words joined by '-'
/// ("Anna Müller" -> "anna-muller"), "athlete-<id>" when it has none, "-<id>" added on a clash.
std::vector<std::string> athlete_file_stems(const std::vector<store::Athlete>& roster);

}  // namespace rs::app

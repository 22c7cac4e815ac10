#pragma once
// Reading the runner's schedule: the YAML file (docs/planner.md), its defaults, command-line
// overrides and validation. Every problem is an rs::Error of kind usage (exit 2) naming the file,
// line and field.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.hpp"

namespace rs::planner {

/// Smallest and largest plan length in weeks.
inline constexpr int min_weeks = 1;
/// Largest plan length in weeks.
inline constexpr int max_weeks = 52;
/// Plan length when none is given.
inline constexpr int default_weeks = 8;

/// The documented default week (docs/planner.md) starting the Monday after `today`.
model::Schedule default_schedule(Date today);

/// Parses schedule YAML; `source` names the file in messages. Missing keys keep the defaults of
/// default_schedule(today). Throws rs::Error (usage) on any bad value.
model::Schedule parse_schedule(std::string_view yaml_text, const std::string& source, Date today);

/// Command-line values that override the schedule file, as typed.
struct ScheduleOverrides {
  std::optional<std::string> start;       ///< --start YYYY-MM-DD.
  std::optional<std::string> race;        ///< --race YYYY-MM-DD.
  std::optional<std::string> experience;  ///< --experience new|returning|experienced.
  std::optional<int> sessions;            ///< --sessions 1..4.
  std::optional<int> minutes;             ///< --minutes 15..60.
  std::optional<std::string> equipment;   ///< --equipment home|gym|weight,step,...
  std::optional<std::string> week;        ///< --week "mon=rest,tue=intervals,...".
  std::optional<std::string> days;        ///< --days mon,fri: the only strength days (times from the file kept).
};

/// Applies overrides to `schedule`; throws rs::Error (usage) naming the option on a bad value.
void apply_overrides(model::Schedule& schedule, const ScheduleOverrides& overrides);

/// Sets the runner's equipment from "home", "gym" or a comma-separated list; `field` names the
/// option or key in messages.
void set_equipment(model::Schedule& schedule, const std::vector<std::string>& items, const std::string& field);

/// Adds a race in date order; a race on the day of another replaces it.
void add_race(model::Schedule& schedule, const model::Race& race);

/// Checks ranges and the race date against the start and the plan length; throws usage errors.
void validate_schedule(const model::Schedule& schedule, int weeks);

/// The schedule as YAML in the documented format (what `schedule show` prints for defaults).
std::string schedule_to_yaml(const model::Schedule& schedule);

}  // namespace rs::planner

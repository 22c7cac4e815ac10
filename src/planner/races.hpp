#pragma once
// Races in the plan: distances as runners write them, the weeks a race shapes (taper, race week,
// recovery and the return weeks after it), races beyond the plan and `--until-race`
// (docs/planner.md, "Races" and "Recovery after a race").

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.hpp"

namespace rs::planner {

/// "your A race (marathon) on 2027-03-14": a race as warnings and rules name it.
std::string race_label(const model::Race& race);

/// A race distance in km from "5k", "10K", "10 km", "half", "half marathon", "marathon", "ultra",
/// "50k", "13.1 mi", "26.2mi" or a plain number of km; nullopt when the text names no distance.
std::optional<double> parse_race_distance(std::string_view text);

/// What a week after a race holds.
struct WeekRecovery {
  const model::Race* race = nullptr;  ///< The race it recovers from; null for an ordinary week.
  int cap_percent = 0;                ///< Sets at most this percent of the last full week (0: no cap).
  bool bodyweight_only = false;       ///< The first return week after an A race.
};

/// The phase of week `number` (1-based) of `weeks_count`: race week and taper for A races, then the
/// recovery weeks after A and B races, then deload every 4th week of plans of 6 weeks or more,
/// then base (weeks 1-3) and build.
model::Phase race_phase(const model::Schedule& schedule, int number, int weeks_count);

/// The recovery role of week `number`: after an A race the weeks up to the end of its no-strength
/// days, then a return week at 50% bodyweight only, then one at 75%; after a B race the weeks up
/// to the end of its no-strength days, the last of them (the first with strength again) at 70%.
WeekRecovery week_recovery(const model::Schedule& schedule, int number);

/// The rule about races that forbids strength on `date` (race day, the 3 days before an A or B
/// race, the recovery days after one), or nullopt.
std::optional<std::string> race_rule_violation(const model::Schedule& schedule, Date date);

/// Warnings for races after the plan's last week, naming their week and the --weeks reaching them.
std::vector<std::string> races_beyond(const model::Schedule& schedule, int weeks_count);

/// The plan length that reaches the A race and the two return weeks after it (`--until-race`).
/// Throws a usage error when there is no A race or it needs more than 52 weeks.
int weeks_until_race(const model::Schedule& schedule);

}  // namespace rs::planner

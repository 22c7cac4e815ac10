#pragma once
// Hand-built plans for the exporter tests: realistic, fixed values (no planner, no clock), so that
// golden files stay byte-stable.

#include "model/plan.hpp"

namespace rs::test {

/// A saved 2-week plan for a new runner, all-day sessions (no schedule time), 2 sessions a week.
model::Plan sample_all_day_plan();

/// The same plan with sessions at 18:30 in Europe/London and a 15-minute alarm-ready schedule.
model::Plan sample_timed_zone_plan();

/// The same plan at 07:15 floating local time (no time zone).
model::Plan sample_timed_floating_plan();

/// A plan whose names, notes, substitutes and reasons carry commas, semicolons, backslashes,
/// quotes, newlines, emoji and accented letters, long enough to fold many times.
model::Plan sample_hostile_plan();

}  // namespace rs::test

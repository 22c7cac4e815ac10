#pragma once
// The time a session takes: reps or holds, rest between sets, transitions between exercises and
// the warm-up (docs/planner.md, "Time estimate"). The planner fills sessions with it and every
// output shows it, so it lives with the plan model.

#include <string>

#include "model/plan.hpp"

namespace rs::model {

/// Seconds a repetition takes at the normal pace (about 1.5 s down, 1.5 s up).
inline constexpr int seconds_per_rep = 3;
/// Seconds a repetition takes at the slow tempo 3-1-1 (3 s down, 1 s pause, 1 s up).
inline constexpr int tempo_seconds_per_rep = 5;
/// Rest between two sets of one exercise.
inline constexpr int rest_seconds = 45;
/// Moving on to the next exercise: setting up, reading it, the first position.
inline constexpr int transition_seconds = 30;
/// The tempo name shown and stored for a slow lowering.
inline constexpr const char* slow_tempo = "3-1-1";

/// Work and rest of one exercise's sets.
struct ItemTime {
  int work = 0;  ///< Seconds of reps or holds, both sides when per side.
  int rest = 0;  ///< Seconds of rest between its sets (one rest fewer than sets).
};

/// Work and rest of `sets` sets of `reps` reps (or a `hold` of seconds when reps is 0).
ItemTime item_time(int sets, int reps, int hold, bool per_side, bool tempo);

/// Work and rest of one prescribed exercise; the stretching item is all work.
ItemTime item_time(const SessionExercise& item);

/// A session's estimate in parts, in seconds.
struct TimeEstimate {
  int warmup = 0;       ///< Stretching and the basics (activation and mobility block), their rests included.
  int work = 0;         ///< Reps and holds of the main block.
  int rest = 0;         ///< Rest between the main block's sets.
  int transitions = 0;  ///< One transition before each exercise after the first.
  /// The whole session in seconds.
  [[nodiscard]] int total() const { return warmup + work + rest + transitions; }
  /// The whole session in minutes, rounded up.
  [[nodiscard]] int minutes() const { return (total() + 59) / 60; }
};

/// The estimate of a session from its warm-up and main block.
TimeEstimate estimate_session(const Session& session);

/// "warm-up 7, work 12, rest 8, transitions 3" (minutes, rounded to the nearest; parts may not add
/// up to the rounded-up total).
std::string estimate_parts_text(const TimeEstimate& estimate);

/// The cue of a tempo such as "3-1-1": "3-1-1 tempo: lower for 3 seconds, pause 1, rise in 1".
std::string tempo_cue(const std::string& tempo);

/// "about 41 of 45 minutes" (or "about 41 minutes" when the target is unknown, 0).
std::string minutes_text(int minutes, int target);

/// What a session fills toward: the runner's minutes, 70% in a deload week, 60% in a taper week,
/// the recovery cap (`recovery_percent`, 0 = none) in a recovery week, at most 20 minutes in a race
/// week or on a light day; at least 10 minutes (or the runner's minutes when fewer).
int target_minutes(int minutes, Phase phase, int recovery_percent, bool light);

}  // namespace rs::model

#pragma once
// Reading the training log of the weeks already lived into what it asks of the weeks ahead
// (docs/log.md, "Adaptation"): per exercise, a hold or a step back for its next appearance, steps
// sooner after two easy sessions, a swap after two hard or painful ones; for the whole plan, a
// week of progression given back after a missed week. Pure: used by planner/adapt.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "model/training_log.hpp"

namespace rs::planner {

/// RPE at or above which an exercise was too hard (hold, then replace).
inline constexpr int hard_rpe = 9;
/// RPE at or below which an exercise was easy (two running: progress one step sooner).
inline constexpr int easy_rpe = 6;

/// A change the log asks for, with the entries behind it.
struct LogReason {
  std::string why;                        ///< The entries in words: "RPE 9 on 2026-12-08".
  std::vector<model::AdaptCause> causes;  ///< The entries themselves.
};

/// A cap on an exercise's next appearance: no more than the dose lived (held), or one
/// progression step below it (stepped_back, after pain).
struct NextCap {
  model::AdaptChange change = model::AdaptChange::held;  ///< held or stepped_back.
  model::SessionExercise dose;  ///< The dose as lived: the log's sets and reps or seconds where it has them.
  LogReason reason;             ///< Why.
  std::optional<model::Load> load;  ///< The load logged with it, if any: the weight to keep or go under.
};

/// What the log asks of one exercise in the weeks ahead.
struct ExerciseAdvice {
  std::optional<NextCap> next;          ///< For its next appearance only.
  int sooner = 0;                       ///< Progression steps ahead of the plan (too easy twice, each time).
  std::optional<LogReason> faster;      ///< Why it is ahead.
  std::optional<LogReason> replace;     ///< Hard or painful twice running: swapped from now on.
};

/// Everything the log of the lived weeks asks.
struct LogReading {
  std::map<std::string, ExerciseAdvice> exercises;  ///< By exercise slug.
  int weeks_back = 0;                               ///< Weeks of progression given back (missed weeks).
  std::optional<LogReason> back;                    ///< Why.
};

/// Reads the sessions of `saved`'s weeks numbered in `lived` in date order against `log`:
/// skipped (hold its exercises), two skipped running or a whole week skipped (a week back), RPE
/// 9-10 (hold) or pain (a step back) on an exercise and either twice running (replace), a
/// partial session (hold), RPE 6 or less twice running (a step sooner). An exercise entry's RPE
/// wins over the session entry's for that exercise. With `today`, a lived week's sessions after
/// it are still ahead: they are not read, and that week has not ended (no whole-week rule yet).
LogReading read_training_log(const model::Plan& saved, const std::vector<int>& lived,
                             const std::vector<model::LogEntry>& log, std::optional<Date> today = std::nullopt);

}  // namespace rs::planner

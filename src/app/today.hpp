#pragma once
// `runstrength today [--date D]`: what the current plan holds for a day (docs/log.md): the session
// due that day with its run, else the next session, and the last past session not yet logged.

#include <optional>
#include <string>
#include <vector>

#include "app/athletes.hpp"
#include "model/plan.hpp"
#include "model/training_log.hpp"
#include "store/database.hpp"
#include "util/date.hpp"

namespace rs::app {

/// Where the day falls in the plan.
enum class DayKind {
  no_plan,       ///< No plan is saved.
  before_start,  ///< Before the plan's first day.
  session_day,   ///< A strength session is planned that day.
  rest_day,      ///< Within the plan, no strength that day.
  after_end,     ///< After the plan's last day.
};
/// "no-plan", "before-start", "session", "rest", "after-end".
std::string to_string(DayKind kind);

/// A session of the plan with the week it belongs to.
struct DatedSession {
  model::Week week;        ///< Its week (number, phase, runs).
  model::Session session;  ///< The session.
};

/// The day as the plan sees it.
struct DayView {
  Date date{};                                ///< The day asked about.
  DayKind kind = DayKind::no_plan;            ///< Where it falls.
  std::optional<model::Plan> plan;           ///< The plan (none when no plan is saved).
  std::optional<model::Run> run;              ///< The day's run, within the plan.
  std::optional<DatedSession> due;            ///< The session of the day.
  std::optional<DatedSession> next;           ///< The next session after the day.
  std::optional<DatedSession> unlogged;       ///< The last session before the day with no log entry.
  std::vector<model::LogEntry> logged;        ///< What is logged for the day.
};

/// The day `date` ("YYYY-MM-DD", empty: today) of plan `plan_id` (default: the newest plan).
/// Throws rs::Error (usage) for a malformed date or an unknown plan.
DayView day_view(store::Database& db, const std::string& date, std::optional<long long> plan_id = std::nullopt,
                 const AthleteChoice& athlete = {});

}  // namespace rs::app

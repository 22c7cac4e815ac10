#include "app/today.hpp"

#include "app/log_resolve.hpp"
#include "app/make_plan.hpp"
#include "store/log_store.hpp"
#include "util/error.hpp"

namespace rs::app {

std::string to_string(DayKind kind) {
  switch (kind) {
    case DayKind::no_plan: return "no-plan";
    case DayKind::before_start: return "before-start";
    case DayKind::session_day: return "session";
    case DayKind::rest_day: return "rest";
    case DayKind::after_end: return "after-end";
  }
  return "rest";
}

DayView day_view(store::Database& db, const std::string& date, std::optional<long long> plan_id,
                 const AthleteChoice& athlete) {
  DayView view;
  view.date = date.empty() ? today_utc() : parse_log_date(date, "--date");
  if (!plan_id) plan_id = store::newest_plan_id(db, resolve_athlete(db, athlete));
  if (!plan_id) return view;
  view.plan = saved_plan(db, *plan_id);
  if (athlete && view.plan->athlete_id != resolve_athlete(db, athlete)) {
    throw_usage("plan " + std::to_string(*plan_id) + " is not athlete \"" + *athlete + "\"'s");
  }
  const auto& plan = *view.plan;
  store::LogQuery query;
  query.plan_id = plan.id;
  const auto log = store::read_log(db, query);
  const auto logged_on = [&](Date day) {
    for (const auto& entry : log) {
      if (entry.date == day) return true;
    }
    return false;
  };
  for (const auto& entry : log) {
    if (entry.date == view.date) view.logged.push_back(entry);
  }
  for (const auto& week : plan.weeks) {
    for (const auto& run : week.runs) {
      if (run.date == view.date) view.run = run;
    }
    for (const auto& session : week.sessions) {
      if (session.date == view.date) view.due = DatedSession{week, session};
      if (session.date > view.date && !view.next) view.next = DatedSession{week, session};
      if (session.date < view.date && !logged_on(session.date)) view.unlogged = DatedSession{week, session};
    }
  }
  const Date first = plan.weeks.empty() ? plan.schedule.start : plan.weeks.front().start;
  const Date last = plan.weeks.empty() || plan.weeks.back().runs.empty() ? first + std::chrono::days(6)
                                                                        : plan.weeks.back().runs.back().date;
  if (view.due) {
    view.kind = DayKind::session_day;
  } else if (view.date < first) {
    view.kind = DayKind::before_start;
  } else if (view.date > last) {
    view.kind = DayKind::after_end;
  } else {
    view.kind = DayKind::rest_day;
  }
  return view;
}

}  // namespace rs::app

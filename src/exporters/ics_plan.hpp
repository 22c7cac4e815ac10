#pragma once
// A plan as one iCalendar object (RFC 5545): one VEVENT per strength session, with stable UIDs,
// DTSTAMP from the plan's saved time and SEQUENCE from the session, so that re-importing an updated
// plan updates events in place. Format described in docs/ics.md.

#include <optional>
#include <string>

#include "model/plan.hpp"

namespace rs::exporters {

/// Options of the iCalendar export.
struct IcsOptions {
  std::optional<int> alarm_minutes;  ///< VALARM this many minutes before each timed session.
};

/// The session's UID: session.uid when set, otherwise derived from the plan identity (or id),
/// the week number and the 1-based index of the session in its week. Never random.
std::string session_uid(const model::Plan& plan, const model::Week& week, std::size_t index);

/// "core and glutes", "core, glutes and calves": body areas joined for people.
std::string join_areas(const std::vector<std::string>& areas);

/// "Strength: core and glutes (week 3)".
std::string session_summary(const model::Session& session, int week_number);

/// "after your tempo run", "instead of your easy run", "on your rest day".
std::string placement_text(const model::Session& session, const model::Week& week);


/// The plain-text event description: placement, reason, warm-up, exercises with dose,
/// substitute and video link, and the coaching note.
std::string session_description(const model::Session& session, const model::Week& week);

/// The whole calendar, CRLF-terminated and folded. Throws rs::Error (usage) for a malformed
/// schedule time, an unknown time zone, a malformed saved_at or an alarm out of 0..10080 minutes.
std::string plan_to_ics(const model::Plan& plan, const IcsOptions& options = {});

}  // namespace rs::exporters

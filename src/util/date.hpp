#pragma once
// Calendar dates (no time zone) on top of std::chrono: parsing, formatting, weekdays.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace rs {

/// A calendar day. Arithmetic in days via std::chrono::sys_days.
using Date = std::chrono::sys_days;

/// Parses "YYYY-MM-DD" strictly (zero-padded, a real calendar day); nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);

/// Formats as "YYYY-MM-DD".
std::string format_date(Date date);

/// Monday-based weekday index: Monday 0 ... Sunday 6.
int weekday_index(Date date);

/// Short weekday name "mon" ... "sun" for a Monday-based index 0..6.
std::string_view weekday_name(int index);

/// The index 0..6 of "mon" ... "sun"; nullopt for anything else.
std::optional<int> parse_weekday(std::string_view name);

/// The first Monday strictly after `date` (the default plan start is the next Monday).
Date next_monday(Date date);

/// Today's date in UTC.
Date today_utc();

/// The current time in UTC as "YYYY-MM-DDTHH:MM:SSZ" (extended ISO 8601: stored timestamps).
std::string utc_now_iso8601();

/// The current time in UTC as "YYYYMMDDTHHMMSSZ" (basic ISO 8601: plan identities).
std::string utc_now_basic();

/// A UTC "YYYYMMDDTHHMMSSZ" timestamp for people: "2026-11-30 16:22" (text of another shape
/// comes back unchanged).
std::string human_timestamp(std::string_view basic);

}  // namespace rs

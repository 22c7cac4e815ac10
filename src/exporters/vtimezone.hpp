#pragma once
// VTIMEZONE components (RFC 5545 3.6.5) built from the system time zone database: the TZif file
// /usr/share/zoneinfo/<Zone> (package tzdata; $TZDIR overrides the folder), using the POSIX TZ
// string in its version 2+ footer, which describes the zone's current rules.

#include <optional>
#include <string>
#include <string_view>

#include "exporters/ics_text.hpp"

namespace rs::exporters {

/// A POSIX TZ transition rule "Mm.w.d[/time]": month 1..12, week 1..5 (5 = last), weekday 0..6
/// (0 = Sunday), local time of the change in seconds after midnight.
struct TzRule {
  int month = 1;       ///< 1..12.
  int week = 1;        ///< 1..4, or 5 for the last such weekday of the month.
  int weekday = 0;     ///< 0 = Sunday ... 6 = Saturday.
  int seconds = 7200;  ///< Local time of the change (default 02:00).
};

/// Daylight saving part of a POSIX TZ string.
struct TzDaylight {
  std::string name;  ///< Abbreviation, e.g. "BST" (angle brackets removed).
  int offset = 0;    ///< Seconds east of UTC while in effect.
  TzRule start;      ///< When daylight time starts (in standard local time).
  TzRule end;        ///< When it ends (in daylight local time).
};

/// A parsed POSIX TZ string such as "GMT0BST,M3.5.0/1,M10.5.0".
struct PosixTz {
  std::string std_name;                ///< Standard time abbreviation.
  int std_offset = 0;                  ///< Seconds east of UTC (POSIX writes the opposite sign).
  std::optional<TzDaylight> daylight;  ///< None for zones without daylight saving time.
};

/// Parses a POSIX TZ string; throws rs::Error for malformed strings and for rules an RFC 5545
/// RRULE cannot express here (Julian-day rules, change times outside 00:00..23:59:59).
PosixTz parse_posix_tz(std::string_view text);

/// True when `zone` looks like an IANA zone name: ASCII letters, digits, '_', '+', '-' in
/// components separated by single '/', no leading '/', no "." components. Guards the file path.
bool valid_zone_name(std::string_view zone);

/// Reads the POSIX TZ footer of the zone's TZif file; throws a usage rs::Error for invalid or
/// unknown zone names and for files that are not TZif version 2 or later.
std::string read_zone_footer(std::string_view zone);

/// Checks that `zone` names a zone this exporter can describe (throws as read_zone_footer and
/// parse_posix_tz do).
void check_zone(std::string_view zone);

/// Writes BEGIN:VTIMEZONE ... END:VTIMEZONE for `zone`: a STANDARD and a DAYLIGHT sub-component with
/// yearly RRULEs when the zone has daylight saving time, a single STANDARD otherwise.
void write_vtimezone(ics::Writer& writer, std::string_view zone);

}  // namespace rs::exporters

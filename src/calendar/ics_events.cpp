#include "calendar/ics_events.hpp"

#include <algorithm>
#include <ctime>
#include <map>
#include <memory>
#include <set>

#include "calendar/ics_parse.hpp"
#include "util/error.hpp"
#include "util/utf8.hpp"

namespace rs::calendar {

namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

std::size_t line_of(std::string_view text, std::size_t offset) {
  return static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n')) + 1;
}

void refuse_binary(std::string_view text, const std::string& source) {
  const auto nul = text.find('\0');
  auto bad = find_invalid_utf8(text);
  if (nul != std::string_view::npos && (!bad || nul < *bad)) bad = nul;
  if (bad) {
    throw Error(source + ": line " + std::to_string(line_of(text, *bad)) +
                ": binary data (not UTF-8 text): not an iCalendar file",
                ErrorKind::usage);
  }
}

std::string text_or_empty(const char* text) { return text == nullptr ? std::string() : std::string(text); }

// The calendar's own zone for UTC times: X-WR-TIMEZONE (Google, Apple) or X-USER-TIMEZONE (Runna).
icaltimezone* calendar_zone(icalcomponent* calendar, const std::optional<std::string>& fallback) {
  for (auto* property = icalcomponent_get_first_property(calendar, ICAL_X_PROPERTY); property != nullptr;
       property = icalcomponent_get_next_property(calendar, ICAL_X_PROPERTY)) {
    const std::string name = text_or_empty(icalproperty_get_x_name(property));
    if (name != "X-WR-TIMEZONE" && name != "X-USER-TIMEZONE") continue;
    if (auto* zone = icaltimezone_get_builtin_timezone(icalproperty_get_x(property))) return zone;
  }
  if (fallback) return icaltimezone_get_builtin_timezone(fallback->c_str());
  return nullptr;
}

Date local_date(icaltimetype time, icaltimezone* zone) {
  if (!time.is_date && icaltime_is_utc(time) && zone != nullptr) time = icaltime_convert_to_zone(time, zone);
  return Date{year{time.year} / month{static_cast<unsigned>(time.month)} / day{static_cast<unsigned>(time.day)}};
}

bool valid(icaltimetype time) {
  return !icaltime_is_null_time(time) && icaltime_is_valid_time(time) != 0 && time.year > 1900 && time.year < 3000 &&
         time.month >= 1 && time.month <= 12 && time.day >= 1 && time.day <= 31;
}

EventText event_text(icalcomponent* event) {
  EventText text{text_or_empty(icalcomponent_get_summary(event)), text_or_empty(icalcomponent_get_description(event)),
                 {}, text_or_empty(icalcomponent_get_uid(event))};
  for (auto* property = icalcomponent_get_first_property(event, ICAL_CATEGORIES_PROPERTY); property != nullptr;
       property = icalcomponent_get_next_property(event, ICAL_CATEGORIES_PROPERTY)) {
    text.categories.push_back(text_or_empty(icalproperty_get_categories(property)));
  }
  return text;
}

// The dates of one event in [from, until): DTSTART, RRULEs, RDATEs, less EXDATEs and moved ones.
struct Expansion {
  std::set<Date> dates;
  std::set<Date> excluded;
  std::size_t steps = 0;           // recurrence steps taken, all rules of the event together
  bool truncated = false;          // stopped at max_recurrence_steps or max_occurrences_per_event
  bool skipped_rule = false;       // a sub-daily rule that picks days or times, not expanded
  bool out_of_time = false;        // past Window::deadline
};

// What one recurrence step may land on: Expansion::dates when in range and not excluded.
struct Window {
  icaltimezone* zone = nullptr;
  Date from{};
  Date until{};
  std::clock_t deadline = 0;  // processor time past which expansion stops (max_expansion_seconds)
  void add(Expansion& out, icaltimetype time) const {
    if (!valid(time)) return;
    const Date date = local_date(time, zone);
    if (date >= from && date < until && out.excluded.count(date) == 0) out.dates.insert(date);
  }
};

// A rule repeating by the second, minute or hour with any BY part: libical steps through every
// second (minute, hour) it skips inside one call, so FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30
// never returns and FREQ=SECONDLY;BYMONTH=12 takes seconds per date.
bool sub_daily_with_parts(const icalrecurrencetype& rule) {
  if (rule.freq != ICAL_SECONDLY_RECURRENCE && rule.freq != ICAL_MINUTELY_RECURRENCE &&
      rule.freq != ICAL_HOURLY_RECURRENCE) {
    return false;
  }
  for (const short* part : {rule.by_second, rule.by_minute, rule.by_hour, rule.by_day, rule.by_month_day,
                            rule.by_year_day, rule.by_week_no, rule.by_month, rule.by_set_pos}) {
    if (part[0] != ICAL_RECURRENCE_ARRAY_MAX) return true;
  }
  return false;
}

// `time` on `date` (same zone and kind), at midnight when it has a time.
icaltimetype on_date(icaltimetype time, Date date) {
  const std::chrono::year_month_day day{date};
  time.year = static_cast<int>(day.year());
  time.month = static_cast<int>(static_cast<unsigned>(day.month()));
  time.day = static_cast<int>(static_cast<unsigned>(day.day()));
  time.hour = time.minute = time.second = 0;
  return time;
}

// Steps one RRULE from DTSTART (or from the day before the window, when it has no COUNT), up to
// the day after the window: libical then stops a rule that never matches (DAILY;BYMONTH=2;
// BYMONTHDAY=30) there, not in the year 2582.
void expand_rule(icalrecurrencetype rule, icaltimetype start, const Window& window, Expansion& out) {
  const auto bound = on_date(start, window.until + std::chrono::days{1});
  if (icaltime_is_null_time(rule.until) || icaltime_compare(rule.until, bound) > 0) rule.until = bound;
  icalrecur_iterator* iterator = icalrecur_iterator_new(rule, start);
  if (iterator == nullptr) return;
  if (rule.count == 0 && local_date(start, window.zone) < window.from) {
    // A rule it cannot jump is stepped from DTSTART.
    icalrecur_iterator_set_start(iterator, on_date(start, window.from - std::chrono::days{1}));
    icalerror_clear_errno();
  }
  for (auto time = icalrecur_iterator_next(iterator); !icaltime_is_null_time(time);
       time = icalrecur_iterator_next(iterator)) {
    if (std::clock() > window.deadline) {
      out.out_of_time = true;
      break;
    }
    if (++out.steps > max_recurrence_steps || out.dates.size() >= max_occurrences_per_event) {
      out.truncated = true;
      break;
    }
    if (valid(time) && local_date(time, window.zone) >= window.until) break;
    window.add(out, time);
  }
  icalrecur_iterator_free(iterator);
  if (std::clock() > window.deadline) out.out_of_time = true;
}

Expansion expand(icalcomponent* event, icaltimetype start, const Window& window, const std::set<Date>& moved) {
  Expansion out;
  out.excluded = moved;
  for (auto* property = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); property != nullptr;
       property = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
    const auto time = icalproperty_get_exdate(property);
    if (valid(time)) out.excluded.insert(local_date(time, window.zone));
  }
  window.add(out, start);
  for (auto* property = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY); property != nullptr;
       property = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
    const auto rdate = icalproperty_get_rdate(property);
    window.add(out, icaltime_is_null_time(rdate.time) ? rdate.period.start : rdate.time);
  }
  for (auto* property = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
       property != nullptr && !out.truncated && !out.out_of_time; property = icalcomponent_get_next_property(event, ICAL_RRULE_PROPERTY)) {
    const auto rule = icalproperty_get_rrule(property);
    if (rule.freq == ICAL_NO_RECURRENCE) continue;
    if (sub_daily_with_parts(rule)) {
      out.skipped_rule = true;
      continue;
    }
    expand_rule(rule, start, window, out);
  }
  icalerror_clear_errno();
  return out;
}

std::vector<icalcomponent*> calendars_of(const std::vector<ComponentPtr>& roots) {
  std::vector<icalcomponent*> calendars;
  for (const auto& root : roots) {
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) calendars.push_back(root.get());
  }
  return calendars;
}

std::string plural(std::size_t count, const std::string& word) {
  return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

// Adds the occurrences of one event to `read`, with its warnings; throws past the file's steps.
void read_event(icalcomponent* event, const Window& window, const std::map<std::string, std::set<Date>>& moved,
                const std::string& source, std::size_t& steps_left, ReadEvents& read) {
  auto about = event_text(event);
  const auto start = icalcomponent_get_dtstart(event);
  icalerror_clear_errno();
  if (!valid(start)) {
    read.warnings.push_back(source + ": event \"" + about.summary + "\" has no valid DTSTART: skipped");
    return;
  }
  static const std::set<Date> none;
  const auto series = moved.find(about.uid);
  const bool is_moved = valid(icalcomponent_get_recurrenceid(event));
  const auto expansion = expand(event, start, window, is_moved || series == moved.end() ? none : series->second);
  if (expansion.out_of_time) {
    throw Error(source + ": event \"" + about.summary + "\": expanding the recurring events takes more than " +
                    std::to_string(max_expansion_seconds) +
                    " s of processor time: a calendar may take at most that (a rule that never matches, such as "
                    "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30, makes libical search up to the year 2582)",
                ErrorKind::usage);
  }
  if (expansion.steps > steps_left) {
    throw Error(source + ": event \"" + about.summary + "\": the recurring events take more than " +
                    std::to_string(max_calendar_recurrence_steps) +
                    " recurrence steps in the plan's dates: a calendar may take at most that",
                ErrorKind::usage);
  }
  steps_left -= expansion.steps;
  if (expansion.truncated) {
    read.warnings.push_back(source + ": event \"" + about.summary + "\" repeats too often: only its first " +
                            plural(std::min(expansion.dates.size(), max_occurrences_per_event), "occurrence") +
                            " in the plan's dates are read");
  }
  if (expansion.skipped_rule) {
    read.warnings.push_back(source + ": event \"" + about.summary + "\" repeats by the second, minute or hour on "
                            "chosen days or times: that rule is not read");
  }
  for (const Date date : expansion.dates) read.occurrences.push_back({date, about});
}

}  // namespace

ReadEvents read_events(std::string_view text, const std::string& source, Date from, Date until,
                       const std::optional<std::string>& zone) {
  if (text.size() > max_file_bytes) {
    throw Error(source + ": " + std::to_string(text.size()) + " bytes: a calendar file may hold at most 10 MB",
                ErrorKind::usage);
  }
  refuse_binary(text, source);
  const auto roots = parse_calendar_text(text, source);
  const auto calendars = calendars_of(roots);
  if (calendars.empty()) {
    throw Error(source + ": not an iCalendar file (no BEGIN:VCALENDAR ... END:VCALENDAR)", ErrorKind::usage);
  }

  ReadEvents read;
  std::size_t steps_left = max_calendar_recurrence_steps;
  const std::clock_t deadline = std::clock() + static_cast<std::clock_t>(max_expansion_seconds * CLOCKS_PER_SEC);
  for (auto* calendar : calendars) {
    auto* local_zone = calendar_zone(calendar, zone);
    // Occurrences moved by a RECURRENCE-ID event leave their series.
    std::map<std::string, std::set<Date>> moved;
    for (auto* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event != nullptr;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
      const auto recurrence_id = icalcomponent_get_recurrenceid(event);
      if (valid(recurrence_id)) moved[text_or_empty(icalcomponent_get_uid(event))].insert(local_date(recurrence_id, local_zone));
    }
    const Window window{local_zone, from, until, deadline};
    for (auto* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event != nullptr;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
      read_event(event, window, moved, source, steps_left, read);
    }
  }
  return read;
}

}  // namespace rs::calendar

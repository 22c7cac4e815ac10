#include "calendar/ics_events.hpp"

#include <algorithm>
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
  bool truncated = false;
};

Expansion expand(icalcomponent* event, icaltimetype start, icaltimezone* zone, Date from, Date until,
                 const std::set<Date>& moved) {
  Expansion out;
  std::set<Date> excluded = moved;
  for (auto* property = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); property != nullptr;
       property = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
    const auto time = icalproperty_get_exdate(property);
    if (valid(time)) excluded.insert(local_date(time, zone));
  }
  const auto add = [&](icaltimetype time) {
    if (!valid(time)) return;
    const Date date = local_date(time, zone);
    if (date >= from && date < until && excluded.count(date) == 0) out.dates.insert(date);
  };
  add(start);
  for (auto* property = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY); property != nullptr;
       property = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
    const auto rdate = icalproperty_get_rdate(property);
    add(icaltime_is_null_time(rdate.time) ? rdate.period.start : rdate.time);
  }
  for (auto* property = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY); property != nullptr;
       property = icalcomponent_get_next_property(event, ICAL_RRULE_PROPERTY)) {
    const auto rule = icalproperty_get_rrule(property);
    if (rule.freq == ICAL_NO_RECURRENCE) continue;
    icalrecur_iterator* iterator = icalrecur_iterator_new(rule, start);
    if (iterator == nullptr) {
      icalerror_clear_errno();
      continue;
    }
    if (rule.count == 0 && local_date(start, zone) < from) {
      icaltimetype jump = start;
      const std::chrono::year_month_day first{from - std::chrono::days{1}};
      jump.year = static_cast<int>(first.year());
      jump.month = static_cast<int>(static_cast<unsigned>(first.month()));
      jump.day = static_cast<int>(static_cast<unsigned>(first.day()));
      icalrecur_iterator_set_start(iterator, jump);  // a rule it cannot jump is stepped from DTSTART
      icalerror_clear_errno();
    }
    std::size_t steps = 0;
    for (auto time = icalrecur_iterator_next(iterator); !icaltime_is_null_time(time);
         time = icalrecur_iterator_next(iterator)) {
      if (++steps > max_recurrence_steps || out.dates.size() >= max_occurrences_per_event) {
        out.truncated = true;
        break;
      }
      if (valid(time) && local_date(time, zone) >= until) break;
      add(time);
    }
    icalrecur_iterator_free(iterator);
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
  for (auto* calendar : calendars) {
    auto* local_zone = calendar_zone(calendar, zone);
    // Occurrences moved by a RECURRENCE-ID event leave their series.
    std::map<std::string, std::set<Date>> moved;
    for (auto* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event != nullptr;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
      const auto recurrence_id = icalcomponent_get_recurrenceid(event);
      if (valid(recurrence_id)) moved[text_or_empty(icalcomponent_get_uid(event))].insert(local_date(recurrence_id, local_zone));
    }
    for (auto* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event != nullptr;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
      auto about = event_text(event);
      const auto start = icalcomponent_get_dtstart(event);
      icalerror_clear_errno();
      if (!valid(start)) {
        read.warnings.push_back(source + ": event \"" + about.summary + "\" has no valid DTSTART: skipped");
        continue;
      }
      const bool is_moved = valid(icalcomponent_get_recurrenceid(event));
      static const std::set<Date> none;
      const auto series = moved.find(about.uid);
      const auto expansion = expand(event, start, local_zone, from, until,
                                    is_moved || series == moved.end() ? none : series->second);
      if (expansion.truncated) {
        read.warnings.push_back(source + ": event \"" + about.summary + "\" repeats too often: only its first " +
                                plural(std::min(expansion.dates.size(), max_occurrences_per_event), "occurrence") +
                                " in the plan's dates are read");
      }
      for (const Date date : expansion.dates) read.occurrences.push_back({date, about});
    }
  }
  return read;
}

}  // namespace rs::calendar

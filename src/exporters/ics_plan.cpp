#include "exporters/ics_plan.hpp"

#include <chrono>
#include <cstdio>

#include "exporters/ics_text.hpp"
#include "exporters/vtimezone.hpp"
#include "util/error.hpp"
#include "util/version.hpp"

namespace rs::exporters {

namespace {

bool all_digits(std::string_view text) {
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return !text.empty();
}

// "HH:MM" -> minutes after midnight; usage error otherwise.
int parse_clock(const std::string& time) {
  if (time.size() != 5 || time[2] != ':' || !all_digits(time.substr(0, 2)) || !all_digits(time.substr(3, 2))) {
    throw Error("schedule time \"" + time + "\" is not HH:MM", ErrorKind::usage);
  }
  const int hours = std::stoi(time.substr(0, 2));
  const int minutes = std::stoi(time.substr(3, 2));
  if (hours > 23 || minutes > 59) throw Error("schedule time \"" + time + "\" is not a time of day", ErrorKind::usage);
  return hours * 60 + minutes;
}

std::string ics_date(Date date) {
  std::string text = format_date(date);  // YYYY-MM-DD
  return text.substr(0, 4) + text.substr(5, 2) + text.substr(8, 2);
}

// Local DATE-TIME "YYYYMMDDTHHMM00" for `minutes` after midnight of `date` (may pass midnight).
std::string ics_local_time(Date date, int minutes) {
  const Date day = date + std::chrono::days{minutes / (24 * 60)};
  const int rest = minutes % (24 * 60);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "T%02d%02d00", rest / 60, rest % 60);
  return ics_date(day) + buffer;
}

// The DTSTAMP: the plan's saved time, or (for a plan never saved) midnight UTC of its start day.
std::string dtstamp(const model::Plan& plan) {
  if (plan.saved_at.empty()) return ics_date(plan.schedule.start) + "T000000Z";
  const std::string& at = plan.saved_at;
  if (at.size() != 16 || at[8] != 'T' || at[15] != 'Z' || !all_digits(at.substr(0, 8)) ||
      !all_digits(at.substr(9, 6))) {
    throw Error("plan saved_at \"" + at + "\" is not a UTC time YYYYMMDDTHHMMSSZ");
  }
  return at;
}

struct Timing {
  std::optional<std::string> zone;   // none: floating time (each session's time: model::session_time)
};

void write_event(ics::Writer& out, const model::Plan& plan, const model::Week& week, std::size_t index,
                 const Timing& timing, const IcsOptions& options, const std::string& stamp) {
  const auto& session = week.sessions[index];
  const std::string summary = session_summary(session, week.number);
  out.begin("VEVENT");
  out.text("UID", session_uid(plan, week, index));
  out.raw("DTSTAMP", stamp);
  out.raw("SEQUENCE", std::to_string(session.sequence));
  const auto time = model::session_time(plan.schedule, session.date);
  if (!time) {
    out.with_params("DTSTART", "VALUE=DATE", ics_date(session.date));
    out.with_params("DTEND", "VALUE=DATE", ics_date(session.date + std::chrono::days{1}));
  } else {
    const int length = session.minutes > 0 ? session.minutes : plan.schedule.minutes;
    const int clock = parse_clock(*time);
    const std::string start = ics_local_time(session.date, clock);
    const std::string end = ics_local_time(session.date, clock + (length > 0 ? length : 1));
    if (timing.zone) {
      const std::string param = "TZID=" + ics::param_value(*timing.zone);
      out.with_params("DTSTART", param, start);
      out.with_params("DTEND", param, end);
    } else {
      out.raw("DTSTART", start);
      out.raw("DTEND", end);
    }
  }
  out.text("SUMMARY", summary);
  out.text("DESCRIPTION", session_description(session, week));
  std::string categories = "Strength training";
  for (const auto& area : session.focus) categories += "," + ics::escape_text(area);
  out.raw("CATEGORIES", categories);
  out.raw("TRANSP", "TRANSPARENT");
  if (time && options.alarm_minutes) {
    out.begin("VALARM");
    out.raw("ACTION", "DISPLAY");
    out.raw("TRIGGER", "-PT" + std::to_string(*options.alarm_minutes) + "M");
    out.text("DESCRIPTION", summary);
    out.end("VALARM");
  }
  out.end("VEVENT");
}

}  // namespace

std::string session_uid(const model::Plan& plan, const model::Week& week, std::size_t index) {
  const auto& session = week.sessions.at(index);
  if (!session.uid.empty()) return session.uid;
  std::string base = plan.identity;
  if (base.empty())
    base = plan.id != 0 ? "plan-" + std::to_string(plan.id) : "unsaved-" + ics_date(plan.schedule.start);
  return model::session_uid(base, week.number, index + 1);
}

std::string plan_to_ics(const model::Plan& plan, const IcsOptions& options) {
  if (options.alarm_minutes && (*options.alarm_minutes < 0 || *options.alarm_minutes > 10080)) {
    throw Error("alarm must be 0 to 10080 minutes before the session", ErrorKind::usage);
  }
  Timing timing;
  if (plan.schedule.timezone) timing.zone = *plan.schedule.timezone;
  const std::string stamp = dtstamp(plan);

  ics::Writer out;
  out.begin("VCALENDAR");
  out.raw("VERSION", "2.0");
  out.raw("PRODID", std::string("-//runstrength//runstrength ") + rs::version + "//EN");
  out.raw("CALSCALE", "GREGORIAN");
  out.text("NAME", plan.name);
  out.text("X-WR-CALNAME", plan.name);
  if (timing.zone) {
    out.text("X-WR-TIMEZONE", *timing.zone);
    write_vtimezone(out, *timing.zone);
  }
  for (const auto& week : plan.weeks) {
    for (std::size_t index = 0; index < week.sessions.size(); ++index) {
      write_event(out, plan, week, index, timing, options, stamp);
    }
  }
  out.end("VCALENDAR");
  return out.str();
}

}  // namespace rs::exporters

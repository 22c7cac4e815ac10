#include "exporters/vtimezone.hpp"

#include <array>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "util/error.hpp"

namespace rs::exporters {

namespace {

// A cursor over a POSIX TZ string, throwing on malformed input.
class TzParser {
 public:
  explicit TzParser(std::string_view text) : text_(text) {}

  [[nodiscard]] bool done() const { return pos_ >= text_.size(); }
  [[nodiscard]] char peek() const { return done() ? '\0' : text_[pos_]; }
  bool accept(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  [[noreturn]] void fail(const std::string& what) const {
    throw Error("time zone rule \"" + std::string(text_) + "\": " + what, ErrorKind::usage);
  }

  std::string name() {
    std::string out;
    if (accept('<')) {
      while (!done() && peek() != '>') out += text_[pos_++];
      if (!accept('>')) fail("unterminated <name>");
    } else {
      while (std::isalpha(static_cast<unsigned char>(peek())) != 0) out += text_[pos_++];
    }
    if (out.size() < 3) fail("zone abbreviation shorter than 3 characters");
    return out;
  }

  int number(int max) {
    if (std::isdigit(static_cast<unsigned char>(peek())) == 0) fail("number expected");
    int value = 0;
    while (std::isdigit(static_cast<unsigned char>(peek())) != 0) {
      value = value * 10 + (text_[pos_++] - '0');
      if (value > max) fail("number out of range");
    }
    return value;
  }

  // [+-]hh[:mm[:ss]] in seconds.
  int clock(int max_hours) {
    int sign = 1;
    if (accept('-'))
      sign = -1;
    else
      accept('+');
    int seconds = number(max_hours) * 3600;
    if (accept(':')) {
      seconds += number(59) * 60;
      if (accept(':')) seconds += number(59);
    }
    return sign * seconds;
  }

  TzRule rule() {
    if (!accept('M')) fail("only Mm.w.d transition rules are supported");
    TzRule rule;
    rule.month = number(12);
    if (rule.month < 1 || !accept('.')) fail("bad month in rule");
    rule.week = number(5);
    if (rule.week < 1 || !accept('.')) fail("bad week in rule");
    rule.weekday = number(6);
    if (accept('/')) rule.seconds = clock(167);
    if (rule.seconds < 0 || rule.seconds >= 24 * 3600) fail("transition times outside the day are not supported");
    return rule;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

std::string offset_text(int seconds) {
  std::string out = seconds < 0 ? "-" : "+";
  const int value = std::abs(seconds);
  const auto two = [](int n) {
    return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10);
  };
  out += two(value / 3600) + two(value / 60 % 60);
  if (value % 60 != 0) out += two(value % 60);
  return out;
}

constexpr std::array<const char*, 7> day_codes = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};

// The 1970 local date-time of a rule's change, as RFC 5545 DATE-TIME "19700329T010000".
std::string first_onset(const TzRule& rule) {
  using namespace std::chrono;
  const year y{1970};
  const month m{static_cast<unsigned>(rule.month)};
  const weekday day{static_cast<unsigned>(rule.weekday)};
  const sys_days date =
      rule.week == 5 ? sys_days{year_month_weekday_last{y, m, weekday_last{day}}}
                     : sys_days{year_month_weekday{y, m, weekday_indexed{day, static_cast<unsigned>(rule.week)}}};
  const year_month_day ymd{date};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d%02u%02uT%02d%02d%02d", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), rule.seconds / 3600,
                rule.seconds / 60 % 60, rule.seconds % 60);
  return buffer;
}

std::string rrule(const TzRule& rule) {
  const std::string week = rule.week == 5 ? "-1" : std::to_string(rule.week);
  return "FREQ=YEARLY;BYMONTH=" + std::to_string(rule.month) + ";BYDAY=" + week + day_codes[rule.weekday];
}

void observance(ics::Writer& writer, const char* kind, int from, int to, const std::string& name,
                const std::string& start, const std::string& rule) {
  writer.begin(kind);
  writer.raw("TZOFFSETFROM", offset_text(from));
  writer.raw("TZOFFSETTO", offset_text(to));
  writer.text("TZNAME", name);
  writer.raw("DTSTART", start);
  if (!rule.empty()) writer.raw("RRULE", rule);
  writer.end(kind);
}

std::uint32_t be32(const std::string& data, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(data[at + i]);
  return value;
}

}  // namespace

PosixTz parse_posix_tz(std::string_view text) {
  TzParser parser(text);
  PosixTz tz;
  tz.std_name = parser.name();
  tz.std_offset = -parser.clock(24);
  if (parser.done()) return tz;
  TzDaylight daylight;
  daylight.name = parser.name();
  daylight.offset = tz.std_offset + 3600;
  if (parser.peek() != ',') daylight.offset = -parser.clock(24);
  if (!parser.accept(',')) parser.fail("daylight time without transition rules");
  daylight.start = parser.rule();
  if (!parser.accept(',')) parser.fail("missing end rule");
  daylight.end = parser.rule();
  if (!parser.done()) parser.fail("trailing characters");
  tz.daylight = daylight;
  return tz;
}

bool valid_zone_name(std::string_view zone) {
  if (zone.empty() || zone.size() > 64 || zone.front() == '/' || zone.back() == '/') return false;
  char previous = '/';
  for (const char c : zone) {
    const bool ok = std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '+' || c == '-' || c == '/';
    if (!ok || (c == '/' && previous == '/')) return false;
    if (previous == '/' && (c == '-' || c == '+')) return false;  // no option-like components
    previous = c;
  }
  return true;
}

std::string read_zone_footer(std::string_view zone) {
  const std::string name(zone);
  if (!valid_zone_name(zone)) throw Error("invalid time zone name \"" + name + "\"", ErrorKind::usage);
  const char* tzdir = std::getenv("TZDIR");
  const std::filesystem::path root = tzdir != nullptr && *tzdir != '\0' ? tzdir : "/usr/share/zoneinfo";
  std::ifstream file(root / name, std::ios::binary);
  std::string data;
  if (file) data.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  if (data.size() < 44 || data.compare(0, 4, "TZif") != 0) {
    throw Error("unknown time zone \"" + name + "\" (not found in " + root.string() + ")", ErrorKind::usage);
  }
  if (data[4] < '2') throw Error("time zone \"" + name + "\": TZif version 1 has no rule footer", ErrorKind::usage);
  // Skip the version 1 block, then the version 2 header and block (64-bit transition times).
  const auto block = [&](std::size_t header, std::size_t time_size) {
    const std::size_t isut = be32(data, header + 20), isstd = be32(data, header + 24), leap = be32(data, header + 28),
                      times = be32(data, header + 32), types = be32(data, header + 36), chars = be32(data, header + 40);
    return header + 44 + times * time_size + times + types * 6 + chars + leap * (time_size + 4) + isstd + isut;
  };
  const std::size_t second = block(0, 4);
  if (second + 44 > data.size() || data.compare(second, 4, "TZif") != 0) {
    throw Error("time zone \"" + name + "\": malformed TZif file", ErrorKind::usage);
  }
  const std::size_t footer = block(second, 8);
  if (footer >= data.size() || data[footer] != '\n')
    throw Error("time zone \"" + name + "\": no rule footer", ErrorKind::usage);
  const std::size_t close = data.find('\n', footer + 1);
  if (close == std::string::npos || close == footer + 1) {
    throw Error("time zone \"" + name + "\": empty rule footer", ErrorKind::usage);
  }
  return data.substr(footer + 1, close - footer - 1);
}

void check_zone(std::string_view zone) { parse_posix_tz(read_zone_footer(zone)); }

void write_vtimezone(ics::Writer& writer, std::string_view zone) {
  const PosixTz tz = parse_posix_tz(read_zone_footer(zone));
  writer.begin("VTIMEZONE");
  writer.raw("TZID", zone);
  if (tz.daylight) {
    const auto& dst = *tz.daylight;
    observance(writer, "DAYLIGHT", tz.std_offset, dst.offset, dst.name, first_onset(dst.start), rrule(dst.start));
    observance(writer, "STANDARD", dst.offset, tz.std_offset, tz.std_name, first_onset(dst.end), rrule(dst.end));
  } else {
    observance(writer, "STANDARD", tz.std_offset, tz.std_offset, tz.std_name, "19700101T000000", "");
  }
  writer.end("VTIMEZONE");
}

}  // namespace rs::exporters

#include "server/http_date.hpp"

#include <array>
#include <chrono>
#include <cstdio>

#include "util/text.hpp"

namespace rs::server {

namespace {

constexpr std::array<std::string_view, 7> weekdays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<std::string_view, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Digits of `text` at [at, at + count) as a number; -1 when one is not a digit.
int digits(std::string_view text, std::size_t at, std::size_t count) {
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (i >= text.size() || text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

std::optional<std::time_t> to_time(int year, int month, int day, int hour, int minute, int second) {
  using namespace std::chrono;
  const year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                            std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok() || hour > 23 || minute > 59 || second > 60) return std::nullopt;
  const auto point = sys_days{date} + hours{hour} + minutes{minute} + seconds{second};
  return static_cast<std::time_t>(point.time_since_epoch().count());
}

}  // namespace

std::string format_http_date(std::time_t time) {
  std::tm parts{};
  gmtime_r(&time, &parts);
  std::array<char, 40> text{};
  std::snprintf(text.data(), text.size(), "%s, %02d %s %04d %02d:%02d:%02d GMT",
                std::string(weekdays[static_cast<std::size_t>(parts.tm_wday)]).c_str(), parts.tm_mday,
                std::string(months[static_cast<std::size_t>(parts.tm_mon)]).c_str(), parts.tm_year + 1900,
                parts.tm_hour, parts.tm_min, parts.tm_sec);
  return text.data();
}

std::optional<std::time_t> parse_http_date(std::string_view text) {
  // "Sun, 06 Nov 1994 08:49:37 GMT": 29 characters at fixed places.
  if (text.size() != 29 || text.substr(3, 2) != ", " || text[7] != ' ' || text[11] != ' ' || text[16] != ' ' ||
      text[19] != ':' || text[22] != ':' || text.substr(25) != " GMT") {
    return std::nullopt;
  }
  int month = 0;
  for (std::size_t i = 0; i < months.size(); ++i) {
    if (text.substr(8, 3) == months[i]) month = static_cast<int>(i) + 1;
  }
  const int day = digits(text, 5, 2), year = digits(text, 12, 4);
  const int hour = digits(text, 17, 2), minute = digits(text, 20, 2), second = digits(text, 23, 2);
  if (month == 0 || day < 0 || year < 0 || hour < 0 || minute < 0 || second < 0) return std::nullopt;
  return to_time(year, month, day, hour, minute, second);
}

std::optional<std::time_t> parse_basic_utc(std::string_view text) {
  if (text.size() != 16 || text[8] != 'T' || text[15] != 'Z') return std::nullopt;
  const int year = digits(text, 0, 4), month = digits(text, 4, 2), day = digits(text, 6, 2);
  const int hour = digits(text, 9, 2), minute = digits(text, 11, 2), second = digits(text, 13, 2);
  if (year < 0 || month < 1 || day < 0 || hour < 0 || minute < 0 || second < 0) return std::nullopt;
  return to_time(year, month, day, hour, minute, second);
}

bool not_modified(std::string_view if_none_match, std::string_view if_modified_since, std::string_view etag,
                  std::time_t last_modified) {
  if (!trim(if_none_match).empty()) {
    const auto bare = [](std::string_view tag) {
      tag = trim(tag);
      if (tag.substr(0, 2) == "W/") tag.remove_prefix(2);
      return tag;
    };
    for (const auto& candidate : split(if_none_match, ',')) {
      if (bare(candidate) == "*" || bare(candidate) == bare(etag)) return true;
    }
    return false;
  }
  const auto since = parse_http_date(trim(if_modified_since));
  return since && *since >= last_modified;
}

}  // namespace rs::server

#include "util/date.hpp"

#include <array>
#include <cctype>
#include <cstdio>
#include <ctime>

namespace rs {

namespace {
constexpr std::array<std::string_view, 7> weekday_names = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

bool digits(std::string_view text) {
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}
// The current UTC time formatted with strftime's `format`.
std::string utc_now(const char* format) {
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, format, &parts);
  return buffer;
}
}  // namespace

std::string utc_now_iso8601() { return utc_now("%Y-%m-%dT%H:%M:%SZ"); }

std::string utc_now_basic() { return utc_now("%Y%m%dT%H%M%SZ"); }

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (!digits(text.substr(0, 4)) || !digits(text.substr(5, 2)) || !digits(text.substr(8, 2))) return std::nullopt;
  const int y = std::stoi(std::string(text.substr(0, 4)));
  const unsigned m = static_cast<unsigned>(std::stoi(std::string(text.substr(5, 2))));
  const unsigned d = static_cast<unsigned>(std::stoi(std::string(text.substr(8, 2))));
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return Date{ymd};
}

std::string format_date(Date date) {
  const std::chrono::year_month_day ymd{date};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

int weekday_index(Date date) {
  // iso_encoding: Monday 1 ... Sunday 7.
  return static_cast<int>(std::chrono::weekday{date}.iso_encoding()) - 1;
}

std::string_view weekday_name(int index) { return weekday_names.at(static_cast<std::size_t>(index)); }

std::optional<int> parse_weekday(std::string_view name) {
  for (std::size_t i = 0; i < weekday_names.size(); ++i) {
    if (weekday_names[i] == name) return static_cast<int>(i);
  }
  return std::nullopt;
}

Date next_monday(Date date) {
  const int index = weekday_index(date);
  return date + std::chrono::days{7 - index};
}

Date today_utc() { return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()); }

std::string human_timestamp(std::string_view basic) {
  const bool shaped = basic.size() == 16 && basic[8] == 'T' && basic[15] == 'Z';
  if (!shaped) return std::string(basic);
  std::string text;
  text.append(basic.substr(0, 4)).append("-").append(basic.substr(4, 2)).append("-").append(basic.substr(6, 2));
  return text.append(" ").append(basic.substr(9, 2)).append(":").append(basic.substr(11, 2));
}

}  // namespace rs

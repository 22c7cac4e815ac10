#include "server/route.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace rs::server {

namespace {

constexpr std::string_view calendar_prefix = "/c/";
constexpr std::string_view calendar_suffix = ".ics";
constexpr std::size_t token_digits = 32;
constexpr std::size_t redact_run = 16;
constexpr std::size_t max_logged = 120;

bool is_lower_hex(char ch) { return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'); }

bool is_hex(char ch) { return is_lower_hex(ch) || (ch >= 'A' && ch <= 'F'); }

bool is_token(std::string_view text) {
  if (text.size() != token_digits) return false;
  for (const char ch : text) {
    if (!is_lower_hex(ch)) return false;
  }
  return true;
}

}  // namespace

Route route_request(std::string_view method, std::string_view path) {
  if (method != "GET" && method != "HEAD") return {RouteKind::method_not_allowed, {}};
  if (path.size() > max_path_length) return {};
  if (path == "/healthz") return {RouteKind::health, {}};
  if (path.substr(0, calendar_prefix.size()) != calendar_prefix) return {};
  auto rest = path.substr(calendar_prefix.size());
  RouteKind kind = RouteKind::page;
  if (rest.size() > calendar_suffix.size() && rest.substr(rest.size() - calendar_suffix.size()) == calendar_suffix) {
    rest.remove_suffix(calendar_suffix.size());
    kind = RouteKind::calendar;
  }
  if (!is_token(rest)) return {};
  return {kind, std::string(rest)};
}

std::string redact_path(std::string_view path) {
  std::string out;
  std::size_t i = 0;
  while (i < path.size() && out.size() < max_logged) {
    std::size_t run = 0;
    while (i + run < path.size() && is_hex(path[i + run])) ++run;
    if (run >= redact_run) {
      out += "<token>";
      i += run;
      continue;
    }
    for (std::size_t end = i + (run > 0 ? run : 1); i < end; ++i) {
      const auto byte = static_cast<unsigned char>(path[i]);
      if (byte > 0x20 && byte < 0x7f && byte != '%') {
        out += static_cast<char>(byte);
      } else {
        out += '%';
        append_hex(out, byte, 2);
      }
    }
  }
  if (i < path.size() || out.size() > max_logged) {
    out.resize(std::min(out.size(), max_logged));
    out += "...";
  }
  return out;
}

}  // namespace rs::server

#pragma once
// What a request asks for, from its method and decoded path alone: the one place that reads a
// request path, and the redaction that keeps tokens out of the request log. No I/O; fuzzed by
// tests/fuzz/fuzz_route.

#include <string>
#include <string_view>

namespace rs::server {

/// What a request is routed to.
enum class RouteKind {
  calendar,            ///< GET/HEAD /c/TOKEN.ics
  page,                ///< GET/HEAD /c/TOKEN
  health,              ///< GET/HEAD /healthz
  not_found,           ///< Anything else asked with GET or HEAD.
  method_not_allowed,  ///< Any other method, whatever the path.
};

/// A routed request.
struct Route {
  RouteKind kind = RouteKind::not_found;  ///< Where it goes.
  std::string token;                      ///< calendar and page: the token (32 lower-case hex digits).
};

/// Longest path the router looks at; longer ones are not found.
inline constexpr std::size_t max_path_length = 256;

/// Routes `method` and the percent-decoded `path` (no query string). A token is exactly 32
/// lower-case hex digits; anything else under /c/ (other lengths, upper case, dots, slashes,
/// non-ASCII) is not found.
Route route_request(std::string_view method, std::string_view path);

/// `path` as the log shows it: every run of 16 or more hex digits (a token, or a guess at one)
/// replaced by "<token>", bytes outside printable ASCII written %XX, at most 120 characters (and
/// "..." when cut). No run of 32 hex digits survives: an escape's two digits next to a shorter run
/// make at most 17.
std::string redact_path(std::string_view path);

}  // namespace rs::server

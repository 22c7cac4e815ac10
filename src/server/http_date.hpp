#pragma once
// HTTP dates (RFC 9110 IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT") and the conditional-request
// rule of a feed: If-None-Match first, else If-Modified-Since.

#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace rs::server {

/// `time` (seconds since the epoch, UTC) as an IMF-fixdate.
std::string format_http_date(std::time_t time);

/// An IMF-fixdate; nullopt for anything else (the obsolete formats are not read).
std::optional<std::time_t> parse_http_date(std::string_view text);

/// A stored UTC "YYYYMMDDTHHMMSSZ" as seconds since the epoch; nullopt when malformed.
std::optional<std::time_t> parse_basic_utc(std::string_view text);

/// True when a request with these conditional headers (empty when absent) may be answered 304 for
/// a response with `etag` (quoted) and `last_modified`: If-None-Match lists `etag` or is "*"
/// (weak comparison); without If-None-Match, If-Modified-Since is a date at or after
/// `last_modified`.
bool not_modified(std::string_view if_none_match, std::string_view if_modified_since, std::string_view etag,
                  std::time_t last_modified);

}  // namespace rs::server

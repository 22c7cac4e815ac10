#pragma once
// The read side of `runstrength serve`: what a subscription token shows (the athlete's newest plan
// as the calendar `export` writes, or as a page), read from one snapshot of the library so that a
// request never sees half a re-plan, and the checks made before serving a library.

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "store/database.hpp"

namespace rs::app {

/// What a subscription URL shows.
enum class FeedKind {
  calendar,  ///< /c/TOKEN.ics: the iCalendar bytes of `export --format ics`.
  page,      ///< /c/TOKEN: the plan as an HTML page (what `export --format html` writes).
};

/// A feed ready to send.
struct Feed {
  std::string body;      ///< The exact bytes.
  std::string saved_at;  ///< The plan's last save, UTC "YYYYMMDDTHHMMSSZ" (Last-Modified).
};

/// The feed of the athlete whose token is `token`, or nullopt for an unknown or malformed token
/// and for an athlete without a saved plan. Reads inside one snapshot. Throws rs::Error when the
/// library cannot be read.
std::optional<Feed> subscription_feed(store::Database& db, std::string_view token, FeedKind kind);

/// Feeds already made on one connection, kept while nothing was committed to the library since
/// (`PRAGMA data_version`): a subscriber's poll then costs a lookup instead of loading and
/// exporting the plan. Keyed by the token's SHA-256 (a lookup leaks nothing of the token itself),
/// at most `capacity` feeds (then emptied), so memory stays bounded with any number of athletes.
class FeedCache {
 public:
  /// Feeds kept at most.
  static constexpr std::size_t capacity = 16;

  /// subscription_feed(db, token, kind), from the cache when the library has not changed.
  std::optional<Feed> get(store::Database& db, std::string_view token, FeedKind kind);

 private:
  long long version_ = -1;
  std::map<std::string, Feed> feeds_;
};

/// Opens the library at `path` for serving: refuses (rs::Error) a missing file (serving never
/// creates a library), an unreadable one and one made by a newer runstrength.
store::Database open_served_library(const std::filesystem::path& path);

}  // namespace rs::app

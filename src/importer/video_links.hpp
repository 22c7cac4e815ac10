#pragma once
// Recognising YouTube and Vimeo links and reducing them to provider, ID and canonical URL.

#include <optional>
#include <string_view>

#include "model/library.hpp"

namespace rs::importer {

/// True when `url` starts with `http://` or `https://` (case-insensitive). Links with any other
/// scheme are never stored.
bool is_http_url(std::string_view url);

/// The video `url` points to, or nullopt when it is not a recognised video link. Recognised:
/// YouTube `youtube.com/watch?v=ID` (also `m.`, `www.`), `youtu.be/ID`, `youtube.com/embed/ID`,
/// `youtube-nocookie.com/embed/ID`, `youtube.com/shorts/ID` (11-character IDs of [A-Za-z0-9_-],
/// other query parameters ignored); Vimeo `vimeo.com/ID` and `player.vimeo.com/video/ID` (digits).
/// Only http and https URLs are recognised.
std::optional<model::Video> recognise_video(std::string_view url);

}  // namespace rs::importer

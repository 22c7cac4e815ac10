#include "importer/video_links.hpp"

#include <cctype>
#include <string>

#include "util/text.hpp"

namespace rs::importer {

namespace {

bool is_youtube_id(std::string_view id) {
  if (id.size() != 11) return false;
  for (const char ch : id) {
    if (std::isalnum(static_cast<unsigned char>(ch)) == 0 && ch != '_' && ch != '-') return false;
  }
  return true;
}

bool is_vimeo_id(std::string_view id) {
  if (id.empty() || id.size() > 15) return false;
  for (const char ch : id) {
    if (std::isdigit(static_cast<unsigned char>(ch)) == 0) return false;
  }
  return true;
}

// The first path segment of `path` (which starts after the host), without the leading '/'.
std::string_view first_segment(std::string_view path) {
  if (path.empty() || path.front() != '/') return {};
  path.remove_prefix(1);
  return path.substr(0, path.find('/'));
}

// The value of query parameter `name` in `query` (without the '?'), if present.
std::optional<std::string_view> query_value(std::string_view query, std::string_view name) {
  while (!query.empty()) {
    const auto amp = query.find('&');
    const auto pair = query.substr(0, amp);
    const auto eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == name) return pair.substr(eq + 1);
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return std::nullopt;
}

std::optional<model::Video> youtube(std::string_view id) {
  if (!is_youtube_id(id)) return std::nullopt;
  return model::Video{model::VideoProvider::youtube, std::string(id),
                      "https://www.youtube.com/watch?v=" + std::string(id)};
}

std::optional<model::Video> vimeo(std::string_view id) {
  if (!is_vimeo_id(id)) return std::nullopt;
  return model::Video{model::VideoProvider::vimeo, std::string(id), "https://vimeo.com/" + std::string(id)};
}

}  // namespace

bool is_http_url(std::string_view url) {
  const auto prefix = ascii_lower(url.substr(0, 8));
  return prefix.rfind("http://", 0) == 0 || prefix.rfind("https://", 0) == 0;
}

std::optional<model::Video> recognise_video(std::string_view url) {
  if (!is_http_url(url)) return std::nullopt;
  url.remove_prefix(url.find("://") + 3);
  const auto fragment = url.find('#');
  if (fragment != std::string_view::npos) url = url.substr(0, fragment);
  const auto host_end = url.find_first_of("/?");
  const auto host = ascii_lower(url.substr(0, host_end));
  auto rest = host_end == std::string_view::npos ? std::string_view{} : url.substr(host_end);
  const auto question = rest.find('?');
  const auto path = rest.substr(0, question);
  const auto query = question == std::string_view::npos ? std::string_view{} : rest.substr(question + 1);

  if (host == "youtube.com" || host == "www.youtube.com" || host == "m.youtube.com") {
    const auto segment = first_segment(path);
    if (segment == "watch") {
      if (path != "/watch" && path != "/watch/") return std::nullopt;
      const auto id = query_value(query, "v");
      return id ? youtube(*id) : std::nullopt;
    }
    if (segment == "embed" || segment == "shorts") {
      const auto id = first_segment(path.substr(segment.size() + 1));
      return youtube(id);
    }
    return std::nullopt;
  }
  if (host == "youtube-nocookie.com" || host == "www.youtube-nocookie.com") {
    if (first_segment(path) != "embed") return std::nullopt;
    return youtube(first_segment(path.substr(6)));
  }
  if (host == "youtu.be") return youtube(first_segment(path));
  if (host == "vimeo.com" || host == "www.vimeo.com") return vimeo(first_segment(path));
  if (host == "player.vimeo.com") {
    if (first_segment(path) != "video") return std::nullopt;
    return vimeo(first_segment(path.substr(6)));
  }
  return std::nullopt;
}

}  // namespace rs::importer

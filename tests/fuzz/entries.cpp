#include "fuzz/entries.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "importer/article_reader.hpp"
#include "importer/front_matter.hpp"
#include "importer/simple_yaml.hpp"
#include "importer/slug.hpp"
#include "importer/video_links.hpp"
#include "exporters/log_export.hpp"
#include "planner/log_reader.hpp"
#include "planner/schedule_reader.hpp"
#include "server/route.hpp"
#include "util/utf8.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace rs::fuzz {

namespace {

void check(bool condition, const std::string& what) {
  if (!condition) throw InvariantError(what);
}

// A recognised video has its provider's ID shape, and its canonical URL is that same video.
void check_video(const model::Video& video, const std::string& context) {
  if (video.provider == model::VideoProvider::youtube) {
    check(video.id.size() == 11, context + ": YouTube ID '" + video.id + "' is not 11 characters");
  } else {
    check(!video.id.empty() && std::all_of(video.id.begin(), video.id.end(),
                                           [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; }),
          context + ": Vimeo ID '" + video.id + "' is not digits");
  }
  const auto again = importer::recognise_video(video.url);
  check(again.has_value() && *again == video, context + ": canonical URL " + video.url + " is not the same video");
}

void check_article(const model::ParsedArticle& article) {
  check(!article.title.empty() && rs::trim(article.title) == article.title, "title empty or not trimmed");
  check(!article.slug.empty() && importer::slugify(article.slug) == article.slug,
        "slug '" + article.slug + "' is not clean");
  check(article.front_matter.is_object() && article.front_matter.contains("title"), "front matter without title");
  (void)article.front_matter.dump();  // stored as JSON text by the library writer: must serialise
  std::set<std::string> level_slugs;
  std::set<std::string> exercise_slugs;
  for (std::size_t rank = 0; rank < article.levels.size(); ++rank) {
    const auto& level = article.levels[rank];
    check(level.rank == static_cast<int>(rank), "level '" + level.name + "' has rank " + std::to_string(level.rank));
    check(!level.slug.empty() && level_slugs.insert(level.slug).second,
          "level slug '" + level.slug + "' empty or repeated");
    check(!level.exercises.empty(), "level '" + level.name + "' without exercises");
    for (std::size_t i = 0; i < level.exercises.size(); ++i) {
      const auto& exercise = level.exercises[i];
      check(exercise.position == static_cast<int>(i) + 1, "exercise '" + exercise.name + "' out of position");
      check(!exercise.slug.empty() && exercise.slug == importer::slugify(exercise.name),
            "exercise '" + exercise.name + "' has slug '" + exercise.slug + "'");
      check(exercise_slugs.insert(exercise.slug).second, "exercise slug '" + exercise.slug + "' repeated");
      check(exercise.column >= 1 && exercise.line >= 1, "exercise '" + exercise.name + "' column or line below 1");
      if (exercise.video) check_video(*exercise.video, "exercise '" + exercise.name + "'");
    }
  }
  check(std::is_sorted(article.warnings.begin(), article.warnings.end(),
                       [](const model::Warning& a, const model::Warning& b) { return a.line < b.line; }),
        "warnings not sorted by line");
}

// Front matter the fast reader takes must read exactly as through yaml-cpp (or fail the same way).
void check_front_matter_paths(std::string_view bytes) {
  if (find_invalid_utf8(bytes)) return;  // read_article refuses such bytes before the front matter
  std::string_view yaml;
  try {
    yaml = importer::split_front_matter(bytes, "fuzz.md").yaml;
  } catch (const Error&) {
    return;
  }
  if (!importer::read_simple_yaml(yaml)) return;
  const auto outcome = [&](auto parse) -> std::string {
    try {
      const auto front = parse(yaml, "fuzz.md");
      std::string text = front.json.dump() + "|" + front.title + "|" + front.slug.value_or("-") + "|" +
                         front.description.value_or("-") + "|" + front.published_date.value_or("-") + "|" +
                         (front.draft ? "draft" : "") + "|";
      for (const auto& warning : front.warnings) text += std::to_string(warning.line) + warning.message + ";";
      return text;
    } catch (const Error& error) {
      return std::string("error: ") + error.what();
    }
  };
  const auto fast = outcome(importer::parse_front_matter);
  const auto reference = outcome(importer::parse_front_matter_with_yaml_cpp);
  check(fast == reference, "front matter read as " + fast + " but yaml-cpp reads " + reference);
}

bool same_schedule(const model::Schedule& a, const model::Schedule& b) {
  return a.start == b.start && a.races == b.races && a.experience == b.experience && a.sessions == b.sessions &&
         a.minutes == b.minutes && a.time == b.time && a.timezone == b.timezone &&
         a.equipment_choice == b.equipment_choice && a.equipment == b.equipment && a.week == b.week &&
         a.replace_runs == b.replace_runs && a.before_long == b.before_long && a.days_chosen == b.days_chosen &&
         a.allowed == b.allowed && a.day_times == b.day_times;
}

}  // namespace

Date fuzz_today() { return Date{std::chrono::year{2024} / std::chrono::March / 13}; }

Outcome article_entry(std::string_view bytes) {
  check_front_matter_paths(bytes);
  try {
    check_article(importer::read_article(bytes, "fuzz.md"));
    return Outcome::accepted;
  } catch (const Error&) {
    return Outcome::rejected;
  }
}

Outcome video_link_entry(std::string_view bytes) {
  const bool http = importer::is_http_url(bytes);
  const auto video = importer::recognise_video(bytes);
  if (video) {
    check(http, "a video recognised in a link that is not http(s)");
    check_video(*video, "link");
  }
  return video ? Outcome::accepted : Outcome::rejected;
}

Outcome schedule_entry(std::string_view bytes) {
  model::Schedule schedule;
  try {
    schedule = planner::parse_schedule(bytes, "fuzz.yaml", fuzz_today());
    planner::validate_schedule(schedule, planner::default_weeks);
  } catch (const Error&) {
    return Outcome::rejected;
  }
  const auto yaml = planner::schedule_to_yaml(schedule);
  model::Schedule again;
  try {
    again = planner::parse_schedule(yaml, "schedule_to_yaml", fuzz_today());
  } catch (const Error& error) {
    throw InvariantError("schedule_to_yaml output does not read back: " + std::string(error.what()) + "\n" + yaml);
  }
  check(same_schedule(schedule, again), "schedule_to_yaml output reads back differently:\n" + yaml);
  return Outcome::accepted;
}

std::string article_outcome(std::string_view bytes) {
  try {
    const auto article = importer::read_article(bytes, "fuzz.md");
    return "accepted: slug " + article.slug + ", " + std::to_string(article.levels.size()) + " levels, " +
           std::to_string(article.exercise_count()) + " exercises, " + std::to_string(article.video_count()) +
           " videos, " + std::to_string(article.tips.size()) + " tips, " + std::to_string(article.warnings.size()) +
           " warnings";
  } catch (const Error& error) {
    return std::string("rejected: ") + error.what();
  }
}

std::string video_link_outcome(std::string_view bytes) {
  if (!importer::is_http_url(bytes)) return "rejected: not http(s)";
  const auto video = importer::recognise_video(bytes);
  if (!video) return "rejected: not a recognised video link";
  return std::string("accepted: ") + (video->provider == model::VideoProvider::youtube ? "youtube " : "vimeo ") +
         video->id + " " + video->url;
}

std::string schedule_outcome(std::string_view bytes) {
  try {
    auto schedule = planner::parse_schedule(bytes, "fuzz.yaml", fuzz_today());
    planner::validate_schedule(schedule, planner::default_weeks);
    return "accepted:\n" + planner::schedule_to_yaml(schedule);
  } catch (const Error& error) {
    return std::string("rejected: ") + error.what();
  }
}

namespace {
// The entries of a log file as log_to_csv writes them (plans other than an id read as detached).
std::string log_entries_csv(const std::vector<planner::LogLine>& lines) {
  std::vector<model::LogEntry> entries;
  for (const auto& line : lines) {
    entries.push_back(line.entry);
    if (line.plan != planner::PlanRef::id) entries.back().plan_id.reset();
  }
  return exporters::log_to_csv(entries);
}
}  // namespace

Outcome log_file_entry(std::string_view bytes) {
  std::vector<planner::LogLine> lines;
  try {
    lines = planner::read_log_file(bytes, "fuzz.log", planner::detect_log_format("fuzz.log", bytes));
  } catch (const Error&) {
    return Outcome::rejected;
  }
  for (const auto& line : lines) check(line.line >= 1, "an entry without its line number");
  const auto csv = log_entries_csv(lines);
  std::vector<planner::LogLine> again;
  try {
    again = planner::read_log_file(csv, "log_to_csv", planner::LogFormat::csv);
  } catch (const Error& error) {
    throw InvariantError("log_to_csv output does not read back: " + std::string(error.what()) + "\n" + csv);
  }
  check(log_entries_csv(again) == csv, "log_to_csv output reads back differently:\n" + csv);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto entry = lines[i].entry;
    if (lines[i].plan != planner::PlanRef::id) entry.plan_id.reset();
    check(again[i].entry == entry, "log_to_csv output reads back differently:\n" + csv);
  }
  return Outcome::accepted;
}

Outcome route_entry(std::string_view bytes) {
  const auto newline = bytes.find('\n');
  const auto method = bytes.substr(0, newline);
  const auto path = newline == std::string_view::npos ? std::string_view() : bytes.substr(newline + 1);
  const auto route = server::route_request(method, path);
  const bool get = method == "GET" || method == "HEAD";
  if ((route.kind == server::RouteKind::method_not_allowed) == get) throw InvariantError("method routed wrongly");
  if (route.kind == server::RouteKind::health && path != "/healthz") throw InvariantError("health on another path");
  if (route.kind == server::RouteKind::calendar || route.kind == server::RouteKind::page) {
    const std::string expected = "/c/" + route.token + (route.kind == server::RouteKind::calendar ? ".ics" : "");
    if (path != expected || route.token.size() != 32 ||
        route.token.find_first_not_of("0123456789abcdef") != std::string::npos) {
      throw InvariantError("a subscription route from another path");
    }
  }
  const auto logged = server::redact_path(path);
  if (logged.size() > 123) throw InvariantError("logged path too long");
  int run = 0;
  for (const char ch : logged) {
    if (ch <= 0x20 || ch >= 0x7f) throw InvariantError("logged path holds a raw byte");
    run = std::isxdigit(static_cast<unsigned char>(ch)) != 0 ? run + 1 : 0;
    if (run >= 32) throw InvariantError("logged path shows a token");
  }
  return Outcome::accepted;
}

std::string log_file_outcome(std::string_view bytes) {
  try {
    const auto lines = planner::read_log_file(bytes, "fuzz.log", planner::detect_log_format("fuzz.log", bytes));
    return "accepted: " + std::to_string(lines.size()) + " entries\n" + log_entries_csv(lines);
  } catch (const Error& error) {
    return std::string("rejected: ") + error.what();
  }
}

namespace {
// A route kind as the kept outcomes name it.
const char* route_kind_name(server::RouteKind kind) {
  switch (kind) {
    case server::RouteKind::calendar: return "calendar";
    case server::RouteKind::page: return "page";
    case server::RouteKind::health: return "health";
    case server::RouteKind::not_found: return "not found";
    case server::RouteKind::method_not_allowed: return "method not allowed";
  }
  return "?";
}
}  // namespace

std::string route_outcome(std::string_view bytes) {
  const auto newline = bytes.find('\n');
  const auto method = bytes.substr(0, newline);
  const auto path = newline == std::string_view::npos ? std::string_view() : bytes.substr(newline + 1);
  const auto route = server::route_request(method, path);
  std::string outcome = std::string("accepted: route ") + route_kind_name(route.kind);
  if (!route.token.empty()) outcome += " " + route.token;
  return outcome + "\nlogged: " + server::redact_path(path);
}

const std::vector<Target>& targets() {
  static const std::vector<Target> all = {{"fuzz_article", &article_entry, &article_outcome},
                                          {"fuzz_video_link", &video_link_entry, &video_link_outcome},
                                          {"fuzz_schedule", &schedule_entry, &schedule_outcome},
                                          {"fuzz_log_file", &log_file_entry, &log_file_outcome},
                                          {"fuzz_route", &route_entry, &route_outcome},
                                          {"fuzz_calendar", &calendar_entry, &calendar_outcome}};
  return all;
}

}  // namespace rs::fuzz

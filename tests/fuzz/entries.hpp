#pragma once
// The entry functions of the fuzz targets, shared by the libFuzzer executables (tests/fuzz/fuzz_*.cpp)
// and by the replay of tests/fuzz/regressions/ in the normal test suite
// (tests/unit/fuzz_regressions_test.cpp). Each takes arbitrary bytes, runs them through the code
// under test and checks what came out. An rs::Error is an expected outcome (the input was rejected);
// a broken invariant of an accepted result throws InvariantError; any other exception escapes.

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "util/date.hpp"

namespace rs::fuzz {

/// What an entry made of its input.
enum class Outcome {
  accepted,  ///< Read without error, and the result passed every check.
  rejected,  ///< The code under test threw rs::Error (for a link: it is not a recognised video).
};

/// A result the code under test returned that breaks one of its documented properties: a finding.
class InvariantError : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

/// The "today" of schedule_entry, fixed so that every run of an input behaves the same.
Date fuzz_today();

/// bytes -> importer::read_article(bytes, "fuzz.md"); checks ranks, positions, unique slugs, that
/// video links are canonical, that warnings are sorted and that the front matter serialises as JSON.
Outcome article_entry(std::string_view bytes);

/// bytes -> importer::is_http_url and recognise_video; checks that only http(s) links are recognised,
/// that IDs have their provider's shape and that the canonical URL is recognised as the same video.
Outcome video_link_entry(std::string_view bytes);

/// bytes -> planner::parse_schedule(text, "fuzz.yaml", fuzz_today()) and validate_schedule; checks
/// that an accepted schedule printed by schedule_to_yaml reads back the same.
Outcome schedule_entry(std::string_view bytes);

/// What read_article made of `bytes`, in one line: "accepted: slug S, N levels, N exercises, N videos,
/// N tips, N warnings" or "rejected: <the rs::Error message>". Kept beside each regression input.
std::string article_outcome(std::string_view bytes);

/// What recognise_video made of `bytes`: "accepted: <provider> <id> <canonical url>", or
/// "rejected: not http(s)" / "rejected: not a recognised video link".
std::string video_link_outcome(std::string_view bytes);

/// What parse_schedule and validate_schedule made of `bytes`: "accepted:" and the schedule as
/// schedule_to_yaml prints it, or "rejected: <the rs::Error message>".
std::string schedule_outcome(std::string_view bytes);

/// bytes -> planner::read_log_file (CSV when the bytes start with the header, else YAML); checks
/// that accepted entries written by exporters::log_to_csv read back identical.
Outcome log_file_entry(std::string_view bytes);

/// log_file_entry's outcome in words: "accepted: N entries" and the entries as CSV, or the error.
std::string log_file_outcome(std::string_view bytes);

/// bytes -> "METHOD\nPATH" -> server::route_request and redact_path; checks that only GET/HEAD of
/// /healthz and /c/<32 lower-case hex>[.ics] are routed, that the token is the path's, and that the
/// logged path holds no run of 32 hex digits (a token), only printable ASCII, and at most 123
/// characters.
/// Never rejects.
Outcome route_entry(std::string_view bytes);

/// What route_request and redact_path made of `bytes` (never rejected): "accepted: route <kind>
/// [token]" and "logged: <the path as the log shows it>".
std::string route_outcome(std::string_view bytes);

/// The dates calendar_entry reads: the 52 weeks from Monday 2027-01-04.
Date fuzz_calendar_from();

/// bytes -> calendar::read_calendar_runs(bytes, "fuzz.ics", content/run-types.yaml, 52 weeks from
/// fuzz_calendar_from()); checks that every day lies in those dates and its whole Monday-to-Sunday
/// week is there, that each race is the run of its day, in date order, and that the warnings are
/// bounded (tests/fuzz/calendar_entry.cpp).
Outcome calendar_entry(std::string_view bytes);

/// calendar_entry's outcome in words: "accepted: N events, N days, N races" with the runs (date
/// and type, rest days left out), the races and the warnings, or "rejected: <the error>".
std::string calendar_outcome(std::string_view bytes);

/// A fuzz target: its name (the executable and the folder under tests/fuzz/regressions/) and entry.
struct Target {
  std::string name;                    ///< "fuzz_article", "fuzz_video_link", "fuzz_schedule", "fuzz_route".
  Outcome (*entry)(std::string_view);  ///< The entry function run on each input.
  std::string (*outcome)(std::string_view);  ///< Its outcome in words, as kept in `<input>.expected`.
};

/// Every fuzz target, in a fixed order.
const std::vector<Target>& targets();

}  // namespace rs::fuzz

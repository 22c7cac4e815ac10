#pragma once
// Keywords that turn a calendar event into a run type (content/run-types.yaml; docs/planner.md,
// "The running plan from a calendar"): what each event of the runner's running plan is.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.hpp"

namespace rs::calendar {

/// The text of one calendar event that classification reads.
struct EventText {
  std::string summary;                  ///< SUMMARY.
  std::string description;              ///< DESCRIPTION.
  std::vector<std::string> categories;  ///< CATEGORIES, one entry per category.
  std::string uid;                      ///< UID (a Runna UID carries the workout type).
};

/// What an event is.
enum class EventKind {
  run,        ///< A run (or cross-training) of a known type.
  ignored,    ///< The runner's own strength or mobility work: not a run.
  unmatched,  ///< No keyword matched: taken as an easy run, with a warning.
};

/// An event's run type, and the race it is when it is one.
struct Classification {
  EventKind kind = EventKind::unmatched;
  model::RunType type = model::RunType::easy;  ///< Easy for unmatched events.
  std::optional<double> distance_km;           ///< A race's distance, when the title says one.
  model::RacePriority priority = model::RacePriority::a;  ///< A race's priority.
};

/// One keyword: its words (folded to lower-case ASCII) and the run type it gives.
struct Keyword {
  std::vector<std::string> words;  ///< "long run" -> {"long", "run"}.
  model::RunType type = model::RunType::easy;
};

/// A named distance ("marathon" -> 42.195 km).
struct DistanceWord {
  std::vector<std::string> words;  ///< Folded words.
  double km = 0;                   ///< Distance in kilometres.
};

/// The keyword tables of content/run-types.yaml.
struct RunTypeRules {
  std::vector<Keyword> keywords;               ///< Run-type keywords.
  std::vector<std::vector<std::string>> ignore;  ///< Not-a-run keywords.
  std::vector<DistanceWord> distances;         ///< Named race distances.
  std::vector<std::vector<std::string>> c_races;  ///< Keywords of races that count as C races.
};

/// Parses run-types YAML; `source` names the file in messages. Throws rs::Error (failure) naming
/// the file and key on a bad table.
RunTypeRules parse_run_type_rules(std::string_view yaml_text, const std::string& source);

/// The rules from content/run-types.yaml in the content folder ($RUNSTRENGTH_CONTENT, the installed
/// share/runstrength/content, or the source tree's content/). Throws rs::Error when unreadable.
RunTypeRules load_run_type_rules();

/// The workout type a Runna UID carries ("..._plan_week_3_LONG_RUN_1@..." -> "long run"); empty
/// when the UID has none.
std::string runna_workout_type(std::string_view uid);

/// Classifies an event: the Runna UID's workout type, then SUMMARY, CATEGORIES, DESCRIPTION; the
/// first with a match decides, the hardest type matched in it wins.
Classification classify(const RunTypeRules& rules, const EventText& event);

/// Hardness order used when several events share a day: race > long > intervals > threshold >
/// tempo > hills > easy > recovery > cross > rest.
int hardness(model::RunType type);

}  // namespace rs::calendar

#pragma once
// A runner's schedule and the strength plan built around it. Produced by src/planner, saved and
// loaded by src/store, written out by src/exporters. The JSON shape is docs/plan-json.md.

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/adaptation.hpp"
#include "model/library.hpp"
#include "util/date.hpp"

namespace rs::model {

/// What the runner does on a day of the week.
enum class RunType { rest, easy, recovery, intervals, tempo, threshold, hills, long_run, race, cross };

/// "rest", "easy", ..., "long", "race", "cross".
std::string_view to_string(RunType type);
/// Parses a run type name; nullopt when unknown.
std::optional<RunType> parse_run_type(std::string_view name);
/// Hard runs: intervals, tempo, threshold, hills, race, and long (treated as hard).
bool is_hard(RunType type);

/// The runner's strength background.
enum class Experience { new_runner, returning, experienced };
/// "new", "returning" or "experienced".
std::string_view to_string(Experience experience);
/// Parses an experience name; nullopt when unknown.
std::optional<Experience> parse_experience(std::string_view name);

/// A week's role in the plan.
enum class Phase { base, build, deload, taper, race, recovery };
/// "base", "build", "deload", "taper", "race", "recovery".
std::string_view to_string(Phase phase);

/// How hard a set should feel: RPE on the Borg CR10 scale (1..10) as a range, and the reps in
/// reserve it means (RIR = 10 - RPE, Zourdos et al. 2016). A single value has low == high.
struct Effort {
  int rpe_low = 6;   ///< Lowest target RPE.
  int rpe_high = 7;  ///< Highest target RPE.
  /// Same range.
  friend bool operator==(const Effort&, const Effort&) = default;
};

/// The main block's target effort in a week of `phase` (docs/planner.md, "Effort and load"):
/// base 6-7, build 7-8, deload, taper and recovery 5-6, race 5.
Effort phase_effort(Phase phase);
/// The warm-up's effort: RPE 3-4, easy work that leaves plenty in reserve.
Effort warmup_effort();
/// "RPE 6-7 (3-4 reps in reserve)" or "RPE 5 (5 reps in reserve)".
std::string effort_text(const Effort& effort);
/// The load cue of an exercise with weight in a week of `phase`: "add the next dumbbell, or about
/// 5%, when all sets feel RPE 7 or easier" in base and build weeks, else keep the weight.
std::string load_cue(Phase phase);

/// Where a session sits relative to the runner's week.
enum class Placement { replaces_run, rest_day, after_easy_run, after_hard_run };
/// "replaces-run", "rest-day", "after-easy-run", "after-hard-run".
std::string_view to_string(Placement placement);

/// Which equipment the runner's schedule names: a word for a set, or an explicit list.
enum class EquipmentChoice { home, gym, custom };
/// "home" (bodyweight plus home substitutes), "gym" (everything) or "custom" (the list).
std::string_view to_string(EquipmentChoice choice);
/// Parses "home", "gym" or "custom"; nullopt otherwise.
std::optional<EquipmentChoice> parse_equipment_choice(std::string_view name);

/// How far the planner may go in replacing runs with strength (`strength.replace_runs`).
enum class ReplaceRuns {
  rule,      ///< Default: recovery runs; an easy run only while the week keeps at least three runs.
  never,     ///< No run is replaced.
  recovery,  ///< Recovery runs only.
  easy,      ///< Recovery and easy runs, however few runs the week keeps.
};
/// "rule", "never", "recovery", "easy".
std::string_view to_string(ReplaceRuns replace);
/// Parses "never", "recovery" or "easy" (and "rule"); nullopt when unknown.
std::optional<ReplaceRuns> parse_replace_runs(std::string_view name);

/// What the day before a long run may hold (`strength.before_long`).
enum class BeforeLong {
  rest,   ///< Default: no strength the day before a long run (a hard rule).
  light,  ///< A light session: bodyweight, at most 20 minutes, no plyometrics.
};
/// "rest" or "light".
std::string_view to_string(BeforeLong before_long);
/// Parses "rest" or "light"; nullopt when unknown.
std::optional<BeforeLong> parse_before_long(std::string_view name);

/// How much a race matters: A races get a taper and a recovery, B races a short one, C races
/// count as a hard run.
enum class RacePriority { a, b, c };
/// "A", "B" or "C".
std::string_view to_string(RacePriority priority);
/// Parses "A", "B" or "C" (either case); nullopt when unknown.
std::optional<RacePriority> parse_race_priority(std::string_view name);

/// A race on the runner's calendar.
struct Race {
  Date date{};                         ///< Race day.
  std::optional<double> distance_km;   ///< Distance, when known.
  RacePriority priority = RacePriority::a;
  /// Same date, distance and priority.
  friend bool operator==(const Race&, const Race&) = default;
};

/// Days without strength after a race (docs/planner.md, "Recovery after a race"): 3 up to 10 km,
/// 7 up to a half marathon (and for a race of unknown distance), 14 up to a marathon, 21 beyond.
int recovery_days(const Race& race);

/// "5k", "half marathon", "marathon", "ultra", "42.2 km"...: the distance in words ("race" when unknown).
std::string race_words(const Race& race);

/// Where a day's run comes from.
enum class RunSource {
  template_week,  ///< The weekly pattern (`week:`).
  date,           ///< A dated override (`dates:`).
  calendar,       ///< The runner's calendar (`schedule import`, `plan --runs`).
};
/// "template", "date" or "calendar".
std::string_view to_string(RunSource source);
/// Parses "template", "date" or "calendar"; nullopt when unknown.
std::optional<RunSource> parse_run_source(std::string_view name);

/// The runner's week and preferences (the schedule YAML, after command-line overrides).
struct Schedule {
  Date start{};                          ///< First day of week 1.
  std::vector<Race> races;               ///< Races in date order (`race:` is one A race).
  Experience experience = Experience::new_runner;
  int sessions = 2;                      ///< Wanted strength sessions per week, 1..4.
  int minutes = 30;                      ///< Minutes per session, 15..60.
  std::optional<std::string> time;       ///< "HH:MM" start time; none = all-day events.
  std::optional<std::string> timezone;   ///< IANA zone name used with `time`.
  EquipmentChoice equipment_choice = EquipmentChoice::home;  ///< A named set or a list.
  std::vector<std::string> equipment;    ///< Equipment the runner has (vocabulary of attributes).
  std::array<RunType, 7> week{};         ///< Monday..Sunday.
  std::map<Date, RunType> dates;         ///< Dated overrides of the week (`dates:`).
  std::map<Date, RunType> calendar;      ///< Days of the runner's calendar (under `dates:`, over `week:`).
  ReplaceRuns replace_runs = ReplaceRuns::rule;  ///< How far runs may be replaced.
  BeforeLong before_long = BeforeLong::rest;     ///< Light sessions before long runs, or none.
  bool days_chosen = false;              ///< The runner named their strength days (`strength.days`).
  std::array<bool, 7> allowed{true, true, true, true, true, true, true};  ///< Monday..Sunday: strength may go here.
  std::array<std::optional<std::string>, 7> day_times{};  ///< Monday..Sunday: "HH:MM" for that day, over `time`.
};

/// The race on `date`, if any.
const Race* race_on(const Schedule& schedule, Date date);

/// The first A race, if any: the race the plan aims at (`--until-race`, the header's `race`).
const Race* target_race(const Schedule& schedule);

/// The start time of a session on `date`: the day's own time, else the schedule's; none = all day.
std::optional<std::string> session_time(const Schedule& schedule, Date date);

/// Whether a run type is a run (not rest or cross-training): the runs a week keeps are counted.
bool is_run(RunType type);

/// One exercise inside a session, with names and video copied so old plans never change.
struct SessionExercise {
  std::string slug;                        ///< Exercise slug.
  std::string name;                        ///< Exercise name.
  std::string level;                       ///< Level slug.
  int level_rank = 0;                      ///< Level rank.
  int sets = 0;                            ///< Sets this session.
  std::optional<int> reps;                 ///< Reps per set (rep exercises).
  std::optional<int> seconds;              ///< Hold seconds per set (hold exercises).
  bool per_side = false;                   ///< Dose is per side.
  std::vector<std::string> equipment;      ///< Equipment the exercise uses.
  std::optional<std::string> substitute;   ///< Home substitute used instead of missing equipment.
  std::optional<Video> video;              ///< Demonstration video.
  std::vector<std::string> areas;          ///< Body areas worked.
  Effort effort;                           ///< Target effort of every set.
  std::optional<std::string> load_cue;     ///< Exercises with weight: when to add load; none = bodyweight.
  int load_step = 0;                       ///< Exercises with weight: load increases since the level came in.
  std::optional<std::string> tempo;        ///< Bodyweight reps at a slow tempo ("3-1-1"); none = normal pace.
};

/// A strength session on one day.
struct Session {
  Date date{};                             ///< Day of the session.
  Placement placement = Placement::rest_day;
  std::string reason;                      ///< Which rule put it there, in words.
  int minutes = 0;                         ///< Estimated length (model/estimate.hpp), at most the target.
  int target_minutes = 0;                  ///< The minutes it fills toward; 0 = the schedule's (older plans).
  std::vector<std::string> focus;          ///< Body areas the main block works.
  std::vector<SessionExercise> warmup;     ///< Stretching and the basics, as activation.
  std::vector<SessionExercise> exercises;  ///< The main block.
  std::string note;                        ///< Coaching note (a tip from the library).
  bool light = false;                      ///< A light session the day before a long run.
  std::string uid;                         ///< Stable calendar UID (set when the plan is saved).
  int sequence = 0;                        ///< iCalendar SEQUENCE; raised when a re-plan changes it.
  std::vector<Adaptation> adapted;         ///< What the adaptation to the training log changed, and why.
};

/// A day's run within a plan week.
struct Run {
  Date date{};                        ///< Day.
  RunType type = RunType::rest;       ///< What the schedule says.
  bool replaced_by_strength = false;  ///< A new runner's easy or recovery run swapped for strength.
  RunSource source = RunSource::template_week;  ///< The weekly pattern, a dated override or the calendar.
};

/// A day the runner chose for strength that a hard rule refused.
struct Refusal {
  Date date{};                 ///< The chosen day.
  std::string rule;            ///< The rule that refused it, in words.
  std::optional<Date> instead; ///< The allowed day used instead; none = the week has fewer sessions.
};

/// One week of the plan.
struct Week {
  int number = 1;                  ///< 1-based.
  Date start{};                    ///< Monday (or the plan start) of this week.
  Phase phase = Phase::base;       ///< Role of the week.
  int total_sets = 0;              ///< Sum of main-block sets over the week's sessions.
  std::vector<Run> runs;           ///< Seven days.
  std::vector<Session> sessions;   ///< Strength sessions, in date order.
  std::vector<Refusal> refusals;   ///< Chosen days refused, in date order.
};

/// The calendar UID of session `n` (1-based within week `week`) of the plan whose identity is
/// `identity`: "<identity>-w<week>-s<n>@runstrength". Stored with the session when a plan is
/// saved, and made up the same way when an unsaved plan is exported.
std::string session_uid(std::string_view identity, int week, std::size_t n);

/// A whole plan.
struct Plan {
  long long id = 0;                ///< Library id (0 until saved).
  long long athlete_id = 1;        ///< The athlete it belongs to (1: the library's first, "default").
  int fill_sets = 0;               ///< Sets the planner added to every start dose to fill the minutes
                                   ///< (capped per exercise by planner::max_start_sets); known for a plan
                                   ///< just built, 0 once saved.
  std::string name;                ///< Display name; also the calendar's name.
  std::string identity;            ///< Stable token for UIDs, kept across re-plans.
  std::string saved_at;            ///< UTC "YYYYMMDDTHHMMSSZ" of the last save (DTSTAMP).
  int weeks_count = 8;             ///< Number of weeks.
  Schedule schedule;               ///< The schedule it was built from.
  std::vector<Week> weeks;         ///< The weeks.
  std::vector<std::string> warnings;  ///< Why fewer sessions were planned, notes on defaults.
};

}  // namespace rs::model

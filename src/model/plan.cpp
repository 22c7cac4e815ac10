#include "model/plan.hpp"

#include <cstdio>
#include <utility>

namespace rs::model {

namespace {
constexpr std::pair<RunType, std::string_view> run_type_names[] = {
    {RunType::rest, "rest"},           {RunType::easy, "easy"},   {RunType::recovery, "recovery"},
    {RunType::intervals, "intervals"}, {RunType::tempo, "tempo"}, {RunType::threshold, "threshold"},
    {RunType::hills, "hills"},         {RunType::long_run, "long"}, {RunType::race, "race"},
    {RunType::cross, "cross"}};
constexpr std::pair<EquipmentChoice, std::string_view> equipment_choice_names[] = {
    {EquipmentChoice::home, "home"}, {EquipmentChoice::gym, "gym"}, {EquipmentChoice::custom, "custom"}};
constexpr std::pair<ReplaceRuns, std::string_view> replace_names[] = {
    {ReplaceRuns::rule, "rule"}, {ReplaceRuns::never, "never"}, {ReplaceRuns::recovery, "recovery"}, {ReplaceRuns::easy, "easy"}};
constexpr std::pair<BeforeLong, std::string_view> before_long_names[] = {{BeforeLong::rest, "rest"},
                                                                         {BeforeLong::light, "light"}};
constexpr std::pair<Experience, std::string_view> experience_names[] = {
    {Experience::new_runner, "new"}, {Experience::returning, "returning"}, {Experience::experienced, "experienced"}};

template <class Enum, std::size_t N>
std::string_view name_of(const std::pair<Enum, std::string_view> (&table)[N], Enum value) {
  for (const auto& [key, name] : table) {
    if (key == value) return name;
  }
  return "?";
}

template <class Enum, std::size_t N>
std::optional<Enum> value_of(const std::pair<Enum, std::string_view> (&table)[N], std::string_view name) {
  for (const auto& [key, text] : table) {
    if (text == name) return key;
  }
  return std::nullopt;
}
}  // namespace

std::string_view to_string(RunType type) { return name_of(run_type_names, type); }
std::optional<RunType> parse_run_type(std::string_view name) { return value_of(run_type_names, name); }

bool is_hard(RunType type) {
  switch (type) {
    case RunType::intervals:
    case RunType::tempo:
    case RunType::threshold:
    case RunType::hills:
    case RunType::long_run:
    case RunType::race:
      return true;
    default:
      return false;
  }
}

bool is_run(RunType type) { return type != RunType::rest && type != RunType::cross; }

std::string_view to_string(ReplaceRuns replace) { return name_of(replace_names, replace); }
std::optional<ReplaceRuns> parse_replace_runs(std::string_view name) { return value_of(replace_names, name); }
std::string_view to_string(BeforeLong before_long) { return name_of(before_long_names, before_long); }
std::optional<BeforeLong> parse_before_long(std::string_view name) { return value_of(before_long_names, name); }

std::string_view to_string(RacePriority priority) {
  switch (priority) {
    case RacePriority::a: return "A";
    case RacePriority::b: return "B";
    case RacePriority::c: return "C";
  }
  return "?";
}

std::optional<RacePriority> parse_race_priority(std::string_view name) {
  if (name == "A" || name == "a") return RacePriority::a;
  if (name == "B" || name == "b") return RacePriority::b;
  if (name == "C" || name == "c") return RacePriority::c;
  return std::nullopt;
}

int recovery_days(const Race& race) {
  if (!race.distance_km) return 7;
  if (*race.distance_km <= 10.5) return 3;
  if (*race.distance_km <= 21.5) return 7;
  if (*race.distance_km <= 43) return 14;
  return 21;
}

std::string race_words(const Race& race) {
  if (!race.distance_km) return "race";
  const double km = *race.distance_km;
  if (km > 43) return "ultra";
  if (km > 42 && km <= 43) return "marathon";
  if (km > 21 && km <= 21.5) return "half marathon";
  for (int known : {5, 10}) {
    if (km > known - 0.05 && km < known + 0.05) return std::to_string(known) + "k";
  }
  char text[32];
  std::snprintf(text, sizeof text, "%g km", km);
  return text;
}

const Race* race_on(const Schedule& schedule, Date date) {
  for (const auto& race : schedule.races) {
    if (race.date == date) return &race;
  }
  return nullptr;
}

const Race* target_race(const Schedule& schedule) {
  for (const auto& race : schedule.races) {
    if (race.priority == RacePriority::a) return &race;
  }
  return nullptr;
}

std::string_view to_string(RunSource source) {
  switch (source) {
    case RunSource::date: return "date";
    case RunSource::calendar: return "calendar";
    case RunSource::template_week: break;
  }
  return "template";
}

std::optional<RunSource> parse_run_source(std::string_view name) {
  if (name == "template") return RunSource::template_week;
  if (name == "date") return RunSource::date;
  if (name == "calendar") return RunSource::calendar;
  return std::nullopt;
}

std::optional<std::string> session_time(const Schedule& schedule, Date date) {
  const auto& own = schedule.day_times[static_cast<std::size_t>(weekday_index(date))];
  return own ? own : schedule.time;
}

std::string_view to_string(Experience experience) { return name_of(experience_names, experience); }
std::optional<Experience> parse_experience(std::string_view name) { return value_of(experience_names, name); }

std::string_view to_string(Phase phase) {
  switch (phase) {
    case Phase::base: return "base";
    case Phase::build: return "build";
    case Phase::deload: return "deload";
    case Phase::taper: return "taper";
    case Phase::race: return "race";
    case Phase::recovery: return "recovery";
  }
  return "?";
}

Effort phase_effort(Phase phase) {
  switch (phase) {
    case Phase::base: return {6, 7};
    case Phase::build: return {7, 8};
    case Phase::deload:
    case Phase::taper:
    case Phase::recovery: return {5, 6};
    case Phase::race: return {5, 5};
  }
  return {6, 7};
}

Effort warmup_effort() { return {3, 4}; }

std::string effort_text(const Effort& effort) {
  auto range = [](int low, int high) {
    return low == high ? std::to_string(low) : std::to_string(low) + "-" + std::to_string(high);
  };
  return "RPE " + range(effort.rpe_low, effort.rpe_high) + " (" + range(10 - effort.rpe_high, 10 - effort.rpe_low) +
         " reps in reserve)";
}

std::string load_cue(Phase phase) {
  if (phase == Phase::base || phase == Phase::build) {
    return "add the next dumbbell, or about 5%, when all sets feel RPE " + std::to_string(phase_effort(phase).rpe_high) +
           " or easier";
  }
  return "keep the weight of your last full week";
}

std::string_view to_string(EquipmentChoice choice) { return name_of(equipment_choice_names, choice); }

std::optional<EquipmentChoice> parse_equipment_choice(std::string_view name) {
  return value_of(equipment_choice_names, name);
}

std::string session_uid(std::string_view identity, int week, std::size_t n) {
  return std::string(identity) + "-w" + std::to_string(week) + "-s" + std::to_string(n) + "@runstrength";
}

std::string_view to_string(Placement placement) {
  switch (placement) {
    case Placement::replaces_run: return "replaces-run";
    case Placement::rest_day: return "rest-day";
    case Placement::after_easy_run: return "after-easy-run";
    case Placement::after_hard_run: return "after-hard-run";
  }
  return "?";
}

}  // namespace rs::model

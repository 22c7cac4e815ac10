#include "app/schedule.hpp"


#include "planner/schedule_reader.hpp"
#include "store/athlete_store.hpp"
#include "util/error.hpp"
#include "util/read_file.hpp"

namespace rs::app {

void save_schedule_file(store::Database& db, const std::string& path, Date today, const AthleteChoice& athlete) {
  const long long athlete_id = resolve_athlete(db, athlete);
  const auto text = read_whole_file(path);
  if (!text) throw_usage("cannot read " + path);
  planner::parse_schedule(*text, path, today);  // refuse a bad file before saving
  store::save_athlete_schedule(db, athlete_id, *text);
}

ScheduleText schedule_text(store::Database& db, Date today, const AthleteChoice& athlete) {
  if (auto saved = store::load_athlete_schedule(db, resolve_athlete(db, athlete))) return {std::move(*saved), false};
  return {planner::schedule_to_yaml(planner::default_schedule(today)), true};
}

model::Schedule current_schedule(store::Database& db, Date today, const AthleteChoice& athlete) {
  if (const auto saved = store::load_athlete_schedule(db, resolve_athlete(db, athlete))) return planner::parse_schedule(*saved, "saved schedule", today);
  return planner::default_schedule(today);
}

}  // namespace rs::app

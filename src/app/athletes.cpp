#include "app/athletes.hpp"

#include <set>

#include "planner/schedule_reader.hpp"
#include "util/error.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"
#include "util/read_file.hpp"

namespace rs::app {

namespace {

constexpr std::size_t max_name_bytes = 64;

std::string read_file_text(const std::string& path) {
  auto text = read_whole_file(path);
  if (!text) throw_usage("cannot read " + path);
  return std::move(*text);
}

}  // namespace

void check_athlete_name(const std::string& name) {
  if (name.empty() || name.size() > max_name_bytes) {
    throw_usage("an athlete name has 1 to " + std::to_string(max_name_bytes) + " bytes (not " +
                std::to_string(name.size()) + ")");
  }
  if (find_invalid_utf8(name)) throw_usage("an athlete name must be UTF-8");
  for (const unsigned char ch : name) {
    if (ch < 0x20 || ch == 0x7f) throw_usage("an athlete name cannot hold control characters");
  }
  if (trim(name) != name) throw_usage("an athlete name cannot start or end with blanks: \"" + name + "\"");
}

long long resolve_athlete(store::Database& db, const AthleteChoice& choice) {
  if (choice) return athlete(db, *choice).id;
  const auto roster = store::list_athletes(db);
  if (roster.size() == 1) return roster.front().id;
  if (roster.empty()) throw_usage("the library has no athletes: add one with `runstrength athlete add NAME`");
  throw_usage("the library has " + std::to_string(roster.size()) +
              " athletes: say which with --athlete NAME (see `runstrength athlete list`)");
}

long long add_athlete(store::Database& db, const std::string& name, const std::optional<std::string>& schedule_file,
                      Date today) {
  check_athlete_name(name);
  std::optional<std::string> schedule;
  if (schedule_file) {
    schedule = read_file_text(*schedule_file);
    planner::parse_schedule(*schedule, *schedule_file, today);  // refuse a bad file before adding
  }
  return store::insert_athlete(db, name, schedule);
}

std::vector<store::Athlete> athletes(store::Database& db) { return store::list_athletes(db); }

store::Athlete athlete(store::Database& db, const std::string& name) {
  auto found = store::find_athlete(db, name);
  if (!found) throw_usage("no athlete named \"" + name + "\" (see `runstrength athlete list`)");
  return std::move(*found);
}

void rename_athlete(store::Database& db, const std::string& old_name, const std::string& new_name) {
  check_athlete_name(new_name);
  store::update_athlete_name(db, athlete(db, old_name).id, new_name);
}

int remove_athlete(store::Database& db, const std::string& name, bool force) {
  const auto found = athlete(db, name);
  if ((found.plans > 0 || found.log_entries > 0) && !force) {
    throw_usage("athlete \"" + found.name + "\" has " + std::to_string(found.plans) + " saved plan(s) and " +
                std::to_string(found.log_entries) +
                " training-log entries: use --force to remove them with the athlete");
  }
  store::delete_athlete(db, found.id);
  return found.plans;
}

std::vector<std::string> athlete_file_stems(const std::vector<store::Athlete>& roster) {
  std::vector<std::string> stems;
  std::set<std::string> used;
  for (const auto& athlete : roster) {
    std::string stem;
    for (const auto& word : ascii_words(athlete.name)) stem += (stem.empty() ? "" : "-") + word;
    if (stem.empty()) stem = "athlete-" + std::to_string(athlete.id);
    if (used.count(stem) > 0) stem += "-" + std::to_string(athlete.id);
    used.insert(stem);
    stems.push_back(stem);
  }
  return stems;
}

}  // namespace rs::app

#include "app/training_log.hpp"


#include "app/log_resolve.hpp"
#include "app/make_plan.hpp"
#include "planner/log_reader.hpp"
#include "store/log_store.hpp"
#include "util/error.hpp"
#include "util/read_file.hpp"

namespace rs::app {

namespace {

planner::LogLine typed_line(const std::string& date, const std::optional<long long>& plan_id) {
  planner::LogLine line;
  line.entry.date = parse_log_date(date, "DATE");
  if (plan_id) {
    line.plan = planner::PlanRef::id;
    line.entry.plan_id = *plan_id;
  }
  return line;
}

model::LogEntry save_one(store::Database& db, const planner::LogLine& line, Date today, const AthleteChoice& athlete) {
  model::validate_entry(line.entry);
  // A plan named by id picks its own athlete unless --athlete says whose log it is.
  const long long athlete_id = !athlete && line.entry.plan_id ? saved_plan(db, *line.entry.plan_id).athlete_id
                                                               : resolve_athlete(db, athlete);
  LogResolver resolver(db, today, athlete_id);
  std::vector<model::LogEntry> entries{resolver.resolve(line)};
  store::add_log_entries(db, entries, athlete_id);
  return entries.front();
}

std::optional<Date> optional_date(const std::string& text, const std::string& field) {
  if (text.empty()) return std::nullopt;
  return parse_log_date(text, field);
}

}  // namespace

model::LogEntry log_session(store::Database& db, const SessionLogRequest& request) {
  auto line = typed_line(request.date, request.plan_id);
  line.entry.outcome = model::parse_outcome(request.outcome);
  if (!line.entry.outcome) {
    throw_usage("expected done, skipped, partial or exercise after the date, not \"" + request.outcome + "\"");
  }
  line.entry.rpe = request.rpe;
  line.entry.note = request.note;
  return save_one(db, line, request.today, request.athlete);
}

model::LogEntry log_exercise(store::Database& db, const ExerciseLogRequest& request) {
  auto line = typed_line(request.date, request.plan_id);
  auto& entry = line.entry;
  entry.kind = model::LogKind::exercise;
  entry.slug = request.exercise;
  entry.sets = request.sets;
  entry.reps = request.reps;
  entry.seconds = request.seconds;
  if (request.load) entry.load = model::parse_load(*request.load, "--load");
  entry.rpe = request.rpe;
  entry.pain = request.pain;
  entry.note = request.note;
  return save_one(db, line, request.today, request.athlete);
}

std::vector<model::LogEntry> log_file(store::Database& db, const std::string& path, Date today,
                                      const AthleteChoice& athlete) {
  const long long athlete_id = resolve_athlete(db, athlete);
  const auto read = read_whole_file(path);
  if (!read) throw_usage("--file: cannot read " + path);
  const auto& content = *read;
  const auto lines = planner::read_log_file(content, path, planner::detect_log_format(path, content));
  LogResolver resolver(db, today, athlete_id);
  std::vector<model::LogEntry> entries;
  for (const auto& line : lines) {
    try {
      entries.push_back(resolver.resolve(line));
    } catch (const Error& error) {
      throw_usage(path + ":" + std::to_string(line.line) + ": " + error.what());
    }
  }
  store::add_log_entries(db, entries, athlete_id);
  return entries;
}

std::vector<model::LogEntry> history(store::Database& db, const std::string& from, const std::string& to,
                                     const AthleteChoice& athlete) {
  store::LogQuery query;
  query.athlete_id = resolve_athlete(db, athlete);
  query.from = optional_date(from, "--from");
  query.to = optional_date(to, "--to");
  if (query.from && query.to && *query.from > *query.to) throw_usage("--from is after --to");
  return store::read_log(db, query);
}

Progress progress(store::Database& db, const std::string& exercise, const AthleteChoice& athlete) {
  const long long athlete_id = resolve_athlete(db, athlete);
  LogResolver resolver(db, today_utc(), athlete_id);
  const auto found = resolver.exercise(exercise);
  Progress result{found.slug, found.name, {}};
  store::LogQuery query;
  query.slug = found.slug;
  query.athlete_id = athlete_id;
  result.entries = store::read_log(db, query);
  return result;
}

}  // namespace rs::app

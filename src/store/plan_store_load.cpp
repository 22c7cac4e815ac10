// Reading saved plans back (plan_store.hpp): load_plan and list_plans.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "model/estimate.hpp"
#include "model/schedule_json.hpp"
#include "store/plan_store.hpp"
#include "store/sql_error.hpp"
#include "util/error.hpp"

namespace rs::store {

namespace {

Date stored_date(const std::string& text) {
  const auto date = parse_date(text);
  if (!date) throw Error("library holds a malformed plan date \"" + text + "\"");
  return *date;
}

model::Phase stored_phase(const std::string& text) {
  for (auto phase : {model::Phase::base, model::Phase::build, model::Phase::deload, model::Phase::taper, model::Phase::race,
                     model::Phase::recovery}) {
    if (model::to_string(phase) == text) return phase;
  }
  throw Error("library holds an unknown plan phase \"" + text + "\"");
}

model::Placement stored_placement(const std::string& text) {
  for (auto placement : {model::Placement::replaces_run, model::Placement::rest_day, model::Placement::after_easy_run,
                         model::Placement::after_hard_run}) {
    if (model::to_string(placement) == text) return placement;
  }
  throw Error("library holds an unknown session placement \"" + text + "\"");
}

std::vector<std::string> strings(const std::string& json_text) {
  return nlohmann::json::parse(json_text).get<std::vector<std::string>>();
}

// Rows saved before effort and load (0010) have none: the warm-up's effort, the week's phase
// effort for the main block, and the phase's load cue for a main-block exercise with weight.
void fill_effort(model::SessionExercise& item, bool warmup, model::Phase phase) {
  item.effort = warmup ? model::warmup_effort() : model::phase_effort(phase);
  const bool weighted = std::find(item.equipment.begin(), item.equipment.end(), "weight") != item.equipment.end();
  if (!warmup && weighted) item.load_cue = model::load_cue(phase);
}

void load_exercises(SQLite::Database& sql, long long session_id, model::Phase phase, model::Session& session) {
  SQLite::Statement query(sql,
                          "SELECT block, slug, name, level, level_rank, sets, reps, seconds, per_side, equipment, "
                          "substitute, video_provider, video_id, video_url, areas, rpe_low, rpe_high, load_cue, load_step, tempo "
                          "FROM plan_session_exercises "
                          "WHERE session_id = ? ORDER BY block DESC, position");
  query.bind(1, static_cast<int64_t>(session_id));
  while (query.executeStep()) {
    model::SessionExercise item;
    item.slug = query.getColumn(1).getString();
    item.name = query.getColumn(2).getString();
    item.level = query.getColumn(3).getString();
    item.level_rank = query.getColumn(4).getInt();
    item.sets = query.getColumn(5).getInt();
    if (!query.getColumn(6).isNull()) item.reps = query.getColumn(6).getInt();
    if (!query.getColumn(7).isNull()) item.seconds = query.getColumn(7).getInt();
    item.per_side = query.getColumn(8).getInt() != 0;
    item.equipment = strings(query.getColumn(9).getString());
    if (!query.getColumn(10).isNull()) item.substitute = query.getColumn(10).getString();
    if (!query.getColumn(11).isNull()) {
      item.video = model::Video{query.getColumn(11).getString() == "vimeo" ? model::VideoProvider::vimeo
                                                                          : model::VideoProvider::youtube,
                                query.getColumn(12).getString(), query.getColumn(13).getString()};
    }
    item.areas = strings(query.getColumn(14).getString());
    const bool warmup = query.getColumn(0).getString() == "warmup";
    if (query.getColumn(15).isNull() || query.getColumn(16).isNull()) {
      fill_effort(item, warmup, phase);
    } else {
      item.effort = {query.getColumn(15).getInt(), query.getColumn(16).getInt()};
      if (!query.getColumn(17).isNull()) item.load_cue = query.getColumn(17).getString();
    }
    item.load_step = query.getColumn(18).getInt();
    if (!query.getColumn(19).isNull()) item.tempo = query.getColumn(19).getString();
    (warmup ? session.warmup : session.exercises).push_back(std::move(item));
  }
}

void load_week(SQLite::Database& sql, long long week_id, model::Week& week) {
  SQLite::Statement runs(sql,
                         "SELECT date, type, replaced_by_strength, source FROM plan_runs WHERE week_id = ? ORDER BY date");
  runs.bind(1, static_cast<int64_t>(week_id));
  while (runs.executeStep()) {
    const auto type = model::parse_run_type(runs.getColumn(1).getString());
    if (!type) throw Error("library holds an unknown run type \"" + runs.getColumn(1).getString() + "\"");
    const auto source = model::parse_run_source(runs.getColumn(3).getString());
    if (!source) throw Error("library holds an unknown run source \"" + runs.getColumn(3).getString() + "\"");
    week.runs.push_back({stored_date(runs.getColumn(0).getString()), *type, runs.getColumn(2).getInt() != 0, *source});
  }
  SQLite::Statement sessions(sql,
                             "SELECT id, date, placement, reason, minutes, focus, note, uid, sequence, light, adapted, target_minutes "
                             "FROM plan_sessions WHERE week_id = ? ORDER BY position");
  sessions.bind(1, static_cast<int64_t>(week_id));
  while (sessions.executeStep()) {
    model::Session session;
    session.date = stored_date(sessions.getColumn(1).getString());
    session.placement = stored_placement(sessions.getColumn(2).getString());
    session.reason = sessions.getColumn(3).getString();
    session.minutes = sessions.getColumn(4).getInt();
    session.focus = strings(sessions.getColumn(5).getString());
    session.note = sessions.getColumn(6).getString();
    session.uid = sessions.getColumn(7).getString();
    session.sequence = sessions.getColumn(8).getInt();
    session.light = sessions.getColumn(9).getInt() != 0;
    session.adapted = model::adaptations_from_text(sessions.getColumn(10).getString());
    // Sessions saved before the target column have no target: 0 here, their phase's target once the schedule is read.
    if (!sessions.getColumn(11).isNull()) session.target_minutes = sessions.getColumn(11).getInt();
    load_exercises(sql, sessions.getColumn(0).getInt64(), week.phase, session);
    week.sessions.push_back(std::move(session));
  }
}

}  // namespace

std::optional<model::Plan> load_plan(Database& db, long long id) {
  return guard_sql("reading the plan", [&]() -> std::optional<model::Plan> {
    try {
      SQLite::Statement header(db.sql(),
                               "SELECT name, identity, saved_at, weeks, schedule, warnings, athlete_id FROM plans "
                               "WHERE id = ?");
      header.bind(1, static_cast<int64_t>(id));
      if (!header.executeStep()) return std::nullopt;
      model::Plan plan;
      plan.id = id;
      plan.name = header.getColumn(0).getString();
      plan.identity = header.getColumn(1).getString();
      plan.saved_at = header.getColumn(2).getString();
      plan.weeks_count = header.getColumn(3).getInt();
      plan.schedule = model::schedule_from_json(nlohmann::json::parse(header.getColumn(4).getString()));
      plan.warnings = strings(header.getColumn(5).getString());
      plan.athlete_id = header.getColumn(6).getInt64();
      SQLite::Statement weeks(db.sql(),
                              "SELECT id, number, start, phase, total_sets, refusals FROM plan_weeks WHERE plan_id = ? "
                              "ORDER BY number");
      weeks.bind(1, static_cast<int64_t>(id));
      while (weeks.executeStep()) {
        model::Week week;
        week.number = weeks.getColumn(1).getInt();
        week.start = stored_date(weeks.getColumn(2).getString());
        week.phase = stored_phase(weeks.getColumn(3).getString());
        week.total_sets = weeks.getColumn(4).getInt();
        for (const auto& item : nlohmann::json::parse(weeks.getColumn(5).getString())) {
          model::Refusal refusal{stored_date(item.at("date").get<std::string>()), item.at("rule").get<std::string>(), {}};
          if (!item.at("instead").is_null()) refusal.instead = stored_date(item.at("instead").get<std::string>());
          week.refusals.push_back(std::move(refusal));
        }
        load_week(db.sql(), weeks.getColumn(0).getInt64(), week);
        for (auto& session : week.sessions) {
          if (session.target_minutes <= 0) {
            session.target_minutes = model::target_minutes(plan.schedule.minutes, week.phase, 0, session.light);
          }
        }
        plan.weeks.push_back(std::move(week));
      }
      return plan;
    } catch (const nlohmann::json::exception& error) {
      throw Error("library holds a malformed plan " + std::to_string(id) + ": " + error.what());
    }
  });
}

std::vector<PlanSummary> list_plans(Database& db, std::optional<long long> athlete_id) {
  return guard_sql("listing plans", [&] {
    SQLite::Statement query(db.sql(),
                            "SELECT p.id, p.name, json_extract(p.schedule, '$.start'), p.weeks, p.saved_at, "
                            "(SELECT count(*) FROM plan_sessions s JOIN plan_weeks w ON w.id = s.week_id "
                            " WHERE w.plan_id = p.id), a.name FROM plans p JOIN athletes a ON a.id = p.athlete_id "
                            "WHERE ?1 IS NULL OR p.athlete_id = ?1 ORDER BY p.id DESC");
    if (athlete_id) query.bind(1, static_cast<int64_t>(*athlete_id));
    std::vector<PlanSummary> plans;
    while (query.executeStep()) {
      plans.push_back({query.getColumn(0).getInt64(), query.getColumn(6).getString(), query.getColumn(1).getString(),
                       query.getColumn(2).getString(), query.getColumn(3).getInt(), query.getColumn(5).getInt(),
                       query.getColumn(4).getString()});
    }
    return plans;
  });
}

}  // namespace rs::store

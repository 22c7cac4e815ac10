#include "store/plan_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <nlohmann/json.hpp>


#include "model/schedule_json.hpp"
#include "store/sql_error.hpp"
#include "store/transaction.hpp"
#include "util/date.hpp"
#include "util/error.hpp"

namespace rs::store {

namespace {

void bind_optional(SQLite::Statement& statement, int index, const std::optional<int>& value) {
  if (value) {
    statement.bind(index, *value);
  } else {
    statement.bind(index);
  }
}

// The inserts of a plan's content, prepared once per save and reset after each row.
struct ContentStatements {
  explicit ContentStatements(SQLite::Database& sql)
      : week(sql, "INSERT INTO plan_weeks (plan_id, number, start, phase, total_sets, refusals) VALUES (?,?,?,?,?,?)"),
        run(sql, "INSERT INTO plan_runs (week_id, date, type, replaced_by_strength, source) VALUES (?,?,?,?,?)"),
        session(sql,
                "INSERT INTO plan_sessions (week_id, position, date, placement, reason, minutes, focus, note, uid, "
                "sequence, light, adapted, target_minutes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        exercise(sql,
                 "INSERT INTO plan_session_exercises (session_id, block, position, slug, name, level, level_rank, "
                 "sets, reps, seconds, per_side, equipment, substitute, video_provider, video_id, video_url, areas, "
                 "rpe_low, rpe_high, load_cue, load_step, tempo) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)") {}
  SQLite::Statement week;
  SQLite::Statement run;
  SQLite::Statement session;
  SQLite::Statement exercise;
};

// Runs a bound insert and makes it ready for the next row.
void step(SQLite::Statement& insert) {
  insert.exec();
  insert.reset();
}

void insert_exercise(SQLite::Statement& insert, long long session_id, const char* block, int position,
                     const model::SessionExercise& item) {
  insert.bind(1, static_cast<int64_t>(session_id));
  insert.bind(2, block);
  insert.bind(3, position);
  insert.bind(4, item.slug);
  insert.bind(5, item.name);
  insert.bind(6, item.level);
  insert.bind(7, item.level_rank);
  insert.bind(8, item.sets);
  bind_optional(insert, 9, item.reps);
  bind_optional(insert, 10, item.seconds);
  insert.bind(11, item.per_side ? 1 : 0);
  insert.bind(12, nlohmann::json(item.equipment).dump());
  if (item.substitute) {
    insert.bind(13, *item.substitute);
  } else {
    insert.bind(13);
  }
  if (item.video) {
    insert.bind(14, std::string(model::to_string(item.video->provider)));
    insert.bind(15, item.video->id);
    insert.bind(16, item.video->url);
  } else {
    insert.bind(14);
    insert.bind(15);
    insert.bind(16);
  }
  insert.bind(17, nlohmann::json(item.areas).dump());
  insert.bind(18, item.effort.rpe_low);
  insert.bind(19, item.effort.rpe_high);
  if (item.load_cue) {
    insert.bind(20, *item.load_cue);
  } else {
    insert.bind(20);
  }
  insert.bind(21, item.load_step);
  if (item.tempo) {
    insert.bind(22, *item.tempo);
  } else {
    insert.bind(22);
  }
  step(insert);
}

// [{"date", "rule", "instead": date|null}]: a week's refused chosen days.
std::string refusals_json(const std::vector<model::Refusal>& refusals) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& refusal : refusals) {
    list.push_back({{"date", format_date(refusal.date)},
                    {"rule", refusal.rule},
                    {"instead", refusal.instead ? nlohmann::json(format_date(*refusal.instead)) : nlohmann::json(nullptr)}});
  }
  return list.dump();
}

/// Writes weeks, runs, sessions and exercises of `plan` under `plan_id` and sets the uids.
void insert_content(SQLite::Database& sql, long long plan_id, model::Plan& plan) {
  ContentStatements statements(sql);
  auto& insert_week = statements.week;
  auto& insert_run = statements.run;
  auto& insert_session = statements.session;
  for (auto& week : plan.weeks) {
    insert_week.bind(1, static_cast<int64_t>(plan_id));
    insert_week.bind(2, week.number);
    insert_week.bind(3, format_date(week.start));
    insert_week.bind(4, std::string(model::to_string(week.phase)));
    insert_week.bind(5, week.total_sets);
    insert_week.bind(6, refusals_json(week.refusals));
    step(insert_week);
    const long long week_id = sql.getLastInsertRowid();
    for (const auto& run : week.runs) {
      insert_run.bind(1, static_cast<int64_t>(week_id));
      insert_run.bind(2, format_date(run.date));
      insert_run.bind(3, std::string(model::to_string(run.type)));
      insert_run.bind(4, run.replaced_by_strength ? 1 : 0);
      insert_run.bind(5, std::string(model::to_string(run.source)));
      step(insert_run);
    }
    int position = 0;
    for (auto& session : week.sessions) {
      ++position;
      session.uid = model::session_uid(plan.identity, week.number, static_cast<std::size_t>(position));
      insert_session.bind(1, static_cast<int64_t>(week_id));
      insert_session.bind(2, position);
      insert_session.bind(3, format_date(session.date));
      insert_session.bind(4, std::string(model::to_string(session.placement)));
      insert_session.bind(5, session.reason);
      insert_session.bind(6, session.minutes);
      insert_session.bind(7, nlohmann::json(session.focus).dump());
      insert_session.bind(8, session.note);
      insert_session.bind(9, session.uid);
      insert_session.bind(10, session.sequence);
      insert_session.bind(11, session.light ? 1 : 0);
      insert_session.bind(12, model::adaptations_to_text(session.adapted));
      bind_optional(insert_session, 13, session.target_minutes > 0 ? std::optional<int>(session.target_minutes) : std::nullopt);
      step(insert_session);
      const long long session_id = sql.getLastInsertRowid();
      for (std::size_t i = 0; i < session.warmup.size(); ++i) {
        insert_exercise(statements.exercise, session_id, "warmup", static_cast<int>(i + 1), session.warmup[i]);
      }
      for (std::size_t i = 0; i < session.exercises.size(); ++i) {
        insert_exercise(statements.exercise, session_id, "main", static_cast<int>(i + 1), session.exercises[i]);
      }
    }
  }
}

void update_header(SQLite::Database& sql, long long id, const model::Plan& plan) {
  SQLite::Statement update(sql,
                           "UPDATE plans SET name = ?, identity = ?, saved_at = ?, weeks = ?, schedule = ?, "
                           "warnings = ? WHERE id = ?");
  update.bind(1, plan.name);
  update.bind(2, plan.identity);
  update.bind(3, plan.saved_at);
  update.bind(4, plan.weeks_count);
  update.bind(5, model::schedule_to_json(plan.schedule).dump());
  update.bind(6, nlohmann::json(plan.warnings).dump());
  update.bind(7, static_cast<int64_t>(id));
  update.exec();
}

}  // namespace

void save_plan(Database& db, model::Plan& plan) {
  guard_sql("saving the plan", [&] {
    Transaction transaction(db.sql(), TransactionMode::write);
    const std::string now = utc_now_basic();
    SQLite::Statement insert(db.sql(),
                             "INSERT INTO plans (name, identity, created_at, saved_at, weeks, schedule, athlete_id) "
                             "VALUES (?, '', ?, ?, ?, '{}', ?)");
    insert.bind(1, plan.name);
    insert.bind(2, now);
    insert.bind(3, now);
    insert.bind(4, plan.weeks_count);
    insert.bind(5, static_cast<int64_t>(plan.athlete_id));
    insert.exec();
    plan.id = db.sql().getLastInsertRowid();
    plan.identity = "plan" + std::to_string(plan.id) + "-" + now;
    plan.saved_at = now;
    update_header(db.sql(), plan.id, plan);
    insert_content(db.sql(), plan.id, plan);
    transaction.commit();
  });
}

void replace_plan(Database& db, long long id, model::Plan& plan) {
  guard_sql("replacing the plan", [&] {
    Transaction transaction(db.sql(), TransactionMode::write);
    SQLite::Statement query(db.sql(), "SELECT identity, athlete_id FROM plans WHERE id = ?");
    query.bind(1, static_cast<int64_t>(id));
    if (!query.executeStep()) throw Error("no saved plan with id " + std::to_string(id), ErrorKind::usage);
    plan.id = id;
    plan.identity = query.getColumn(0).getString();
    plan.athlete_id = query.getColumn(1).getInt64();
    plan.saved_at = utc_now_basic();
    SQLite::Statement clear(db.sql(), "DELETE FROM plan_weeks WHERE plan_id = ?");
    clear.bind(1, static_cast<int64_t>(id));
    clear.exec();
    update_header(db.sql(), id, plan);
    insert_content(db.sql(), id, plan);
    transaction.commit();
  });
}

bool delete_plan(Database& db, long long id) {
  return guard_sql("deleting the plan", [&] {
    SQLite::Statement remove(db.sql(), "DELETE FROM plans WHERE id = ?");
    remove.bind(1, static_cast<int64_t>(id));
    return remove.exec() > 0;
  });
}

}  // namespace rs::store

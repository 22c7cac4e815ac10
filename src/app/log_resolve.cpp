#include "app/log_resolve.hpp"

#include <algorithm>

#include "store/library_queries.hpp"
#include "store/log_store.hpp"
#include "store/plan_store.hpp"
#include "util/error.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

namespace rs::app {

namespace {

const model::Session* session_on(const model::Plan& plan, Date date) {
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      if (session.date == date) return &session;
    }
  }
  return nullptr;
}

bool planned_on(const model::Plan& plan, Date date, const std::string& slug) {
  const auto* session = session_on(plan, date);
  if (session == nullptr) return false;
  const auto has = [&](const auto& list) {
    return std::any_of(list.begin(), list.end(), [&](const auto& item) { return item.slug == slug; });
  };
  return has(session->exercises) || has(session->warmup);
}

void add_known(std::vector<KnownExercise>& known, const std::string& slug, const std::string& name) {
  const bool present =
      std::any_of(known.begin(), known.end(), [&](const KnownExercise& item) { return item.slug == slug; });
  if (!present) known.push_back({slug, name});
}

}  // namespace

Date parse_log_date(const std::string& text, const std::string& field) {
  const auto date = parse_date(text);
  if (!date) throw_usage(field + ": expected a date YYYY-MM-DD, not \"" + text + "\"");
  return *date;
}

LogResolver::LogResolver(store::Database& db, Date today, long long athlete_id)
    : db_(db), today_(today), athlete_id_(athlete_id) {
  for (const auto& exercise : store::list_exercises(db)) add_known(known_, exercise.slug, exercise.name);
  for (const auto& entry : store::read_log(db)) {
    if (entry.kind == model::LogKind::exercise) add_known(known_, entry.slug, entry.name);
  }
  for (const auto& summary : store::list_plans(db)) {
    for (const auto& week : plan(summary.id)->weeks) {
      for (const auto& session : week.sessions) {
        for (const auto& item : session.exercises) add_known(known_, item.slug, item.name);
        for (const auto& item : session.warmup) add_known(known_, item.slug, item.name);
      }
    }
  }
}

const model::Plan* LogResolver::plan(long long id) {
  auto found = plans_.find(id);
  if (found == plans_.end()) found = plans_.emplace(id, store::load_plan(db_, id)).first;
  return found->second ? &*found->second : nullptr;
}

KnownExercise LogResolver::exercise(const std::string& typed) {
  const auto wanted = ascii_lower(trim(typed));
  for (const auto& item : known_) {
    if (item.slug == wanted || ascii_lower(item.name) == wanted) return item;
  }
  std::vector<std::pair<std::size_t, const KnownExercise*>> nearest;
  for (const auto& item : known_) {
    const auto distance = std::min(edit_distance(wanted, item.slug), edit_distance(wanted, ascii_lower(item.name)));
    nearest.emplace_back(distance, &item);
  }
  std::stable_sort(nearest.begin(), nearest.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string message = "unknown exercise \"" + typed + "\"";
  std::string hints;
  for (std::size_t i = 0; i < nearest.size() && i < 3; ++i) {
    if (nearest[i].first > std::max<std::size_t>(3, wanted.size() / 2)) break;
    hints += (hints.empty() ? "" : ", ") + std::string("\"") + nearest[i].second->slug + "\"";
  }
  if (!hints.empty()) message += " (did you mean " + hints + "?)";
  throw_usage(message + "; see `runstrength exercises`");
}

model::LogEntry LogResolver::resolve(const planner::LogLine& line) {
  model::LogEntry entry = line.entry;
  if (entry.date > today_) {
    throw_usage("date " + format_date(entry.date) + " is in the future (today is " + format_date(today_) + ")");
  }
  if (line.plan == planner::PlanRef::current) {
    entry.plan_id = store::newest_plan_id(db_, athlete_id_);
  } else if (line.plan == planner::PlanRef::detached) {
    entry.plan_id.reset();
  }
  const model::Plan* owner = nullptr;
  if (entry.plan_id) {
    owner = plan(*entry.plan_id);
    if (owner == nullptr) {
      throw_usage("no saved plan with id " + std::to_string(*entry.plan_id) + " (see `runstrength plans`)");
    }
    if (owner->athlete_id != athlete_id_) {
      throw_usage("plan " + std::to_string(*entry.plan_id) + " is another athlete's (see `runstrength plans`)");
    }
  }
  if (entry.kind == model::LogKind::session) {
    if (owner != nullptr && session_on(*owner, entry.date) == nullptr) {
      throw_usage("plan " + std::to_string(owner->id) + " has no session on " + format_date(entry.date) +
                  " (see `runstrength plan show " + std::to_string(owner->id) + "`)");
    }
    return entry;
  }
  const auto found = exercise(entry.slug);
  entry.slug = found.slug;
  if (entry.name.empty()) entry.name = found.name;
  if (owner != nullptr) entry.extra = !planned_on(*owner, entry.date, entry.slug);
  return entry;
}

}  // namespace rs::app

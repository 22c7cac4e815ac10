#include "planner/week_fill.hpp"

#include <algorithm>
#include <numeric>

#include "planner/session_builder.hpp"

namespace rs::planner {

namespace {

constexpr int filled_percent = 80;

int session_sets(const model::Session& session) {
  return std::accumulate(session.exercises.begin(), session.exercises.end(), 0,
                         [](int sum, const model::SessionExercise& item) { return sum + item.sets; });
}

bool covers(const model::SessionExercise& item, std::size_t group, const std::vector<model::Exercise>& exercises) {
  for (const auto& exercise : exercises) {
    if (exercise.slug == item.slug && exercise.level_rank == item.level_rank) return covers_group(exercise, group);
  }
  return false;
}

// Whether the week still works `group` without `removed`.
bool still_covered(const model::Week& week, const model::SessionExercise& removed, std::size_t group,
                   const std::vector<model::Exercise>& exercises) {
  if (!covers(removed, group, exercises)) return true;
  int count = 0;
  for (const auto& session : week.sessions) {
    for (const auto& item : session.exercises) count += covers(item, group, exercises) ? 1 : 0;
  }
  return count > 1;
}

int level_count(const model::Week& week, int rank) {
  int count = 0;
  for (const auto& session : week.sessions) {
    for (const auto& item : session.exercises) count += item.level_rank == rank ? 1 : 0;
  }
  return count;
}

// Sessions with the most main-block sets first (the later one on a tie).
std::vector<model::Session*> biggest_first(model::Week& week) {
  std::vector<model::Session*> order;
  for (auto session = week.sessions.rbegin(); session != week.sessions.rend(); ++session) order.push_back(&*session);
  std::stable_sort(order.begin(), order.end(), [](const model::Session* a, const model::Session* b) {
    return session_sets(*a) > session_sets(*b);
  });
  return order;
}

// Removes one exercise; pass 0 keeps every group and level the week works, pass 1 does not.
bool remove_exercise(model::Week& week, int pass, const std::vector<model::Exercise>& exercises) {
  for (model::Session* session : biggest_first(week)) {
    if (session->exercises.size() <= 1) continue;
    for (auto item = session->exercises.end(); item != session->exercises.begin();) {
      --item;
      bool keeps = pass == 1 || level_count(week, item->level_rank) > 1;
      for (std::size_t group = 0; group < area_group_count && pass == 0; ++group) {
        keeps = keeps && still_covered(week, *item, group, exercises);
      }
      if (keeps) {
        session->exercises.erase(item);
        return true;
      }
    }
  }
  return false;
}

// Takes one set off the largest exercise of the session with the most sets.
bool remove_set(model::Week& week) {
  for (model::Session* session : biggest_first(week)) {
    model::SessionExercise* biggest = nullptr;
    for (auto& item : session->exercises) {
      if (item.sets > 1 && (!biggest || item.sets > biggest->sets)) biggest = &item;
    }
    if (biggest) {
      --biggest->sets;
      return true;
    }
  }
  return false;
}

}  // namespace

int total_sets(const model::Week& week) {
  int total = 0;
  for (const auto& session : week.sessions) total += session_sets(session);
  return total;
}

void trim_evenly(model::Week& week, int cap, const std::vector<model::Exercise>& exercises) {
  while (total_sets(week) > cap) {
    if (remove_exercise(week, 0, exercises) || remove_exercise(week, 1, exercises)) continue;
    if (!remove_set(week)) break;
  }
  for (auto& session : week.sessions) finish_session(session);
}

bool filled(const model::Session& session) { return session.minutes * 100 >= session.target_minutes * filled_percent; }

const model::Session* least_filled(const model::Week& week) {
  const model::Session* least = nullptr;
  for (const auto& session : week.sessions) {
    if (filled(session)) continue;
    if (!least || session.minutes * least->target_minutes < least->minutes * session.target_minutes) least = &session;
  }
  return least;
}

std::string fill_warning(const model::Session& least, int week) {
  return "these levels fill about " + std::to_string(least.minutes) + " of " + std::to_string(least.target_minutes) +
         " minutes (week " + std::to_string(week) +
         ", the least filled session): the exercises of the levels in use "
         "at your equipment, with their sets and a mobility block of the basics, run short of the session's minutes";
}

}  // namespace rs::planner

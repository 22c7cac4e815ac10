#include "planner/placement.hpp"

#include <algorithm>
#include <array>

namespace rs::planner {

namespace {

using model::Experience;
using model::Placement;
using model::RunType;
using std::chrono::days;

std::string run_words(RunType run) {
  if (run == RunType::long_run) return "long run";
  if (run == RunType::race) return "race";
  return std::string(model::to_string(run)) + " run";
}

std::string day_label(Date date) { return std::string(weekday_name(weekday_index(date))); }

}  // namespace

RunType run_on(const model::Schedule& schedule, Date date) {
  if (schedule.race && date == *schedule.race) return RunType::race;
  return schedule.week[static_cast<std::size_t>(weekday_index(date))];
}

std::optional<std::string> hard_rule_violation(const model::Schedule& schedule, Date date,
                                               std::optional<Date> last_session) {
  const RunType run = run_on(schedule, date);
  if (run == RunType::race) return "race day";
  if (run == RunType::long_run) return "long-run day: no strength on the day of a long run";
  if (schedule.race && date < *schedule.race && date >= *schedule.race - days{3}) {
    return "within the last 3 days before the race: nothing that could leave you sore";
  }
  if (schedule.race && date > *schedule.race && date <= *schedule.race + days{6}) {
    return "the week after the race is for recovery";
  }
  const RunType next = run_on(schedule, date + days{1});
  if (model::is_hard(next)) {
    return "the day before your " + run_words(next) + ": arrive at hard days fresh";
  }
  if (last_session && date - *last_session < days{2}) {
    return "the day after a strength session: strength days are at least 48 hours apart";
  }
  return std::nullopt;
}

Placement placement_for(RunType run, Experience experience) {
  if (run == RunType::rest) return Placement::rest_day;
  if (model::is_hard(run)) return Placement::after_hard_run;
  if (experience == Experience::new_runner && (run == RunType::easy || run == RunType::recovery)) {
    return Placement::replaces_run;
  }
  return Placement::after_easy_run;
}

int preference_rank(Placement placement, Experience experience) {
  if (experience == Experience::new_runner) {
    switch (placement) {
      case Placement::replaces_run: return 0;
      case Placement::rest_day: return 1;
      case Placement::after_easy_run: return 2;
      case Placement::after_hard_run: return 3;
    }
  }
  switch (placement) {
    case Placement::after_hard_run: return 0;
    case Placement::after_easy_run: return 1;
    case Placement::rest_day: return 2;
    case Placement::replaces_run: return 3;
  }
  return 3;
}

std::string placement_reason(Placement placement, RunType run, Experience experience) {
  switch (placement) {
    case Placement::replaces_run:
      return "Replaces your " + run_words(run) +
             ": for new runners, \"for every strength workout, consider removing a run\".";
    case Placement::rest_day:
      return experience == Experience::new_runner
                 ? std::string("On a rest day: no easy run was free to replace, so a rest day comes next for new runners.")
                 : std::string("On a rest day: no day after a run was free, so a rest day is the fallback.");
    case Placement::after_easy_run:
      return "After your " + run_words(run) + ": an easy day carries strength work without spoiling a hard session.";
    case Placement::after_hard_run:
      return "After your " + run_words(run) + ": \"keep hard days hard\", so the next day stays easy.";
  }
  return {};
}

WeekPlacement place_week(const model::Schedule& schedule, Date week_start, int wanted,
                         std::optional<Date> last_session) {
  WeekPlacement week;
  std::vector<std::size_t> legal;
  for (int offset = 0; offset < 7; ++offset) {
    DayChoice day;
    day.date = week_start + days{offset};
    day.run = run_on(schedule, day.date);
    const auto violation = hard_rule_violation(schedule, day.date, last_session);
    day.legal = !violation;
    if (violation) {
      day.why = "not allowed: " + *violation;
    } else {
      day.placement = placement_for(day.run, schedule.experience);
      legal.push_back(static_cast<std::size_t>(offset));
    }
    week.days.push_back(day);
  }

  // Every subset of the legal days with no two consecutive days; keep the best one.
  const std::size_t count = legal.size();
  int best_size = 0;
  std::array<int, 4> best_counts{};
  int best_gap = -1;
  unsigned best_mask = 0;
  for (unsigned mask = 1; mask < (1u << count); ++mask) {
    std::vector<int> offsets;
    for (std::size_t i = 0; i < count; ++i) {
      if (mask & (1u << i)) offsets.push_back(static_cast<int>(legal[i]));
    }
    bool spaced = true;
    int gap = 7;
    for (std::size_t i = 1; i < offsets.size(); ++i) {
      spaced = spaced && offsets[i] - offsets[i - 1] >= 2;
      gap = std::min(gap, offsets[i] - offsets[i - 1]);
    }
    const int size = static_cast<int>(offsets.size());
    if (!spaced || size > wanted) continue;
    std::array<int, 4> counts{};
    for (int offset : offsets) {
      ++counts[static_cast<std::size_t>(preference_rank(*week.days[static_cast<std::size_t>(offset)].placement,
                                                         schedule.experience))];
    }
    // Larger is better: size, then more of the preferred placements, then spread. Ties keep the
    // earlier mask, which is deterministic.
    const bool better = size != best_size       ? size > best_size
                        : counts != best_counts ? counts > best_counts
                                                : gap > best_gap;
    if (better) {
      best_size = size;
      best_counts = counts;
      best_gap = gap;
      best_mask = mask;
    }
  }

  for (std::size_t i = 0; i < count; ++i) {
    auto& day = week.days[legal[i]];
    if (best_mask & (1u << i)) {
      day.chosen = true;
      day.why = "chosen (" + std::string(model::to_string(*day.placement)) + "): " +
                placement_reason(*day.placement, day.run, schedule.experience);
      week.chosen.push_back(day.date);
    }
  }
  for (std::size_t i = 0; i < count; ++i) {
    auto& day = week.days[legal[i]];
    if (day.chosen) continue;
    const bool next_to_chosen = std::any_of(week.chosen.begin(), week.chosen.end(), [&](Date chosen) {
      return chosen - day.date == days{1} || day.date - chosen == days{1};
    });
    const std::string as = std::string(model::to_string(*day.placement));
    if (next_to_chosen) {
      day.why = "allowed (" + as + ") but next to a chosen day: strength days are at least 48 hours apart";
    } else if (static_cast<int>(week.chosen.size()) >= wanted) {
      day.why = "allowed (" + as + ") but other days rank higher for " +
                std::string(model::to_string(schedule.experience)) + " runners";
    } else {
      day.why = "allowed (" + as + ") but not needed";
    }
  }

  if (best_size < wanted) {
    if (count == 0) {
      week.shortfall = "no day is allowed (every day is a long run or race, the day before a hard run, or too close "
                       "to the race), so no strength session was planned";
    } else {
      std::string days_text;
      for (std::size_t i : legal) days_text += (days_text.empty() ? "" : ", ") + day_label(week.days[i].date);
      week.shortfall = "only " + std::to_string(best_size) + " of " + std::to_string(wanted) +
                       " sessions fit: the allowed days are " + days_text +
                       " and strength days must be at least 48 hours apart";
    }
  }
  return week;
}

}  // namespace rs::planner

// Placing one week: the runner's allowed days, the hard rules, run replacement and the best set of
// days (declared in planner/placement.hpp).
#include <algorithm>
#include <array>

#include "planner/placement.hpp"

namespace rs::planner {

namespace {

using model::Placement;
using model::RunType;
using std::chrono::days;

std::string day_label(Date date) { return std::string(weekday_name(weekday_index(date))); }

// May the week replace one more run of type `run`, with `replaced` already replaced of `runs`?
bool may_replace(const model::Schedule& schedule, RunType run, int runs, int replaced) {
  switch (schedule.replace_runs) {
    case model::ReplaceRuns::never: return false;
    case model::ReplaceRuns::recovery: return run == RunType::recovery;
    case model::ReplaceRuns::easy: return true;
    case model::ReplaceRuns::rule: return run == RunType::recovery || runs - replaced - 1 >= 3;
  }
  return false;
}

// The placements of the days at `offsets` if they are chosen together: recovery runs are replaced
// first, then easy runs in date order while the week may replace them; light days never replace.
std::vector<Placement> assign(const model::Schedule& schedule, const std::vector<DayChoice>& week,
                              const std::vector<int>& offsets, int runs) {
  std::vector<Placement> placements;
  for (int offset : offsets) placements.push_back(*week[static_cast<std::size_t>(offset)].placement);
  int replaced = 0;
  for (RunType kind : {RunType::recovery, RunType::easy}) {
    for (std::size_t i = 0; i < offsets.size(); ++i) {
      const auto& day = week[static_cast<std::size_t>(offsets[i])];
      if (day.run != kind || placements[i] != Placement::replaces_run) continue;
      if (!day.light && may_replace(schedule, kind, runs, replaced)) {
        ++replaced;
      } else {
        placements[i] = Placement::after_easy_run;
      }
    }
  }
  return placements;
}

// The chosen session day nearest to `date` (earlier on a tie), if any.
std::optional<Date> nearest(const std::vector<Date>& chosen, Date date) {
  std::optional<Date> best;
  for (Date day : chosen) {
    const auto distance = day > date ? day - date : date - day;
    if (!best || distance < (*best > date ? *best - date : date - *best)) best = day;
  }
  return best;
}

void explain_unchosen(WeekPlacement& week, const std::vector<std::size_t>& legal, int wanted,
                      model::Experience experience) {
  for (std::size_t index : legal) {
    auto& day = week.days[index];
    if (day.chosen) continue;
    const bool next_to_chosen = std::any_of(week.chosen.begin(), week.chosen.end(), [&](Date chosen) {
      return chosen - day.date == days{1} || day.date - chosen == days{1};
    });
    const std::string as = std::string(model::to_string(*day.placement)) + (day.light ? ", light" : "");
    if (next_to_chosen) {
      day.why = "allowed (" + as + ") but next to a chosen day: strength days are at least 48 hours apart";
    } else if (static_cast<int>(week.chosen.size()) >= wanted) {
      day.why = "allowed (" + as + ") but other days rank higher for " + std::string(model::to_string(experience)) +
                " runners";
    } else {
      day.why = "allowed (" + as + ") but not needed";
    }
  }
}

std::string shortfall_text(const model::Schedule& schedule, const WeekPlacement& week,
                           const std::vector<std::size_t>& legal, int placed, int wanted) {
  if (legal.empty()) {
    return schedule.days_chosen
               ? "none of your strength days is allowed this week, so no strength session was planned"
               : "no day is allowed (every day is a long run or race, the day before a hard run, or too close "
                 "to the race), so no strength session was planned";
  }
  std::string days_text;
  for (std::size_t i : legal) days_text += (days_text.empty() ? "" : ", ") + day_label(week.days[i].date);
  return "only " + std::to_string(placed) + " of " + std::to_string(wanted) + " sessions fit: the allowed days are " +
         days_text + " and strength days must be at least 48 hours apart";
}

}  // namespace

WeekPlacement place_week(const model::Schedule& schedule, Date week_start, int wanted,
                         std::optional<Date> last_session) {
  WeekPlacement week;
  std::vector<std::size_t> legal;
  int runs = 0;
  for (int offset = 0; offset < 7; ++offset) {
    DayChoice day;
    day.date = week_start + days{offset};
    day.run = run_on(schedule, day.date);
    runs += model::is_run(day.run) ? 1 : 0;
    const auto violation = hard_rule_violation(schedule, day.date, last_session);
    if (!schedule.allowed[static_cast<std::size_t>(weekday_index(day.date))]) {
      day.why = schedule.days_chosen ? "not one of your strength days (strength.days)" : "a day you avoid (strength.avoid)";
    } else if (violation) {
      day.why = "not allowed: " + *violation;
      if (schedule.days_chosen) week.refusals.push_back({day.date, *violation, std::nullopt});
    } else {
      day.legal = true;
      day.light = light_only(schedule, day.date);
      day.placement = placement_for(day.run, schedule.experience);
      legal.push_back(static_cast<std::size_t>(offset));
    }
    week.days.push_back(day);
  }

  // Every subset of the legal days with no two consecutive days; keep the best one.
  const std::size_t count = legal.size();
  int best_size = 0;
  std::array<int, 5> best_counts{};
  int best_gap = -1;
  unsigned best_mask = 0;
  std::vector<Placement> best_placements;
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
    const auto placements = assign(schedule, week.days, offsets, runs);
    std::array<int, 5> counts{};  // by preference rank; light sessions last (index 4)
    for (std::size_t i = 0; i < offsets.size(); ++i) {
      const bool light = week.days[static_cast<std::size_t>(offsets[i])].light;
      ++counts[light ? 4 : static_cast<std::size_t>(preference_rank(placements[i], schedule.experience))];
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
      best_placements = placements;
    }
  }

  std::size_t picked = 0;
  for (std::size_t i = 0; i < count; ++i) {
    auto& day = week.days[legal[i]];
    if (!(best_mask & (1u << i))) {
      if (day.placement == Placement::replaces_run) day.placement = Placement::after_easy_run;
      continue;
    }
    day.chosen = true;
    day.placement = best_placements[picked++];
    day.why = "chosen (" + std::string(model::to_string(*day.placement)) + (day.light ? ", light" : "") + "): " +
              (day.light ? light_reason(day.run) : placement_reason(*day.placement, day.run, schedule.experience));
    week.chosen.push_back(day.date);
  }
  explain_unchosen(week, legal, wanted, schedule.experience);
  const bool full = best_size >= wanted;
  for (auto& refusal : week.refusals) {
    if (full) refusal.instead = nearest(week.chosen, refusal.date);
  }
  if (!full) week.shortfall = shortfall_text(schedule, week, legal, best_size, wanted);
  return week;
}

}  // namespace rs::planner

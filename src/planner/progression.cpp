#include "planner/progression.hpp"

#include <algorithm>
#include <set>

namespace rs::planner {

namespace {
constexpr int seconds_per_rep = 3;
constexpr int rest_seconds = 45;
constexpr int max_sets = 4;
}  // namespace

std::vector<int> level_ranks(const std::vector<model::Exercise>& exercises) {
  std::set<int> ranks;
  for (const auto& exercise : exercises) ranks.insert(exercise.level_rank);
  return {ranks.begin(), ranks.end()};
}

int introduction_week(model::Experience experience, int rank) {
  if (rank <= 1) return 1;
  switch (experience) {
    case model::Experience::new_runner: return 1 + 3 * (rank - 1);
    case model::Experience::returning: return 1 + 2 * (rank - 1);
    case model::Experience::experienced: return 1;
  }
  return 1;
}

int top_level(model::Experience experience, int week, const std::vector<int>& ranks) {
  int top = 0;
  for (int index = 1; index < static_cast<int>(ranks.size()); ++index) {
    // levels come in order, never skipped
    if (introduction_week(experience, ranks[static_cast<std::size_t>(index)]) > week) break;
    top = index;
  }
  return top;
}

int first_main_level(const std::vector<int>& ranks) { return ranks.size() > 1 && ranks.front() == 0 ? 1 : 0; }

std::vector<int> main_levels(model::Experience experience, int top, int first) {
  if (top <= first) return {top};
  const int lowest = experience == model::Experience::experienced ? first : std::max(first, top - 1);
  std::vector<int> levels;
  for (int index = top; index >= lowest; --index) levels.push_back(index);
  return levels;
}

model::Dose progressed_dose(const model::Dose& start, int steps) {
  model::Dose dose = start;
  const bool hold = start.type == model::DoseType::hold;
  const int base = std::max(1, hold ? start.seconds : start.reps);
  const int cap = hold ? std::max(base, std::min(base * 2, 60)) : std::max(base, std::min(base + base / 2, 20));
  int amount = base;
  for (int step = 0; step < steps; ++step) {
    const int increase = std::max(1, amount / 10);
    if (amount + increase <= cap) {
      amount += increase;
    } else if (dose.sets < max_sets) {
      // One more set at a volume no higher than before: sets x amount stays within +10%.
      const int total = dose.sets * amount;
      dose.sets += 1;
      amount = std::max(base, (total + dose.sets - 1) / dose.sets);
    } else {
      break;
    }
  }
  if (hold) {
    dose.seconds = amount;
  } else {
    dose.reps = amount;
  }
  return dose;
}

Progress progress(const model::Dose& start, int steps, bool weighted) {
  if (weighted) return {start, std::max(0, steps)};
  return {progressed_dose(start, steps), 0};
}

int reduced_sets(int sets, int fraction_percent) { return std::max(1, sets * fraction_percent / 100); }

int estimated_seconds(const model::Dose& dose) {
  const int work = dose.type == model::DoseType::hold ? dose.seconds : dose.reps * seconds_per_rep;
  return dose.sets * (work * (dose.per_side ? 2 : 1) + rest_seconds);
}

}  // namespace rs::planner

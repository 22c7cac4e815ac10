#include "planner/progression.hpp"

#include <algorithm>
#include <set>

#include "model/estimate.hpp"

namespace rs::planner {

namespace {
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

namespace {

// Reps at the slow tempo with a time under tension at most 10% above `reps` at the normal pace.
int tempo_reps(int reps) {
  return std::max(1, reps * model::seconds_per_rep * 11 / (model::tempo_seconds_per_rep * 10));
}

Progress climb(const model::Dose& start, int steps, bool tempo_step) {
  Progress progress{start, false, 0};
  model::Dose& dose = progress.dose;
  const bool hold = start.type == model::DoseType::hold;
  const int base = std::max(1, hold ? start.seconds : start.reps);
  const int cap = hold ? std::max(base, std::min(base * 2, 60)) : std::max(base, std::min(base + base / 2, 20));
  int amount = base;
  for (int step = 0; step < steps; ++step) {
    const int increase = std::max(1, amount / 10);
    if (amount + increase <= cap) {
      amount += increase;
    } else if (tempo_step && !hold && !progress.tempo) {
      // The tempo step: a slower lowering, reps cut so the time under tension stays within +10%.
      progress.tempo = true;
      amount = tempo_reps(amount);
    } else if (dose.sets < max_sets) {
      // One more set at a volume no higher than before: sets x amount stays within +10%.
      const int total = dose.sets * amount;
      dose.sets += 1;
      amount = std::max(progress.tempo ? tempo_reps(base) : base, (total + dose.sets - 1) / dose.sets);
    } else {
      break;
    }
  }
  if (hold) {
    dose.seconds = amount;
  } else {
    dose.reps = amount;
  }
  return progress;
}

}  // namespace

Ladder ladder_of(const model::Exercise& exercise) {
  if (std::find(exercise.attributes.equipment.begin(), exercise.attributes.equipment.end(), "weight") !=
      exercise.attributes.equipment.end()) {
    return Ladder::weighted;
  }
  const bool reps = exercise.attributes.dose.type == model::DoseType::reps;
  return reps && exercise.attributes.kind != model::ExerciseKind::plyometric ? Ladder::bodyweight_tempo
                                                                            : Ladder::bodyweight;
}

model::Dose progressed_dose(const model::Dose& start, int steps) { return climb(start, steps, false).dose; }

Progress progress(const model::Dose& start, int steps, Ladder ladder) {
  if (ladder == Ladder::weighted) return {start, false, std::max(0, steps)};
  return climb(start, steps, ladder == Ladder::bodyweight_tempo);
}

int reduced_sets(int sets, int fraction_percent) { return std::max(1, (sets * fraction_percent + 50) / 100); }

int estimated_seconds(const model::Dose& dose, bool tempo) {
  const bool hold = dose.type == model::DoseType::hold;
  const model::ItemTime time = model::item_time(dose.sets, hold ? 0 : dose.reps, hold ? dose.seconds : 0, dose.per_side, tempo);
  return time.work + time.rest;
}

}  // namespace rs::planner

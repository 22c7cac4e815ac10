#include "model/estimate.hpp"

#include <algorithm>

namespace rs::model {

ItemTime item_time(int sets, int reps, int hold, bool per_side, bool tempo) {
  const int per_set = reps > 0 ? reps * (tempo ? tempo_seconds_per_rep : seconds_per_rep) : hold;
  ItemTime time;
  time.work = sets * per_set * (per_side ? 2 : 1);
  time.rest = sets > 1 ? (sets - 1) * rest_seconds : 0;
  return time;
}

ItemTime item_time(const SessionExercise& item) {
  if (item.level == "warm-up") return {item.seconds.value_or(0) * item.sets, 0};
  return item_time(item.sets, item.reps.value_or(0), item.seconds.value_or(0), item.per_side, item.tempo.has_value());
}

TimeEstimate estimate_session(const Session& session) {
  TimeEstimate estimate;
  int items = 0;
  for (const auto& item : session.warmup) {
    const ItemTime time = item_time(item);
    estimate.warmup += time.work + time.rest;
    ++items;
  }
  for (const auto& item : session.exercises) {
    const ItemTime time = item_time(item);
    estimate.work += time.work;
    estimate.rest += time.rest;
    ++items;
  }
  estimate.transitions = items > 1 ? (items - 1) * transition_seconds : 0;
  return estimate;
}

std::string estimate_parts_text(const TimeEstimate& estimate) {
  auto minutes = [](int seconds) { return std::to_string((seconds + 30) / 60); };
  return "warm-up " + minutes(estimate.warmup) + ", work " + minutes(estimate.work) + ", rest " +
         minutes(estimate.rest) + ", transitions " + minutes(estimate.transitions);
}

std::string tempo_cue(const std::string& tempo) {
  std::string parts[3];
  std::size_t part = 0;
  for (const char c : tempo) {
    if (c == '-') {
      if (++part == 3) break;
    } else {
      parts[part] += c;
    }
  }
  if (part != 2) return tempo + " tempo";
  return tempo + " tempo: lower for " + parts[0] + " seconds, pause " + parts[1] + ", rise in " + parts[2];
}

std::string minutes_text(int minutes, int target) {
  if (target <= 0) return "about " + std::to_string(minutes) + " minutes";
  return "about " + std::to_string(minutes) + " of " + std::to_string(target) + " minutes";
}

int target_minutes(int minutes, Phase phase, int recovery_percent, bool light) {
  constexpr int race_week_minutes = 20;
  constexpr int light_minutes = 20;
  constexpr int shortest_target = 10;
  int target = minutes;
  switch (phase) {
    case Phase::deload:
      target = minutes * 70 / 100;
      break;
    case Phase::taper:
      target = minutes * 60 / 100;
      break;
    case Phase::race:
      target = std::min(minutes, race_week_minutes);
      break;
    case Phase::recovery:
      if (recovery_percent > 0) target = minutes * recovery_percent / 100;
      break;
    default:
      break;
  }
  if (light) target = std::min(target, light_minutes);
  return std::max(std::min(minutes, shortest_target), target);
}

}  // namespace rs::model

#pragma once
// Adaptation scenarios for the tests of src/planner/adapt: a synthetic plan saved as built, a log
// written against its sessions, the plan re-built and adapted on a given week's Monday, and the
// checks every adapted plan must pass.

#include <optional>
#include <string>
#include <vector>

#include "model/library.hpp"
#include "model/plan.hpp"
#include "model/training_log.hpp"
#include "support/planner_fixtures.hpp"

namespace rs::test {

/// A synthetic plan (synthetic_library(3) and `extra`), saved as it was built, and its log.
class Scenario {
 public:
  /// Builds the plan of `weeks` weeks for `schedule`.
  explicit Scenario(int weeks, model::Schedule schedule = example_schedule(), std::vector<model::Exercise> extra = {});
  /// Logs session `index` (0-based) of week `week` with `outcome` and an optional RPE; returns the entry.
  model::LogEntry session(int week, int index, model::Outcome outcome, std::optional<int> rpe = std::nullopt);
  /// Logs `item` as done as planned in that session, with an RPE and pain.
  model::LogEntry exercise(int week, int index, const model::SessionExercise& item, std::optional<int> rpe,
                            bool pain = false);
  /// The plan re-built and adapted to the log on the Monday of week `week`.
  [[nodiscard]] model::Plan adapted(int week) const;
  /// Session `index` of week `week` of the saved plan.
  [[nodiscard]] const model::Session& at(int week, int index) const;

  std::vector<model::Exercise> library;  ///< The library the plan is built from.
  model::Plan saved;                     ///< The plan as saved.
  std::vector<model::LogEntry> log;      ///< The log, ids from 1.

 private:
  model::LogEntry add(model::LogEntry entry);
};

/// The first appearance of `slug` in a main block from week `from` on (nullptr when none), and
/// its session in `in`.
const model::SessionExercise* next_of(const model::Plan& plan, const std::string& slug, int from,
                                      const model::Session** in = nullptr);

/// Reps or seconds of one set.
int amount(const model::SessionExercise& item);

/// What every adapted plan must keep, as gtest expectations: no hard-rule or weekly-rule
/// violation, the phases, the weeks before `first_ahead` exactly as saved, the coach's notes;
/// every adaptation names entries of the log, and a session without adaptations has the fresh
/// plan's exercises and doses.
void expect_sound(const Scenario& scenario, const model::Plan& adapted, int first_ahead);

}  // namespace rs::test

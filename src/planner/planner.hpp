#pragma once
// The planner: a schedule and the exercise library in, a plan out. Pure and deterministic: the
// same input gives the same plan, byte for byte (docs/planner.md).

#include <string>
#include <vector>

#include "model/library.hpp"
#include "model/plan.hpp"

namespace rs::planner {

/// A plan and the per-day reasoning behind it (`--explain`).
struct PlanResult {
  model::Plan plan;                      ///< The plan (id 0, no identity: not saved yet).
  std::vector<std::string> explanation;  ///< Lines: a heading per week, then every weekday and why.
};

/// Builds a plan of `weeks` weeks named `name` for a validated schedule. Throws rs::Error when
/// the library has no exercises. An exercise is planned once per slug: a later entry with the
/// slug of an earlier one is ignored. Session n of the plan (from 0) gets tip n modulo the number
/// of tips of the articles its exercises come from, so only the first tips_needed(weeks) tips of
/// each article can appear.
PlanResult build_plan(const model::Schedule& schedule, int weeks, const std::string& name,
                      const std::vector<model::Exercise>& exercises, const std::vector<model::Tip>& tips);

/// The most tips a plan of `weeks` weeks can use: one per day.
std::size_t tips_needed(int weeks);

/// "Plan from 2026-12-07 (8 weeks)": the name used when none is given.
std::string default_plan_name(const model::Schedule& schedule, int weeks);

}  // namespace rs::planner

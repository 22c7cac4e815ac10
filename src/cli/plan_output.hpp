#pragma once
// Writing a plan in the chosen format to standard output or to a file (shared by `plan` and
// `plan show`).

#include <optional>
#include <string>
#include <vector>

#include "cli/context.hpp"
#include "model/plan.hpp"

namespace rs::cli {

/// Where and how a plan is written.
struct PlanOutput {
  std::string format = "text";       ///< "text", "json" or "ics".
  std::string file;                  ///< Empty or "-": standard output; else written atomically.
  std::optional<int> alarm_minutes;  ///< iCalendar: a reminder this many minutes before timed sessions.
};

/// The formats `--format` accepts.
const std::vector<std::string>& plan_formats();

/// Writes `plan` as text, JSON or iCalendar. The explanation lines go into the text, or to standard
/// error with the other formats.
void write_plan(Context& context, const model::Plan& plan, const PlanOutput& output,
                const std::vector<std::string>& explanation = {});

}  // namespace rs::cli

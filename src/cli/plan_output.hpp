#pragma once
// Writing a plan in the chosen format to standard output or to a file (shared by `plan` and
// `plan show`).

#include <string>
#include <vector>

#include "cli/context.hpp"
#include "model/plan.hpp"

namespace rs::cli {

/// Writes `plan` as "text" or "json" to `output` (a file path) or to standard output when empty.
/// The explanation lines go into the text, or to standard error with JSON.
void write_plan(Context& context, const model::Plan& plan, const std::string& format, const std::string& output,
                const std::vector<std::string>& explanation = {});

}  // namespace rs::cli

#pragma once
// The plan as text for the terminal: a week-by-week grid (at most 80 columns), then each session
// with its exercises, doses, substitutes and video links, then the warnings. Long lines are wrapped
// to a width when one is given, and phases, hard days and warnings coloured when asked.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"

namespace rs::exporters {

/// How the text is laid out for where it is shown.
struct TextStyle {
  std::optional<std::size_t> width;  ///< Wrap prose to this many columns; none: one line each.
  bool color = false;                ///< ANSI colours for phases, hard days and warnings.
};

/// "2 x 10", "2 x 30 s per side", "1 x 5 min"; empty when the exercise has no sets.
std::string dose_text(const model::SessionExercise& exercise);

/// The whole plan as text; `explanation` lines (may be empty) are appended under "Why these days".
std::string plan_text(const model::Plan& plan, const std::vector<std::string>& explanation = {},
                      const TextStyle& style = {});

/// One session as plan_text prints it: the heading (week, day, time, placement, minutes, focus),
/// the reason, the warm-up, the main block with doses, substitutes and videos, and the note.
std::string session_text(const model::Plan& plan, const model::Week& week, const model::Session& session);

}  // namespace rs::exporters

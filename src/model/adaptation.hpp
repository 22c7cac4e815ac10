#pragma once
// Why a re-plan changed a session: the adaptation of the weeks ahead to the training log
// (docs/log.md, "Adaptation"). Each changed exercise keeps the change made and the log entries
// that caused it; the plan JSON shows them as a session's `adapted` (docs/plan-json.md) and the
// library stores them with the session (migrations/0013_session_adaptations.sql).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/date.hpp"

namespace rs::model {

/// What the adaptation did to one exercise of a session.
enum class AdaptChange {
  held,          ///< Kept at the dose logged (a skipped session, RPE 9-10).
  stepped_back,  ///< One progression step (or a week's progression) lower.
  faster,        ///< One progression step sooner (too easy twice running).
  replaced,      ///< Swapped for another exercise of the same area and level, or its substitute.
  removed,       ///< Left out: painful or too hard twice and nothing can stand in for it.
};
/// "held", "stepped-back", "faster", "replaced", "removed".
std::string_view to_string(AdaptChange change);
/// Parses a change name; nullopt when unknown.
std::optional<AdaptChange> parse_adapt_change(std::string_view name);

/// One log entry an adaptation rests on.
struct AdaptCause {
  long long entry = 0;  ///< The training_log id (0 for an entry not saved).
  Date date{};          ///< The day it records.
  /// Same entry and date.
  friend bool operator==(const AdaptCause&, const AdaptCause&) = default;
};

/// One change of one exercise of a session, and why.
struct Adaptation {
  std::string exercise;                    ///< Slug of the exercise the fresh plan had.
  AdaptChange change = AdaptChange::held;  ///< What was done.
  std::optional<std::string> replacement;  ///< `replaced`: the slug put in its place (or the same slug with a substitute).
  std::string why;                         ///< The log in words: "RPE 9 on 2026-12-08".
  std::string text;                        ///< The whole change in words (adaptation_words), as shown.
  std::vector<AdaptCause> causes;          ///< The log entries, in date order.
  /// Same change for the same reasons.
  friend bool operator==(const Adaptation&, const Adaptation&) = default;
};

/// "Adapted: Goblet squats held at the dose logged (RPE 9 on 2026-12-08); ...." : a session's
/// adaptations in one sentence for the text output and the calendar ("" when none).
std::string adapted_sentence(const std::vector<Adaptation>& adaptations);

/// The adaptations as the JSON text the library stores ("[]" when none).
std::string adaptations_to_text(const std::vector<Adaptation>& adaptations);
/// Reads adaptations_to_text's form back; throws rs::Error naming the problem when malformed.
std::vector<Adaptation> adaptations_from_text(std::string_view text);

/// "Goblet squats held at the dose logged (RPE 9 on 2026-12-08)": one adaptation in words, for
/// the session's note, the text output and the calendar description; `replacement_name` names
/// what stands in for a replaced exercise.
std::string adaptation_words(const Adaptation& adaptation, std::string_view name, std::string_view replacement_name);

}  // namespace rs::model

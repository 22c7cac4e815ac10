#pragma once
// Re-planning a saved plan (`runstrength plan --replan ID`): the newly built plan takes over the
// saved plan's id, name and identity, and every session slot (week number, index in the week) keeps
// its calendar UID; SEQUENCE rises by one exactly where the event a calendar shows changed.
// Rules for sessions that appear or disappear: docs/ics.md, "Re-planning".

#include "model/plan.hpp"

namespace rs::app {

/// True when a calendar would show the two sessions differently: date, minutes, placement or its
/// wording (the run that day), reason, focus, warm-up, exercises (names, doses, substitutes,
/// videos, effort and load), note or what the adaptation to the log changed (`adapted`).
bool session_changed(const model::Session& before, const model::Week& week_before, const model::Session& after,
                     const model::Week& week_after);

/// The fresh plan, re-keyed onto the saved one: id, name, identity and saved_at from `saved`;
/// each slot present in both keeps the saved UID and sequence, plus one when session_changed or
/// the schedule's time or time zone changed; new slots get the derived UID and sequence 0; slots
/// that disappeared are dropped (they are no longer exported; see docs/ics.md).
model::Plan replan(const model::Plan& saved, model::Plan fresh);

}  // namespace rs::app

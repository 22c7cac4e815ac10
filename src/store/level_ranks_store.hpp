#pragma once
// Global level ranks of the stored library: at the start of an import whose content/levels.yaml
// changed (or that was never applied to the library), every stored level is ranked again from its
// name and its article's front matter `levels` mapping (docs/planner.md, "Levels").

#include "attributes/levels.hpp"
#include "store/database.hpp"

namespace rs::store {

/// Ranks every stored level against `scale` unless the library already holds the scale's
/// fingerprint (then nothing is written and no write lock is taken). Returns the number of levels
/// ranked again (0 when the fingerprint matched).
int rank_stored_levels(Database& db, const attributes::LevelScale& scale);

}  // namespace rs::store

#pragma once
// JSON forms of library values, shared by the store (attribute columns), the exporters and the CLI.

#include <nlohmann/json.hpp>

#include <optional>

#include "model/library.hpp"

namespace rs::model {

/// {"type": "reps", "sets": 2, "reps": 10, "per_side": false} or {"type": "hold", ..., "seconds": 30}.
nlohmann::ordered_json dose_to_json(const Dose& dose);

/// Parses dose_to_json's form; throws rs::Error naming the problem.
Dose dose_from_json(const nlohmann::json& json);

/// null or {"provider": "youtube"|"vimeo", "id": ..., "url": ...}.
nlohmann::ordered_json video_to_json(const std::optional<Video>& video);

}  // namespace rs::model

#pragma once
// The plan as versioned JSON ("schema": "runstrength.plan/2"), described by
// schemas/plan.schema.json and docs/plan-json.md.

#include <nlohmann/json.hpp>

#include <string>

#include "model/plan.hpp"

namespace rs::exporters {

/// Version string of the plan JSON; changes whenever the shape does.
inline constexpr const char* plan_schema_version = "runstrength.plan/2";

/// The whole plan document. Unsaved plans (id 0) have "id": null.
nlohmann::ordered_json plan_to_json(const model::Plan& plan);

/// One session as it appears in the plan document's weeks (date, time, placement, exercises, uid...).
nlohmann::ordered_json session_to_json(const model::Schedule& schedule, const model::Session& session);

/// plan_to_json, pretty-printed with two-space indents and a final newline.
std::string plan_json_text(const model::Plan& plan);

}  // namespace rs::exporters

#pragma once
// A fast reader for the plain shape most front matter has: `key: scalar` lines, and keys holding
// an indented block list of scalars or a block map of scalars. Anything else (comments, flow
// collections, anchors, multi-line or escaped scalars, tabs, deeper nesting...) is declined and
// read by yaml-cpp instead, so the result is always what yaml-cpp + yaml_to_json would give.

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace rs::importer {

/// Largest YAML text the fast reader takes on; longer front matter goes to yaml-cpp.
inline constexpr std::size_t simple_yaml_max_bytes = 16 * 1024;

/// The front matter `yaml` as JSON, typed as yaml_to_json types it, when it has the simple shape;
/// std::nullopt when it does not (the caller then parses it with yaml-cpp).
std::optional<nlohmann::ordered_json> read_simple_yaml(std::string_view yaml);

}  // namespace rs::importer

#pragma once
// Converting a yaml-cpp node tree to JSON with YAML 1.2 core-schema typing of plain scalars.

#include <nlohmann/json.hpp>

#include <string>

namespace YAML {
class Node;
}

namespace rs::importer {

/// Converts `node`: quoted scalars are strings; plain scalars are null (``, `~`, `null`), booleans
/// (`true`/`false` in any of the core schema's cases), integers, floats, else strings (dates stay
/// strings as written). Maps keep their key order. Throws ArticleError for a non-scalar map key,
/// nesting deeper than 64 levels, more than 100 000 values or more than 8 MiB of keys and scalars
/// (counted with YAML aliases expanded); `first_line` is the file line of the YAML's first line.
nlohmann::ordered_json yaml_to_json(const YAML::Node& node, const std::string& file, int first_line);

/// The JSON value of one scalar as yaml_to_json types it: `quoted` ones are strings; plain ones
/// are typed by the core schema.
nlohmann::ordered_json scalar_to_json(const std::string& text, bool quoted);

}  // namespace rs::importer

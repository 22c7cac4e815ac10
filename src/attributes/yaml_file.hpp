#pragma once
// Reading the attribute YAML files with errors that name the file, the line and the field.
// The only place in src/attributes that lets yaml-cpp exceptions escape into rs::Error. The
// planner reads the runner's schedule with the same error locations (YamlSource).

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "util/error.hpp"

namespace rs::attributes {

/// Where errors about a YAML document point: its name before the line numbers, and the kind of
/// rs::Error they are (failure for the library's files, usage for the runner's schedule).
struct YamlSource {
  std::string name;                     ///< File name as shown in messages.
  ErrorKind kind = ErrorKind::failure;  ///< Kind of the errors thrown by fail_at.
};

/// "name:line: field" for `node` (line 1-based; no line when `node` is undefined or has none).
std::string where(const YamlSource& source, const YAML::Node& node, std::string_view field);

/// Throws rs::Error "name:line: field: message" of the source's kind.
[[noreturn]] void fail_at(const YamlSource& source, const YAML::Node& node, std::string_view field,
                          std::string_view message);

/// One YAML file: its path, its bytes (for the fingerprint) and its parsed root.
struct YamlFile {
  std::filesystem::path path;  ///< Where it was read from.
  std::string bytes;           ///< Its exact bytes ("" when the file does not exist).
  YAML::Node root;             ///< Parsed document (Null when the file is empty or missing).
};

/// Reads and parses `path`. A missing file gives empty bytes and a Null root; an unreadable file
/// or a YAML syntax error throws rs::Error "path:line:column: YAML syntax error: ...".
YamlFile read_yaml_file(const std::filesystem::path& path);

/// where() with the file's path as the source name.
std::string where(const YamlFile& file, const YAML::Node& node, std::string_view field);

/// fail_at() with the file's path as the source name (errors of kind failure).
[[noreturn]] void fail_at(const YamlFile& file, const YAML::Node& node, std::string_view field,
                          std::string_view message);

/// A scalar as a string; throws naming the field unless `node` is a scalar.
std::string as_string(const YamlFile& file, const YAML::Node& node, std::string_view field);

/// A sequence of scalars (a single scalar counts as a one-item list; null as empty).
std::vector<std::string> as_string_list(const YamlFile& file, const YAML::Node& node, std::string_view field);

/// An integer scalar in [min, max].
int as_int(const YamlFile& file, const YAML::Node& node, std::string_view field, int min, int max);

/// A boolean scalar (true/false/yes/no).
bool as_bool(const YamlFile& file, const YAML::Node& node, std::string_view field);

/// Throws naming the first key of the map `node` that is not in `allowed` (catches typos).
void check_keys(const YamlFile& file, const YAML::Node& node, std::string_view context,
                std::initializer_list<std::string_view> allowed);

/// Throws unless `node` is a map (or null when `null_ok`).
void expect_map(const YamlFile& file, const YAML::Node& node, std::string_view field, bool null_ok = false);

}  // namespace rs::attributes

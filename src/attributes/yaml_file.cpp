#include "attributes/yaml_file.hpp"

#include <algorithm>
#include <system_error>

#include "util/error.hpp"
#include "util/read_file.hpp"

namespace rs::attributes {

YamlFile read_yaml_file(const std::filesystem::path& path) {
  YamlFile file{path, {}, YAML::Node()};
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return file;
  auto bytes = read_whole_file(path);
  if (!bytes) throw Error(path.string() + ": cannot read the file");
  file.bytes = std::move(*bytes);
  try {
    file.root = YAML::Load(file.bytes);
  } catch (const YAML::Exception& error) {
    throw Error(path.string() + ":" + std::to_string(error.mark.line + 1) + ":" +
                std::to_string(error.mark.column + 1) + ": YAML syntax error: " + error.msg);
  }
  return file;
}

std::string where(const YamlSource& source, const YAML::Node& node, std::string_view field) {
  std::string text = source.name;
  if (node) {
    const auto mark = node.Mark();
    if (mark.line >= 0) text += ":" + std::to_string(mark.line + 1);
  }
  text += ": ";
  text += field;
  return text;
}

void fail_at(const YamlSource& source, const YAML::Node& node, std::string_view field, std::string_view message) {
  throw Error(where(source, node, field) + ": " + std::string(message), source.kind);
}

std::string where(const YamlFile& file, const YAML::Node& node, std::string_view field) {
  return where(YamlSource{file.path.string()}, node, field);
}

void fail_at(const YamlFile& file, const YAML::Node& node, std::string_view field, std::string_view message) {
  fail_at(YamlSource{file.path.string()}, node, field, message);
}

std::string as_string(const YamlFile& file, const YAML::Node& node, std::string_view field) {
  if (!node || !node.IsScalar()) fail_at(file, node, field, "expected a text value");
  return node.Scalar();
}

std::vector<std::string> as_string_list(const YamlFile& file, const YAML::Node& node, std::string_view field) {
  std::vector<std::string> values;
  if (!node || node.IsNull()) return values;
  if (node.IsScalar()) return {node.Scalar()};
  if (!node.IsSequence()) fail_at(file, node, field, "expected a list of text values");
  for (const auto& item : node) values.push_back(as_string(file, item, field));
  return values;
}

int as_int(const YamlFile& file, const YAML::Node& node, std::string_view field, int min, int max) {
  if (!node || !node.IsScalar()) fail_at(file, node, field, "expected a whole number");
  int value = 0;
  try {
    value = node.as<int>();
  } catch (const YAML::Exception&) {
    fail_at(file, node, field, "expected a whole number, not '" + node.Scalar() + "'");
  }
  if (value < min || value > max) {
    fail_at(
        file, node, field,
        "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", not " + std::to_string(value));
  }
  return value;
}

bool as_bool(const YamlFile& file, const YAML::Node& node, std::string_view field) {
  if (!node || !node.IsScalar()) fail_at(file, node, field, "expected true or false");
  try {
    return node.as<bool>();
  } catch (const YAML::Exception&) {
    fail_at(file, node, field, "expected true or false, not '" + node.Scalar() + "'");
  }
}

void check_keys(const YamlFile& file, const YAML::Node& node, std::string_view context,
                std::initializer_list<std::string_view> allowed) {
  for (const auto& entry : node) {
    const auto key = as_string(file, entry.first, std::string(context) + " key");
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::string expected;
    for (const auto name : allowed) expected += (expected.empty() ? "" : ", ") + std::string(name);
    fail_at(file, entry.first, context, "unknown field '" + key + "'; expected one of: " + expected);
  }
}

void expect_map(const YamlFile& file, const YAML::Node& node, std::string_view field, bool null_ok) {
  if (!node) {
    if (null_ok) return;
    throw Error(file.path.string() + ": " + std::string(field) + ": missing");
  }
  if (node.IsMap() || (null_ok && node.IsNull())) return;
  fail_at(file, node, field, "expected a mapping of fields");
}

}  // namespace rs::attributes

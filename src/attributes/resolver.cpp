#include "attributes/resolver.hpp"

#include <system_error>

#include "attributes/vocabulary.hpp"
#include "util/error.hpp"
#include "util/fnv1a.hpp"

namespace rs::attributes {

namespace {

YamlFile parse_text(const std::string& text, const std::filesystem::path& path) {
  YamlFile file{path, text, YAML::Node()};
  try {
    file.root = YAML::Load(text);
  } catch (const YAML::Exception& error) {
    throw Error(path.string() + ":" + std::to_string(error.mark.line + 1) + ":" +
                std::to_string(error.mark.column + 1) + ": YAML syntax error: " + error.msg);
  }
  return file;
}

template <class Parse>
auto guard_yaml(const YamlFile& file, Parse&& parse) {
  try {
    return parse();
  } catch (const YAML::Exception& error) {
    throw Error(where(file, YAML::Node(), "") + "line " + std::to_string(error.mark.line + 1) + ": " + error.msg);
  }
}

}  // namespace

AttributeResolver::AttributeResolver(const YamlFile& exercises, const YamlFile& taxonomy)
    : taxonomy_(guard_yaml(taxonomy, [&] { return parse_taxonomy(taxonomy); })),
      overrides_(guard_yaml(exercises, [&] { return parse_overrides(exercises, taxonomy_); })) {
  Fnv1a hash;
  hash.update(resolver_version);
  hash.update(std::string_view("\0exercises.yaml\0", 17));
  hash.update(exercises.bytes);
  hash.update(std::string_view("\0taxonomy.yaml\0", 15));
  hash.update(taxonomy.bytes);
  fingerprint_ = hash.hex();
}

AttributeResolver AttributeResolver::load(const std::filesystem::path& content_dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(content_dir, ec)) {
    throw Error(content_dir.string() + ": the content folder does not exist");
  }
  const auto taxonomy = read_yaml_file(content_dir / "taxonomy.yaml");
  const auto exercises = read_yaml_file(content_dir / "exercises.yaml");
  return AttributeResolver(exercises, taxonomy);
}

AttributeResolver AttributeResolver::from_text(const std::string& exercises_yaml, const std::string& taxonomy_yaml,
                                               const std::filesystem::path& origin) {
  return AttributeResolver(parse_text(exercises_yaml, origin / "exercises.yaml"),
                           parse_text(taxonomy_yaml, origin / "taxonomy.yaml"));
}

model::ExerciseAttributes AttributeResolver::resolve(std::string_view name) const {
  const auto words = normalise_words(name, taxonomy_.spelling);
  std::string key;
  for (const auto& word : words) key += (key.empty() ? "" : "-") + word;
  if (const auto entry = overrides_.find(key); entry != overrides_.end()) return entry->second;
  if (auto inferred = infer(taxonomy_, words)) return *std::move(inferred);
  return default_attributes();
}

}  // namespace rs::attributes

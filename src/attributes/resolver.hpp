#pragma once
// AttributeResolver: gives every exercise name its attributes, in order from content/exercises.yaml
// (slug or alias; source "override"), content/taxonomy.yaml rules (source "inferred"), or the
// documented default (source "default"). See docs/attributes.md.

#include <filesystem>
#include <string>
#include <string_view>

#include "attributes/overrides.hpp"
#include "attributes/taxonomy.hpp"
#include "model/library.hpp"

namespace rs::attributes {

/// Version of the resolution code, part of the fingerprint: bump it when normalisation or rule
/// semantics change so that libraries re-resolve their stored attributes.
inline constexpr std::string_view resolver_version = "rs-attributes-1";

/// Resolves exercise names to attributes. Immutable once loaded; cheap to query.
class AttributeResolver {
 public:
  /// Reads `content_dir`/exercises.yaml and `content_dir`/taxonomy.yaml. A missing file counts as
  /// empty; a missing folder, an unreadable file or a malformed one throws rs::Error naming the
  /// file, the line and the field.
  static AttributeResolver load(const std::filesystem::path& content_dir);

  /// Builds a resolver from the two files' texts (tests); `origin` stands in for the folder in messages.
  static AttributeResolver from_text(const std::string& exercises_yaml, const std::string& taxonomy_yaml,
                                     const std::filesystem::path& origin = "<memory>");

  /// The attributes of the exercise called `name` (a heading or a slug).
  [[nodiscard]] model::ExerciseAttributes resolve(std::string_view name) const;

  /// 16 hex digits hashing resolver_version and both files' bytes: changes whenever either file does.
  [[nodiscard]] const std::string& fingerprint() const { return fingerprint_; }

  /// The parsed taxonomy (spelling fixes, substitutes, rules).
  [[nodiscard]] const Taxonomy& taxonomy() const { return taxonomy_; }

 private:
  AttributeResolver(const YamlFile& exercises, const YamlFile& taxonomy);

  Taxonomy taxonomy_;
  Overrides overrides_;
  std::string fingerprint_;
};

}  // namespace rs::attributes

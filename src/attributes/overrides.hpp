#pragma once
// content/exercises.yaml: hand-written attributes keyed by exercise slug, with aliases for the
// spelling variants a coach writes. Format in docs/attributes.md.

#include <map>
#include <string>

#include "attributes/taxonomy.hpp"
#include "attributes/yaml_file.hpp"
#include "model/library.hpp"

namespace rs::attributes {

/// Normalised key (normalised_key of the slug or an alias) -> attributes with source "override".
using Overrides = std::map<std::string, model::ExerciseAttributes>;

/// Parses exercises.yaml (a Null root gives no entries). `taxonomy` supplies the spelling fixes
/// used to normalise slugs and aliases, and the default substitutes for an entry's equipment.
/// Throws rs::Error naming the file, the line and the field on a format or vocabulary error, and
/// when two entries claim the same name.
Overrides parse_overrides(const YamlFile& file, const Taxonomy& taxonomy);

}  // namespace rs::attributes

#pragma once
// content/taxonomy.yaml: spelling fixes, default home substitutes per equipment, and ordered rules
// that infer attributes from the words of an exercise's name. Format in docs/attributes.md.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "attributes/normalise.hpp"
#include "attributes/vocabulary.hpp"
#include "attributes/yaml_file.hpp"
#include "model/library.hpp"

namespace rs::attributes {

/// One rule: when any `match` phrase (a run of normalised words) occurs in a name and no `unless`
/// phrase does, its settings apply on top of the rules before it.
struct TaxonomyRule {
  int line = 0;                                  ///< Line in taxonomy.yaml (1-based), for messages.
  std::vector<std::vector<std::string>> match;   ///< Phrases, each a list of normalised words.
  std::vector<std::vector<std::string>> unless;  ///< Phrases that stop the rule from applying.
  std::vector<std::string> areas;                ///< Areas added.
  std::optional<ExerciseKind> kind;              ///< Kind set.
  std::optional<model::DoseType> dose_type;      ///< Dose type set.
  std::optional<int> sets;                       ///< Sets set.
  std::optional<int> reps;                       ///< Reps set.
  std::optional<int> seconds;                    ///< Hold seconds set.
  std::optional<bool> per_side;                  ///< Per-side flag set.
  std::vector<std::string> equipment;            ///< Equipment added.
};

/// The parsed taxonomy.yaml.
struct Taxonomy {
  SpellingFixes spelling;                          ///< Word fixes used by every name comparison.
  std::map<std::string, std::string> substitutes;  ///< Equipment -> default home substitute.
  std::vector<TaxonomyRule> rules;                 ///< In file order.
};

/// Parses taxonomy.yaml (a Null root gives an empty taxonomy). Throws rs::Error naming the file,
/// the line and the field for anything outside the format or the vocabulary.
Taxonomy parse_taxonomy(const YamlFile& file);

/// Applies the rules to normalised `words`. Returns nullopt when no matching rule gives an area
/// (the name is not recognised); otherwise attributes with source "inferred", areas and equipment
/// in vocabulary order, and substitutes from the taxonomy for the equipment.
std::optional<model::ExerciseAttributes> infer(const Taxonomy& taxonomy, const std::vector<std::string>& words);

/// True when `phrase` occurs as consecutive words of `words`.
bool contains_phrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase);

}  // namespace rs::attributes

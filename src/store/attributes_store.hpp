#pragma once
// Writing resolved exercise attributes into the library (table name_attributes, one row per distinct
// exercise name): for each article as the import writes it, and for the stored library at the start
// of a `runstrength import` whose attribute files changed.
// See docs/attributes.md.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "attributes/resolver.hpp"
#include "model/parsed_article.hpp"
#include "store/database.hpp"

namespace rs::store {

/// An exercise that fell back to the default attributes.
struct AttributeWarning {
  std::string source_path;  ///< The article's file, as stored.
  int line = 0;             ///< The exercise heading's line (0 when unknown).
  std::string article;      ///< Article slug.
  std::string message;      ///< "<article>: exercise 'X' matched no entry or rule; using the default ...".
};

/// What resolve_library_attributes did.
struct AttributeResolutionReport {
  bool full = false;                       ///< True when every name was re-resolved (the fingerprint changed).
  int overrides = 0;                       ///< Exercises resolved from exercises.yaml.
  int inferred = 0;                        ///< Exercises resolved by taxonomy rules.
  int defaults = 0;                        ///< Exercises given the default.
  std::vector<AttributeWarning> warnings;  ///< One per exercise written with the default.
  /// overrides + inferred + defaults.
  [[nodiscard]] int written() const { return overrides + inferred + defaults; }
};

/// Stores the attributes of one article's exercise names at a time, inside the caller's open
/// transaction: the import calls it in the savepoint that writes the article, so an article is
/// never seen (nor left by an interrupted run) with exercises lacking attributes. A name already
/// stored keeps its row (current: see resolve_library_attributes). Keeps its prepared statements
/// and each distinct name's resolution from one article to the next.
class ArticleAttributeWriter {
 public:
  /// Prepares the statements on `db`; `resolver` must outlive the writer.
  ArticleAttributeWriter(Database& db, const attributes::AttributeResolver& resolver);
  ~ArticleAttributeWriter();
  ArticleAttributeWriter(const ArticleAttributeWriter&) = delete;
  ArticleAttributeWriter& operator=(const ArticleAttributeWriter&) = delete;

  /// Resolves the exercises of `article` (stored from `source_path`), stores the names not stored
  /// yet, and reports per exercise (a warning with the heading's line for each default).
  AttributeResolutionReport write(const model::ParsedArticle& article, const std::string& source_path);
  /// write() with the article's distinct exercise names given as a JSON array (ArticleRows::names).
  AttributeResolutionReport write(const model::ParsedArticle& article, const std::string& source_path,
                                  const std::string& names_json);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// When library_meta 'attributes_fingerprint' differs from the resolver's fingerprint: in one
/// IMMEDIATE transaction, re-resolves every exercise name in use, drops names no longer used,
/// stores the new fingerprint, and reports per exercise. Otherwise does nothing and takes no write
/// lock. Throws rs::Error (busy when locked).
AttributeResolutionReport resolve_library_attributes(Database& db, const attributes::AttributeResolver& resolver);

}  // namespace rs::store

#pragma once
// Writing resolved exercise attributes into the library (table exercise_attributes): for each article
// as the import writes it, and for the whole library at the end of every `runstrength import`.
// See docs/attributes.md.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "attributes/resolver.hpp"
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
  bool full = false;                       ///< True when every exercise was re-resolved (the fingerprint changed).
  int overrides = 0;                       ///< Rows written from exercises.yaml.
  int inferred = 0;                        ///< Rows written from taxonomy rules.
  int defaults = 0;                        ///< Rows written with the default.
  std::vector<AttributeWarning> warnings;  ///< One per exercise written with the default.
  /// overrides + inferred + defaults.
  [[nodiscard]] int written() const { return overrides + inferred + defaults; }
};

/// Stores the attributes of one article's exercises at a time, inside the caller's open
/// transaction: the import calls it in the savepoint that writes the article, so an article is
/// never seen (nor left by an interrupted run) with exercises lacking attributes. Keeps its
/// prepared statements and each distinct name's resolution from one article to the next.
class ArticleAttributeWriter {
 public:
  /// Prepares the statements on `db`; `resolver` must outlive the writer.
  ArticleAttributeWriter(Database& db, const attributes::AttributeResolver& resolver);
  ~ArticleAttributeWriter();
  ArticleAttributeWriter(const ArticleAttributeWriter&) = delete;
  ArticleAttributeWriter& operator=(const ArticleAttributeWriter&) = delete;

  /// Resolves and stores the attributes of every exercise of article `article_id`.
  AttributeResolutionReport write(std::int64_t article_id);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// In one IMMEDIATE transaction: when library_meta 'attributes_fingerprint' differs from the
/// resolver's fingerprint, re-resolves every exercise and stores the new fingerprint; otherwise
/// resolves only exercises without an exercise_attributes row. Throws rs::Error (busy when locked).
AttributeResolutionReport resolve_library_attributes(Database& db, const attributes::AttributeResolver& resolver);

}  // namespace rs::store

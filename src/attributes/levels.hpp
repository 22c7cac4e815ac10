#pragma once
// One meaning for level names across articles: content/levels.yaml gives the global order of
// levels with their aliases, an article may map its own names in its front matter
// (`levels: {"Exercises 2": follow-on}`), and every level gets the global rank (docs/planner.md,
// "Levels").

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rs::attributes {

/// The global order of levels read from content/levels.yaml.
class LevelScale {
 public:
  /// Reads `content_dir`/levels.yaml. A missing file gives the built-in scale (basics,
  /// foundational, follow-on, advanced with their usual aliases); a malformed one throws rs::Error
  /// naming the file, line and field.
  static LevelScale load(const std::filesystem::path& content_dir);

  /// Parses the text of a levels.yaml (tests); `origin` names it in messages.
  static LevelScale from_text(const std::string& yaml, const std::filesystem::path& origin = "<memory>/levels.yaml");

  /// The global rank of a level name or alias, ignoring case, accents and punctuation.
  [[nodiscard]] std::optional<int> rank_of(std::string_view name) const;

  /// The canonical name of rank `rank` (its first name), or "" past the end.
  [[nodiscard]] std::string name_of(int rank) const;

  /// Number of levels in the scale.
  [[nodiscard]] int size() const { return static_cast<int>(names_.size()); }

  /// 16 hex digits hashing the file's bytes: changes whenever the file does.
  [[nodiscard]] const std::string& fingerprint() const { return fingerprint_; }

 private:
  std::vector<std::string> names_;                                  // canonical, by rank
  std::vector<std::pair<std::string, int>> keys_;                   // matching key -> rank
  std::string fingerprint_;
};

/// A level of one article with its global rank, and the warning that placing it gave (if any).
struct RankedLevel {
  int rank = 0;                          ///< Global rank.
  std::optional<std::string> warning;    ///< Set when the name matched nothing, or the mapping is bad.
};

/// Global ranks of an article's levels given in article order. `mapping` is the front matter's
/// `levels` value (null when absent): article level name -> a name or alias of the scale. A level
/// that matches nothing is placed one step after the article's highest known level (rank 1 when
/// none is known: never the basics), each further unknown one a step after the one before, with a
/// warning that names it and says how to map it.
std::vector<RankedLevel> rank_levels(const std::vector<std::string>& names, const nlohmann::ordered_json& mapping,
                                     const LevelScale& scale);

}  // namespace rs::attributes

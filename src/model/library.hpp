#pragma once
// The exercise library as the rest of the program sees it: exercises with their level, video and
// attributes, and coaching tips. Filled by src/store from the database; produced by src/importer.

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rs::model {

/// Where a video is hosted.
enum class VideoProvider { youtube, vimeo };

/// "youtube" or "vimeo".
std::string_view to_string(VideoProvider provider);

/// A recognised demonstration video.
struct Video {
  VideoProvider provider = VideoProvider::youtube;  ///< Host.
  std::string id;                                   ///< Provider ID: 11 chars (YouTube) or digits (Vimeo).
  std::string url;                                  ///< Canonical https URL.
  bool operator==(const Video&) const = default;
};

/// How an exercise is dosed: repetitions or a timed hold.
enum class DoseType { reps, hold };

/// "reps" or "hold".
std::string_view to_string(DoseType type);

/// A starting dose for a runner new to strength work, e.g. 2 x 10 or 2 x 30 s, per side or not.
struct Dose {
  DoseType type = DoseType::reps;  ///< Reps or hold.
  int sets = 2;                    ///< Number of sets.
  int reps = 10;                   ///< Repetitions per set (type reps).
  int seconds = 0;                 ///< Hold length per set (type hold).
  bool per_side = false;           ///< One-sided move: the dose applies to each side.
  bool operator==(const Dose&) const = default;
};

/// What an exercise mainly trains.
enum class ExerciseKind { strength, stability, mobility, plyometric };
/// The kind's name as stored and shown: "strength", "stability", "mobility", "plyometric".
std::string_view to_string(ExerciseKind kind);
/// Parses a kind name; nullopt when unknown.
std::optional<ExerciseKind> parse_kind(std::string_view name);
/// strength, stability, mobility, plyometric: the names of ExerciseKind, in order.
std::span<const std::string_view> kind_names();

/// Where an exercise's attributes came from.
enum class AttributeSource {
  overridden,  ///< An entry of exercises.yaml: "override".
  inferred,    ///< A taxonomy.yaml rule: "inferred".
  defaulted,   ///< Nothing matched, the documented default: "default".
};
/// "override", "inferred" or "default", as stored in the library and shown by `show`.
std::string_view to_string(AttributeSource source);
/// Parses a source name; nullopt when unknown.
std::optional<AttributeSource> parse_source(std::string_view name);

/// Attributes of an exercise (vocabulary in docs/attributes.md).
struct ExerciseAttributes {
  std::vector<std::string> areas;                   ///< core, glutes, hips, quads, ... full-body.
  ExerciseKind kind = ExerciseKind::strength;       ///< What it mainly trains.
  Dose dose;                                        ///< Starting dose.
  std::vector<std::string> equipment;               ///< weight, ab-wheel, ...; empty = bodyweight.
  std::map<std::string, std::string> substitutes;   ///< equipment -> home substitute text.
  AttributeSource source = AttributeSource::defaulted;  ///< Where these attributes came from.
  bool operator==(const ExerciseAttributes&) const = default;
};

/// An exercise as stored in the library.
struct Exercise {
  long long id = 0;                  ///< Row id (0 before it is stored).
  std::string slug;                  ///< Slug of the name, unique within its article.
  std::string name;                  ///< Heading text.
  std::string article_slug;          ///< Owning article.
  std::string level_slug;            ///< Owning level, e.g. "foundational".
  std::string level_name;            ///< e.g. "Foundational".
  int level_rank = 0;                ///< Global rank of its level (content/levels.yaml: 0 = basics).
  int column = 1;                    ///< Column in a :::columns grid (1 outside grids).
  int position = 1;                  ///< Order within the level, from 1.
  std::optional<Video> video;        ///< First recognised video under the heading.
  ExerciseAttributes attributes;     ///< Resolved attributes.
};

/// A coaching tip: "- **Title**: text" in a section that is not a level.
struct Tip {
  std::string article_slug;  ///< Owning article.
  std::string section;       ///< Section name without its number.
  std::string title;         ///< The bold text.
  std::string body;          ///< The rest of the item.
  int position = 1;          ///< Order within the article, from 1.
};

}  // namespace rs::model

#include "model/library.hpp"

#include <algorithm>
#include <array>

namespace rs::model {

namespace {
// Names indexed by the enum values.
constexpr std::array<std::string_view, 4> kind_list = {"strength", "stability", "mobility", "plyometric"};
constexpr std::array<std::string_view, 3> source_list = {"override", "inferred", "default"};

template <class Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::string_view, N>& names, std::string_view name) {
  const auto found = std::find(names.begin(), names.end(), name);
  if (found == names.end()) return std::nullopt;
  return static_cast<Enum>(found - names.begin());
}
}  // namespace

std::string_view to_string(ExerciseKind kind) { return kind_list.at(static_cast<std::size_t>(kind)); }
std::optional<ExerciseKind> parse_kind(std::string_view name) { return value_of<ExerciseKind>(kind_list, name); }
std::span<const std::string_view> kind_names() { return kind_list; }

std::string_view to_string(AttributeSource source) { return source_list.at(static_cast<std::size_t>(source)); }
std::optional<AttributeSource> parse_source(std::string_view name) {
  return value_of<AttributeSource>(source_list, name);
}

std::string_view to_string(VideoProvider provider) {
  return provider == VideoProvider::youtube ? "youtube" : "vimeo";
}

std::string_view to_string(DoseType type) { return type == DoseType::reps ? "reps" : "hold"; }

}  // namespace rs::model

#include "attributes/vocabulary.hpp"

#include <algorithm>
#include <array>

#include "util/error.hpp"

namespace rs::attributes {

namespace {

constexpr std::array<std::string_view, 10> area_list = {"core",   "glutes",      "hips",       "quads",   "hamstrings",
                                                        "calves", "ankles-feet", "upper-body", "posture", "full-body"};
// Names indexed by the enum values.
constexpr std::array<std::string_view, 8> equipment_list = {"weight", "ab-wheel", "gym-ball", "step",
                                                            "band",   "bench",    "box",      "mat"};

template <class Enum, std::size_t N>
std::string_view name_of(const std::array<std::string_view, N>& names, Enum value) {
  return names.at(static_cast<std::size_t>(value));
}

template <class Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::string_view, N>& names, std::string_view name) {
  const auto found = std::find(names.begin(), names.end(), name);
  if (found == names.end()) return std::nullopt;
  return static_cast<Enum>(found - names.begin());
}

std::size_t rank_of(std::span<const std::string_view> vocabulary, const std::string& value) {
  const auto found = std::find(vocabulary.begin(), vocabulary.end(), value);
  return static_cast<std::size_t>(found - vocabulary.begin());
}

}  // namespace


std::string_view to_string(Equipment equipment) { return name_of(equipment_list, equipment); }
std::optional<Equipment> parse_equipment_name(std::string_view name) {
  return value_of<Equipment>(equipment_list, name);
}

std::span<const std::string_view> areas() { return area_list; }
std::span<const std::string_view> equipment_names() { return equipment_list; }

bool contains(std::span<const std::string_view> vocabulary, std::string_view value) {
  return std::find(vocabulary.begin(), vocabulary.end(), value) != vocabulary.end();
}

void check_in(std::span<const std::string_view> vocabulary, std::string_view value, std::string_view what,
              std::string_view where, ErrorKind kind) {
  if (contains(vocabulary, value)) return;
  std::string message;
  if (!where.empty()) message.append(where).append(": ");
  message.append("unknown ").append(what).append(" '").append(value).append("'; expected one of: ");
  for (std::size_t i = 0; i < vocabulary.size(); ++i) {
    if (i > 0) message += ", ";
    message += vocabulary[i];
  }
  throw Error(message, kind);
}

ExerciseKind checked_kind(std::string_view name, std::string_view where) {
  check_in(kinds(), name, "kind", where);
  return *parse_kind(name);
}

void canonical_order(std::span<const std::string_view> vocabulary, std::vector<std::string>& values) {
  std::stable_sort(values.begin(), values.end(), [&](const std::string& a, const std::string& b) {
    return rank_of(vocabulary, a) < rank_of(vocabulary, b);
  });
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

model::ExerciseAttributes default_attributes() {
  model::ExerciseAttributes attributes;
  attributes.areas = {"full-body"};
  attributes.kind = ExerciseKind::strength;
  attributes.dose = model::Dose{};
  attributes.source = AttributeSource::defaulted;
  return attributes;
}

}  // namespace rs::attributes

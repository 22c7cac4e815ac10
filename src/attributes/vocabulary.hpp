#pragma once
// The fixed attribute vocabulary (docs/attributes.md): body areas, kinds and equipment, and the
// documented default for an exercise nothing knows about.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/library.hpp"
#include "util/error.hpp"

namespace rs::attributes {

/// core, glutes, hips, quads, hamstrings, calves, ankles-feet, upper-body, posture, full-body.
std::span<const std::string_view> areas();

/// What an exercise mainly trains, and where its attributes came from: the model's enums
/// (model/library.hpp), named here as the vocabulary has always named them.
using model::AttributeSource;
using model::ExerciseKind;
using model::parse_kind;
using model::parse_source;
using model::to_string;

/// strength, stability, mobility, plyometric: the names of ExerciseKind, in order.
inline std::span<const std::string_view> kinds() { return model::kind_names(); }

/// A piece of equipment an exercise may need.
enum class Equipment { weight, ab_wheel, gym_ball, step, band, bench, box, mat };
/// The equipment's name: "weight", "ab-wheel", "gym-ball", "step", "band", "bench", "box", "mat".
std::string_view to_string(Equipment equipment);
/// Parses an equipment name; nullopt when unknown.
std::optional<Equipment> parse_equipment_name(std::string_view name);
/// weight, ab-wheel, gym-ball, step, band, bench, box, mat: the names of Equipment, in order.
std::span<const std::string_view> equipment_names();

/// True when `value` is in `vocabulary`.
bool contains(std::span<const std::string_view> vocabulary, std::string_view value);

/// Throws rs::Error "<where>: unknown <what> 'value'; expected one of: a, b, ..." unless `value`
/// is in `vocabulary`. `kind` picks the error kind (failure for files, usage for options).
void check_in(std::span<const std::string_view> vocabulary, std::string_view value, std::string_view what,
              std::string_view where, ErrorKind kind = ErrorKind::failure);

/// The kind named `name`; throws rs::Error "<where>: unknown kind ..." (as check_in) otherwise.
ExerciseKind checked_kind(std::string_view name, std::string_view where);

/// Sorts `values` into vocabulary order and removes duplicates (values outside it go last).
void canonical_order(std::span<const std::string_view> vocabulary, std::vector<std::string>& values);

/// The default for a name that matches nothing: full-body strength, 2 x 10, bodyweight, source "default".
model::ExerciseAttributes default_attributes();

}  // namespace rs::attributes

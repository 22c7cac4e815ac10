#pragma once
// The fixed attribute vocabulary (docs/attributes.md): body areas, kinds and equipment, and the
// documented default for an exercise nothing knows about.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/library.hpp"
#include "util/error.hpp"

namespace rs::attributes {

/// core, glutes, hips, quads, hamstrings, calves, ankles-feet, upper-body, posture, full-body.
std::span<const std::string_view> areas();

/// strength, stability, mobility, plyometric.
std::span<const std::string_view> kinds();

/// weight, ab-wheel, gym-ball, step, band, bench, box, mat.
std::span<const std::string_view> equipment_names();

/// True when `value` is in `vocabulary`.
bool contains(std::span<const std::string_view> vocabulary, std::string_view value);

/// Throws rs::Error "<where>: unknown <what> 'value'; expected one of: a, b, ..." unless `value`
/// is in `vocabulary`. `kind` picks the error kind (failure for files, usage for options).
void check_in(std::span<const std::string_view> vocabulary, std::string_view value, std::string_view what,
              std::string_view where, ErrorKind kind = ErrorKind::failure);

/// Sorts `values` into vocabulary order and removes duplicates (values outside it go last).
void canonical_order(std::span<const std::string_view> vocabulary, std::vector<std::string>& values);

/// The default for a name that matches nothing: full-body strength, 2 x 10, bodyweight, source "default".
model::ExerciseAttributes default_attributes();

}  // namespace rs::attributes

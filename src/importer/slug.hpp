#pragma once
// Slugs of article, level and exercise names, and the section-name clean-up for level headings.

#include <string>
#include <string_view>

namespace rs::importer {

/// Lower-case ASCII letters and digits, words joined by '-', accents folded (é -> e, ß -> ss),
/// apostrophes dropped: `Ab-wheel Holds` -> `ab-wheel-holds`. Empty when nothing is left.
std::string slugify(std::string_view text);

/// A `##` heading's section name: without a leading number (`4.`, `4)`) and without a leading
/// `Exercises N –`, `Exercises N -` or `Level N:` prefix. `5. Exercises 1 – Foundational` ->
/// `Foundational`.
std::string section_name(std::string_view heading);

}  // namespace rs::importer

#pragma once
// Terminal display columns of UTF-8 text: East Asian wide characters and emoji take two columns,
// combining marks, variation selectors and zero-width characters none, everything else one. Used
// to fit tables and wrapped text to a terminal's width.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

/// Columns one code point takes in a terminal: 0, 1 or 2 (control characters count as 0).
int code_point_width(char32_t code_point);

/// Columns `text` (UTF-8) takes in a terminal; ANSI colour sequences (ESC [ ... m) take none.
std::size_t display_width(std::string_view text);

/// `text` cut to at most `width` columns, ending in "…" when something was cut; never splits a
/// code point or leaves a combining mark without its base.
std::string fit_width(std::string_view text, std::size_t width);

/// `text` padded with spaces on the right to `width` columns (unchanged when already wider).
std::string pad_right(std::string_view text, std::size_t width);

/// `text` broken at spaces into lines of at most `width` columns (a longer word stands alone on
/// its line, cut with "…" only when it alone is wider). Empty text gives no lines.
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

}  // namespace rs

#pragma once
// Small ASCII string helpers shared by the modules: trimming, lower-casing, splitting, joining.
// Bytes outside ASCII are left as they are.

#include <span>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

/// Space, tab, carriage return and line feed: what trim() strips unless told otherwise.
inline constexpr std::string_view ascii_blanks = " \t\r\n";

/// `text` without leading and trailing characters found in `strip` (a view into `text`).
std::string_view trim(std::string_view text, std::string_view strip = ascii_blanks);

/// `ch` lower-cased when it is an ASCII capital letter, unchanged otherwise.
char ascii_lower(char ch);

/// `text` with its ASCII capital letters lower-cased.
std::string ascii_lower(std::string_view text);

/// The parts of `text` between `separator`s: n separators give n + 1 parts, some maybe empty
/// ("a,,b" -> {"a", "", "b"}; "" -> {""}).
std::vector<std::string> split(std::string_view text, char separator);

/// `parts` joined with `separator` between them.
std::string join(std::span<const std::string_view> parts, std::string_view separator);

/// "1 week", "3 weeks": `n` and the noun, plural unless `n` is 1 (`plural` empty: `singular` + "s").
std::string count_of(long long n, std::string_view singular, std::string_view plural = {});

/// Appends the low `digits` hex digits of `value` to `out`, most significant first, lower case.
void append_hex(std::string& out, std::uint64_t value, int digits);


}  // namespace rs

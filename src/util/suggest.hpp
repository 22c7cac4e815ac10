#pragma once
// "Did you mean ...?": the closest of some known words to a mistyped one, by edit distance.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace rs {

/// The edit distance between `a` and `b`: insertions, deletions, substitutions and swaps of two
/// neighbouring letters count one each (bytes, ASCII case ignored).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a typo: at most a third of the
/// longer word's length (at least one edit) away, or `word` is a prefix of it. Ties go to the first.
std::optional<std::string> closest_match(std::string_view word, std::span<const std::string> candidates);

/// "unknown WHAT 'word'" plus "; did you mean 'match'?" when closest_match finds one, else
/// "; one of: a, b, c" when there are at most `list_up_to` candidates.
std::string unknown_value_message(std::string_view what, std::string_view word,
                                  std::span<const std::string> candidates, std::size_t list_up_to = 12);

}  // namespace rs

#pragma once
// UTF-8 validation and decoding for text read from the coach's files.

#include <cstddef>
#include <optional>
#include <string_view>

namespace rs {

/// The byte offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
/// forms, surrogates and code points above U+10FFFF are ill-formed); nullopt for valid UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

/// Decodes the code point starting at `text[offset]` of valid UTF-8, and advances `offset` past it.
char32_t next_code_point(std::string_view text, std::size_t& offset);

}  // namespace rs

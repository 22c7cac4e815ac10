#include "util/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace rs {

namespace {

// Length of a well-formed sequence starting at `offset`, or 0 when it is ill-formed (Unicode
// table 3-7: well-formed UTF-8 byte sequences).
std::size_t sequence_length(std::string_view text, std::size_t offset) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  const auto remaining = text.size() - offset;
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead == 0xe0) low = 0xa0;
    if (lead == 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead == 0xf0) low = 0x90;
    if (lead == 0xf4) high = 0x8f;
  } else {
    return 0;
  }
  if (remaining < length) return 0;
  if (byte(1) < low || byte(1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xbf) return 0;
  }
  return length;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t offset = 0;
  while (offset < text.size()) {
    // Eight ASCII bytes at a time (no byte with its high bit set): most of an article.
    if (offset + 8 <= text.size()) {
      std::uint64_t word = 0;
      std::memcpy(&word, text.data() + offset, sizeof word);
      if ((word & 0x8080808080808080ULL) == 0) {
        offset += 8;
        continue;
      }
    }
    const auto length = sequence_length(text, offset);
    if (length == 0) return offset;
    offset += length;
  }
  return std::nullopt;
}

char32_t next_code_point(std::string_view text, std::size_t& offset) {
  const auto lead = static_cast<unsigned char>(text[offset]);
  std::size_t length = 1;
  char32_t value = lead;
  if (lead >= 0xf0) {
    length = 4;
    value = lead & 0x07;
  } else if (lead >= 0xe0) {
    length = 3;
    value = lead & 0x0f;
  } else if (lead >= 0xc0) {
    length = 2;
    value = lead & 0x1f;
  }
  for (std::size_t i = 1; i < length && offset + i < text.size(); ++i) {
    value = (value << 6) | (static_cast<unsigned char>(text[offset + i]) & 0x3f);
  }
  offset += length;
  return value;
}

}  // namespace rs

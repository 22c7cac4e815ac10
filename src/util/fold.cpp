#include "util/fold.hpp"

#include <array>

#include "util/text.hpp"
#include "util/utf8.hpp"

namespace rs {

namespace {

// Code points U+00A0..U+00FF: symbols and punctuation (A0..BF, D7 ×, F7 ÷) fold to nothing.
constexpr std::array<std::string_view, 0x60> latin1_supplement = {
    "",  "",  "",  "",  "",  "",  "",   "",  "",  "",  "",  "",  "",  "",  "",   "",    // A0..AF
    "",  "",  "",  "",  "",  "",  "",   "",  "",  "",  "",  "",  "",  "",  "",   "",    // B0..BF
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I",  "I",   // C0..CF
    "D", "N", "O", "O", "O", "O", "O",  "",  "O", "U", "U", "U", "U", "Y", "TH", "ss",  // D0..DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // E0..EF
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};  // F0..FF

// Code points U+0100..U+017F, mostly upper/lower pairs.
constexpr std::array<std::string_view, 0x80> latin_extended_a = {
    "A",  "a",  "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C",  "c",  "D", "d",  // 100..10F
    "D",  "d",  "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G",  "g",  "G", "g",  // 110..11F
    "G",  "g",  "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I",  "i",  "I", "i",  // 120..12F
    "I",  "i",  "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L",  // 130..13F
    "l",  "L",  "l", "N", "n", "N", "n", "N", "n", "'n", "NG", "ng", "O", "o", "O", "o", // 140..14F
    "O",  "o",  "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s",  // 150..15F
    "S",  "s",  "T", "t", "T", "t", "T", "t", "U", "u", "U", "u", "U",  "u",  "U", "u",  // 160..16F
    "U",  "u",  "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z",  "Z",  "z", "s"}; // 170..17F

// Each ASCII character as a one-character view.
constexpr std::array<char, 0x80> ascii = [] {
  std::array<char, 0x80> table{};
  for (std::size_t i = 0; i < table.size(); ++i) table[i] = static_cast<char>(i);
  return table;
}();

bool is_word_char(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

}  // namespace

std::string_view fold_to_ascii(char32_t code_point) {
  if (code_point < 0x80) return {&ascii[code_point], 1};
  if (code_point >= 0xa0 && code_point <= 0xff) return latin1_supplement[code_point - 0xa0];
  if (code_point >= 0x100 && code_point <= 0x17f) return latin_extended_a[code_point - 0x100];
  return {};
}

bool is_apostrophe(char32_t code_point) {
  return code_point == U'\'' || code_point == U'\u2018' || code_point == U'\u2019';
}

std::vector<std::string> ascii_words(std::string_view text) {
  std::vector<std::string> words;
  bool in_word = false;
  std::size_t offset = 0;
  while (offset < text.size()) {
    const char32_t code_point = next_code_point(text, offset);
    if (is_apostrophe(code_point)) continue;
    const auto folded = fold_to_ascii(code_point);
    if (folded.empty()) in_word = false;
    for (const char ch : folded) {
      if (ch == '\'') continue;  // the apostrophe of ŉ
      if (!is_word_char(ch)) {
        in_word = false;
        continue;
      }
      if (!in_word) words.emplace_back();
      in_word = true;
      words.back().push_back(ascii_lower(ch));
    }
  }
  return words;
}

}  // namespace rs

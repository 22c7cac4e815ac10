#include "attributes/normalise.hpp"

#include <array>
#include <utility>

namespace rs::attributes {

namespace {

bool ends_with(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

/// ASCII for the two-byte UTF-8 sequences of Latin-1 letters (U+00C0..U+00FF), indexed from U+00C0.
constexpr std::array<std::string_view, 64> latin1_fold = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // C0..CF
    "d", "n", "o", "o", "o", "o", "o",  " ", "o", "u", "u", "u", "u", "y", "th", "ss",  // D0..DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // E0..EF
    "d", "n", "o", "o", "o", "o", "o",  " ", "o", "u", "u", "u", "u", "y", "th", "y"};  // F0..FF

/// Latin Extended-A (U+0100..U+017F) folded roughly: pairs of upper/lower case per base letter.
std::string_view fold_extended_a(unsigned code) {
  static constexpr std::array<std::pair<unsigned, std::string_view>, 20> ranges = {{
      {0x0106, "a"}, {0x010E, "c"}, {0x0112, "d"}, {0x011C, "e"}, {0x0124, "g"}, {0x0128, "h"},  {0x0134, "i"},
      {0x0136, "j"}, {0x0139, "k"}, {0x0143, "l"}, {0x014C, "n"}, {0x0152, "o"}, {0x0154, "oe"}, {0x015A, "r"},
      {0x0162, "s"}, {0x0168, "t"}, {0x0174, "u"}, {0x0176, "w"}, {0x0179, "y"}, {0x0180, "z"},
  }};
  for (const auto& [end, letter] : ranges) {
    if (code < end) return letter;
  }
  return " ";
}

}  // namespace

std::string fold_to_ascii_words(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (byte >= 'A' && byte <= 'Z') {
        out += static_cast<char>(byte - 'A' + 'a');
      } else if ((byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9')) {
        out += static_cast<char>(byte);
      } else if (byte != '\'') {
        out += ' ';
      }
      continue;
    }
    // Multi-byte UTF-8: fold two-byte Latin letters, drop right single quotes, space the rest.
    std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    if (i + length > text.size()) length = text.size() - i;
    if (length == 2) {
      const unsigned code = ((byte & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
      if (code >= 0xC0 && code <= 0xFF) {
        out += latin1_fold[code - 0xC0];
      } else if (code >= 0x100 && code < 0x180) {
        out += fold_extended_a(code);
      } else {
        out += ' ';
      }
    } else if (length == 3 && text.substr(i, 3) == "\xE2\x80\x99") {
      // U+2019 right single quotation mark: an apostrophe, dropped like "'".
    } else {
      out += ' ';
    }
    i += length - 1;
  }
  return out;
}

std::string singular(std::string_view word) {
  std::string w(word);
  if (w.size() < 3 || w.back() != 's') return w;
  if (ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is")) return w;
  if (w.size() > 4 && ends_with(w, "ies")) return w.substr(0, w.size() - 3) + "y";
  if (ends_with(w, "ches") || ends_with(w, "shes") || ends_with(w, "sses") || ends_with(w, "xes") ||
      ends_with(w, "zzes")) {
    return w.substr(0, w.size() - 2);
  }
  return w.substr(0, w.size() - 1);
}

std::vector<std::string> normalise_words(std::string_view name, const SpellingFixes& fixes) {
  const std::string folded = fold_to_ascii_words(name);
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < folded.size()) {
    const auto end = folded.find(' ', start);
    const auto stop = end == std::string::npos ? folded.size() : end;
    if (stop > start) {
      const std::string word = folded.substr(start, stop - start);
      auto fix = fixes.find(word);
      std::string single;
      if (fix == fixes.end()) {
        single = singular(word);
        fix = fixes.find(single);
      }
      if (fix != fixes.end()) {
        words.insert(words.end(), fix->second.begin(), fix->second.end());
      } else {
        words.push_back(single);
      }
    }
    start = stop + 1;
  }
  return words;
}

std::string normalised_key(std::string_view name, const SpellingFixes& fixes) {
  std::string key;
  for (const auto& word : normalise_words(name, fixes)) {
    if (!key.empty()) key += '-';
    key += word;
  }
  return key;
}

}  // namespace rs::attributes

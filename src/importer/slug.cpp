#include "importer/slug.hpp"

#include <cctype>

#include "util/utf8.hpp"

namespace rs::importer {

namespace {

// ASCII folding of Latin-1 Supplement letters U+00C0..U+00FF (lower-cased); "" for ×, ÷.
constexpr const char* latin1_fold[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0-CF
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss", // D0-DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0-EF
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"}; // F0-FF

// Latin Extended-A U+0100..U+017F, one base letter per code point (pairs upper/lower).
constexpr std::string_view extended_a_fold =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnnoooooo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

// Appends the ASCII letters a code point folds to; returns false for a separator.
bool fold(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    const auto ch = static_cast<unsigned char>(cp);
    if (std::isalnum(ch) == 0) return false;
    out.push_back(static_cast<char>(std::tolower(ch)));
    return true;
  }
  if (cp >= 0xc0 && cp <= 0xff) {
    const std::string_view folded = latin1_fold[cp - 0xc0];
    out += folded;
    return !folded.empty();
  }
  if (cp >= 0x100 && cp <= 0x17f) {
    const auto index = static_cast<std::size_t>(cp - 0x100);
    if (index == 0x32 || index == 0x33) {  // Ĳ ĳ
      out += "ij";
    } else if (index == 0x52 || index == 0x53) {  // Œ œ
      out += "oe";
    } else if (index < extended_a_fold.size()) {
      out.push_back(extended_a_fold[index]);
    } else {
      return false;
    }
    return true;
  }
  return false;
}

bool is_apostrophe(char32_t cp) { return cp == U'\'' || cp == U'\u2019' || cp == U'\u2018'; }

std::string_view skip_digits(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0) ++i;
  return i == 0 ? std::string_view{} : text.substr(i);
}

bool starts_with_word(std::string_view text, std::string_view word) {
  if (text.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != word[i]) return false;
  }
  return true;
}

// Strips "Exercises N –" / "Exercises N -" / "Level N:" (case-insensitive); unchanged otherwise.
std::string_view strip_level_prefix(std::string_view text) {
  for (const std::string_view word : {std::string_view("exercises"), std::string_view("level")}) {
    if (!starts_with_word(text, word)) continue;
    auto rest = trim(text.substr(word.size()));
    rest = skip_digits(rest);
    if (rest.data() == nullptr) continue;
    rest = trim(rest);
    for (const std::string_view separator : {std::string_view("\u2013"), std::string_view("\u2014"),
                                             std::string_view("-"), std::string_view(":")}) {
      if (rest.substr(0, separator.size()) == separator) {
        const auto name = trim(rest.substr(separator.size()));
        if (!name.empty()) return name;
      }
    }
  }
  return text;
}

}  // namespace

std::string_view trim(std::string_view text) {
  const auto is_space = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::string slugify(std::string_view text) {
  std::string slug;
  bool pending_separator = false;
  std::size_t offset = 0;
  while (offset < text.size()) {
    const char32_t cp = next_code_point(text, offset);
    if (is_apostrophe(cp)) continue;
    std::string folded;
    if (!fold(cp, folded)) {
      pending_separator = true;
      continue;
    }
    if (pending_separator && !slug.empty()) slug.push_back('-');
    pending_separator = false;
    slug += folded;
  }
  return slug;
}

std::string section_name(std::string_view heading) {
  auto text = trim(heading);
  const auto after_number = skip_digits(text);
  if (after_number.data() != nullptr && !after_number.empty() &&
      (after_number.front() == '.' || after_number.front() == ')')) {
    const auto rest = trim(after_number.substr(1));
    if (!rest.empty()) text = rest;
  }
  return std::string(strip_level_prefix(text));
}

}  // namespace rs::importer

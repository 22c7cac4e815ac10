#include "importer/slug.hpp"

#include <cctype>

#include "util/fold.hpp"
#include "util/text.hpp"

namespace rs::importer {

namespace {

std::string_view skip_digits(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0) ++i;
  return i == 0 ? std::string_view{} : text.substr(i);
}

bool starts_with_word(std::string_view text, std::string_view word) {
  return ascii_lower(text.substr(0, word.size())) == word;
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

std::string slugify(std::string_view text) {
  std::string slug;
  for (const auto& word : ascii_words(text)) {
    if (!slug.empty()) slug.push_back('-');
    slug += word;
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

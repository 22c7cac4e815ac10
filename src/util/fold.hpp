#pragma once
// Folding Latin letters to ASCII, the one rule behind slugs (importer) and attribute name keys
// (attributes): "Œuvre Łódź" -> "oeuvre lodz", "Straße" -> "strasse".

#include <string>
#include <string_view>
#include <vector>

namespace rs {

/// The ASCII letters a code point stands for, keeping its case: ASCII is itself; Latin-1
/// Supplement and Latin Extended-A letters lose their marks ("é" -> "e", "Ł" -> "L") and ligatures
/// and special letters are spelled out ("Æ" -> "AE", "ß" -> "ss", "Þ" -> "TH", "Ĳ" -> "IJ",
/// "ŉ" -> "'n"). Every other code point (symbols, spaces, other scripts) folds to "".
std::string_view fold_to_ascii(char32_t code_point);

/// True for the apostrophes a word may contain and that are dropped from it: ' U+2018 U+2019.
bool is_apostrophe(char32_t code_point);

/// The words of UTF-8 `text` in lower-case ASCII: each code point folded (fold_to_ascii),
/// apostrophes dropped ("Runner’s" -> "runners"), every other character that is not an ASCII
/// letter or digit after folding a word boundary. "  Café–Crème! " -> {"cafe", "creme"}.
std::vector<std::string> ascii_words(std::string_view text);

}  // namespace rs

#pragma once
// Exercise names as comparable words: "Bulgarian Split-Squats", "bulgarian split squat" and
// "Bulgarian split squats!" all become {"bulgarian", "split", "squat"}.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace rs::attributes {

/// Word -> replacement words (taxonomy.yaml `spelling`), e.g. "dumbell" -> {"dumbbell"},
/// "situp" -> {"sit", "up"}. Keys and values are already lower-case ASCII words.
using SpellingFixes = std::map<std::string, std::vector<std::string>>;

/// The English singular of one lower-case word as it appears in exercise names: "squats" -> "squat",
/// "lunges" -> "lunge", "crunches" -> "crunch", "bodies" -> "body"; "abs" -> "ab"; "press" and "gluteus" are kept.
std::string singular(std::string_view word);

/// The normalised words of a name: its ASCII words (rs::ascii_words: accents folded, lower case,
/// apostrophes dropped, "runner's" -> "runners"), then for each word a
/// spelling fix of the word as written, else the fix of its singular, else its singular.
std::vector<std::string> normalise_words(std::string_view name, const SpellingFixes& fixes);

/// normalise_words joined by "-": the key under which names, slugs and aliases are compared.
std::string normalised_key(std::string_view name, const SpellingFixes& fixes);

}  // namespace rs::attributes

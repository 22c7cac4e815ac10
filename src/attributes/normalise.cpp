#include "attributes/normalise.hpp"

#include "util/fold.hpp"

namespace rs::attributes {

std::string singular(std::string_view word) {
  std::string w(word);
  if (w.size() < 3 || w.back() != 's') return w;
  if (w.ends_with("ss") || w.ends_with("us") || w.ends_with("is")) return w;
  if (w.size() > 4 && w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
  if (w.ends_with("ches") || w.ends_with("shes") || w.ends_with("sses") || w.ends_with("xes") || w.ends_with("zzes")) {
    return w.substr(0, w.size() - 2);
  }
  return w.substr(0, w.size() - 1);
}

std::vector<std::string> normalise_words(std::string_view name, const SpellingFixes& fixes) {
  std::vector<std::string> words;
  for (const auto& word : ascii_words(name)) {
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

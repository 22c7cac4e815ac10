#include "util/suggest.hpp"

#include <algorithm>
#include <numeric>
#include <vector>

#include "util/text.hpp"

namespace rs {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Three rows of the optimal string alignment table: the one before last, the last, the current.
  std::vector<std::size_t> before(b.size() + 1);
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  std::iota(previous.begin(), previous.end(), std::size_t{0});
  const auto same = [](char x, char y) { return ascii_lower(x) == ascii_lower(y); };
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (same(a[i - 1], b[j - 1]) ? 0 : 1)});
      if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1])) {
        current[j] = std::min(current[j], before[j - 2] + 1);  // two letters swapped
      }
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::optional<std::string> closest_match(std::string_view word, std::span<const std::string> candidates) {
  if (word.empty()) return std::nullopt;
  const auto lower = ascii_lower(word);
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& candidate : candidates) {
    const auto distance = edit_distance(word, candidate);
    const auto limit = std::max<std::size_t>(1, std::max(word.size(), candidate.size()) / 3);
    const bool prefix = word.size() >= 3 && ascii_lower(candidate).rfind(lower, 0) == 0;
    if (distance > limit && !prefix) continue;
    const auto score = prefix ? std::min(distance, limit) : distance;
    if (!best || score < best_distance) {
      best = candidate;
      best_distance = score;
    }
  }
  return best;
}

std::string unknown_value_message(std::string_view what, std::string_view word,
                                  std::span<const std::string> candidates, std::size_t list_up_to) {
  std::string message = "unknown " + std::string(what) + " '" + std::string(word) + "'";
  if (const auto match = closest_match(word, candidates)) return message + "; did you mean '" + *match + "'?";
  if (!candidates.empty() && candidates.size() <= list_up_to) {
    message += "; one of: ";
    for (std::size_t i = 0; i < candidates.size(); ++i) message += (i ? ", " : "") + candidates[i];
  }
  return message;
}

}  // namespace rs

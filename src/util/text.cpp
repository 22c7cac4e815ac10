#include "util/text.hpp"

#include <algorithm>

namespace rs {

std::string_view trim(std::string_view text, std::string_view strip) {
  const auto first = text.find_first_not_of(strip);
  if (first == std::string_view::npos) return text.substr(text.size());
  const auto last = text.find_last_not_of(strip);
  return text.substr(first, last - first + 1);
}

char ascii_lower(char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }

std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  for (auto& ch : lower) ch = ascii_lower(ch);
  return lower;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find(separator, start);
    if (end == std::string_view::npos) break;
    parts.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  parts.emplace_back(text.substr(start));
  return parts;
}

std::string join(std::span<const std::string_view> parts, std::string_view separator) {
  std::string joined;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) joined += separator;
    joined += parts[i];
  }
  return joined;
}

void append_hex(std::string& out, std::uint64_t value, int digits) {
  static constexpr char hex_digits[] = "0123456789abcdef";
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out.push_back(hex_digits[(value >> shift) & 0xf]);
}

std::string count_of(long long n, std::string_view singular, std::string_view plural) {
  std::string text = std::to_string(n) + ' ';
  if (n == 1) return text.append(singular);
  if (plural.empty()) return text.append(singular).append("s");
  return text.append(plural);
}

}  // namespace rs

#include "util/fnv1a.hpp"

namespace rs {

void Fnv1a::update(std::string_view bytes) {
  for (const char c : bytes) {
    state_ ^= static_cast<unsigned char>(c);
    state_ *= 1099511628211ULL;
  }
}

std::string Fnv1a::hex() const {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out(16, '0');
  std::uint64_t v = state_;
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = digits[v & 0xf];
    v >>= 4;
  }
  return out;
}

std::string fnv1a_hex(std::string_view bytes) {
  Fnv1a hash;
  hash.update(bytes);
  return hash.hex();
}

}  // namespace rs

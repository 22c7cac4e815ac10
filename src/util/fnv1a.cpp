#include "util/fnv1a.hpp"

#include "util/text.hpp"

namespace rs {

void Fnv1a::update(std::string_view bytes) {
  for (const char c : bytes) {
    state_ ^= static_cast<unsigned char>(c);
    state_ *= 1099511628211ULL;
  }
}

std::string Fnv1a::hex() const {
  std::string out;
  append_hex(out, state_, 16);
  return out;
}

std::string fnv1a_hex(std::string_view bytes) {
  Fnv1a hash;
  hash.update(bytes);
  return hash.hex();
}

}  // namespace rs

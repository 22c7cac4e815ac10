#pragma once
// A stable, non-cryptographic 64-bit hash (FNV-1a) for fingerprints of small files.

#include <cstdint>
#include <string>
#include <string_view>

namespace rs {

/// Incremental FNV-1a (64-bit): feed bytes with update(), read the hash with value() or hex().
class Fnv1a {
 public:
  /// Feeds `bytes` into the hash.
  void update(std::string_view bytes);

  /// The hash of everything fed so far.
  [[nodiscard]] std::uint64_t value() const { return state_; }

  /// value() as 16 lower-case hex digits.
  [[nodiscard]] std::string hex() const;

 private:
  std::uint64_t state_ = 14695981039346656037ULL;
};

/// FNV-1a of `bytes` as 16 lower-case hex digits.
std::string fnv1a_hex(std::string_view bytes);

}  // namespace rs

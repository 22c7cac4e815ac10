#pragma once
// SHA-256 (FIPS 180-4), used to tell whether an article file changed since the last import.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace rs {

/// Incremental SHA-256. Feed bytes with update(), then call hex_digest() once.
class Sha256 {
 public:
  /// Uses the processor's SHA instructions when it has them, unless `allow_hardware` is false
  /// (tests compare both ways).
  explicit Sha256(bool allow_hardware = true);
  /// Adds bytes to the message.
  void update(std::string_view bytes);
  /// Finishes the message and returns the 64-character lower-case hex digest.
  std::string hex_digest();
  /// True when this processor has the SHA instructions (x86 SHA-NI).
  static bool hardware_available();

 private:
  void compress_blocks(const std::uint8_t* data, std::size_t blocks);
  void compress(const std::uint8_t* block);
  bool hardware_ = false;
  std::array<std::uint32_t, 8> state_{};
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

/// The hex SHA-256 digest of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace rs

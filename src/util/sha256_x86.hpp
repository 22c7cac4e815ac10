#pragma once
// SHA-256 block compression with the x86 SHA extensions (SHA-NI), used by util/sha256.cpp when the
// processor has them. Internal to util.

#include <cstddef>
#include <cstdint>

namespace rs::detail {

/// True when this processor runs sha256_blocks_x86 (SHA, SSSE3 and SSE4.1), asked once.
bool sha256_x86_available();

/// Compresses `blocks` 64-byte blocks at `data` into `state` (eight words, A to H), with the
/// 64 round constants `k`. Only call it when sha256_x86_available().
void sha256_blocks_x86(std::uint32_t* state, const std::uint8_t* data, std::size_t blocks, const std::uint32_t* k);

}  // namespace rs::detail

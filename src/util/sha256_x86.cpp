#include "util/sha256_x86.hpp"

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace rs::detail {

#if defined(__x86_64__)

bool sha256_x86_available() {
  static const bool available = [] {
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (__get_cpuid(1, &eax, &ebx, &ecx, &edx) == 0) return false;
    const bool ssse3 = (ecx & (1u << 9)) != 0;
    const bool sse41 = (ecx & (1u << 19)) != 0;
    if (__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) == 0) return false;
    const bool sha = (ebx & (1u << 29)) != 0;
    return ssse3 && sse41 && sha;
  }();
  return available;
}

// The state is kept as two vectors, ABEF and CDGH, the order the SHA256RNDS2 instruction uses.
// Each group of four rounds adds four message words W[4g..4g+3] and their constants; from group 4
// on, those words come from the four groups before them (SHA256MSG1, then W[t-7], then SHA256MSG2).
__attribute__((target("sha,sse4.1,ssse3"))) void sha256_blocks_x86(std::uint32_t* state, const std::uint8_t* data,
                                                                   std::size_t blocks, const std::uint32_t* k) {
  const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
  __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state));
  __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4));
  const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
  const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
  __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
  __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
  for (std::size_t block = 0; block < blocks; ++block, data += 64) {
    const __m128i abef_start = abef;
    const __m128i cdgh_start = cdgh;
    __m128i words[4];
    for (int group = 0; group < 16; ++group) {
      __m128i& current = words[group % 4];
      if (group < 4) {
        current = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * group)), byte_swap);
      } else {
        const __m128i& before1 = words[(group + 3) % 4];        // group - 1
        const __m128i& before2 = words[(group + 2) % 4];        // group - 2
        const __m128i& before3 = words[(group + 1) % 4];        // group - 3
        __m128i next = _mm_sha256msg1_epu32(current, before3);  // current still holds group - 4
        next = _mm_add_epi32(next, _mm_alignr_epi8(before1, before2, 4));
        current = _mm_sha256msg2_epu32(next, before1);
      }
      __m128i sum = _mm_add_epi32(current, _mm_loadu_si128(reinterpret_cast<const __m128i*>(k + 4 * group)));
      cdgh = _mm_sha256rnds2_epu32(cdgh, abef, sum);  // two rounds: cdgh now holds ABEF
      sum = _mm_shuffle_epi32(sum, 0x0E);
      abef = _mm_sha256rnds2_epu32(abef, cdgh, sum);  // the names hold again after two calls
    }
    abef = _mm_add_epi32(abef, abef_start);
    cdgh = _mm_add_epi32(cdgh, cdgh_start);
  }
  const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
  const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
  dcba = _mm_blend_epi16(feba, dchg, 0xF0);
  hgfe = _mm_alignr_epi8(dchg, feba, 8);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(state), dcba);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), hgfe);
}

#else

bool sha256_x86_available() { return false; }

void sha256_blocks_x86(std::uint32_t*, const std::uint8_t*, std::size_t, const std::uint32_t*) {}

#endif

}  // namespace rs::detail

// Unit tests for src/util/sha256 (FIPS 180-4 known vectors) and src/util/utf8.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "util/sha256.hpp"
#include "util/utf8.hpp"

namespace rs {
namespace {

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256_hex(std::string(1000000, 'a')), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, IncrementalEqualsOneShotAcrossBlockBoundaries) {
  const std::string text(200, 'x');
  for (std::size_t split : {0u, 1u, 55u, 56u, 63u, 64u, 65u, 199u}) {
    Sha256 hash;
    hash.update(std::string_view(text).substr(0, split));
    hash.update(std::string_view(text).substr(split));
    EXPECT_EQ(hash.hex_digest(), sha256_hex(text)) << split;
  }
}

// FIPS 180-4 known vectors: "", "abc", the two-block message, a million 'a'.
const std::vector<std::pair<std::string, std::string>> known_vectors = {
    {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
    {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
    {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
    {std::string(1000000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
};

std::string digest(const std::string& text, bool allow_hardware) {
  Sha256 hash(allow_hardware);
  hash.update(text);
  return hash.hex_digest();
}

TEST(Sha256, PortableCodeGivesTheKnownVectors) {
  for (const auto& [text, hex] : known_vectors) EXPECT_EQ(digest(text, false), hex) << text.size() << " bytes";
}

// The processor reports SHA instructions exactly when Linux lists the sha_ni flag, so the test below
// does not skip on a machine that has them.
TEST(Sha256, HardwareDetectionMatchesTheProcessor) {
  std::ifstream cpuinfo("/proc/cpuinfo");
  const std::string flags((std::istreambuf_iterator<char>(cpuinfo)), std::istreambuf_iterator<char>());
#if defined(__x86_64__) || defined(__i386__)
  if (flags.empty()) GTEST_SKIP() << "no /proc/cpuinfo to compare the detection with";
  EXPECT_EQ(Sha256::hardware_available(), flags.find(" sha_ni") != std::string::npos);
#else
  EXPECT_FALSE(Sha256::hardware_available()) << "SHA instructions are only used on x86";
#endif
}

// The processor's SHA instructions give the known vectors, and the same digests as the portable
// code for every length around the block boundaries, split at a third of the message.
TEST(Sha256, HardwareAndPortableAgree) {
  if (!Sha256::hardware_available()) {
    GTEST_SKIP() << "this processor has no SHA instructions (x86 SHA-NI): the hardware code cannot run here; "
                    "the portable code is checked by Sha256.PortableCodeGivesTheKnownVectors";
  }
  for (const auto& [text, hex] : known_vectors) EXPECT_EQ(digest(text, true), hex) << text.size() << " bytes";
  std::string text;
  for (int i = 0; i < 700; ++i) text.push_back(static_cast<char>((i * 131 + 7) % 256));
  for (std::size_t length = 0; length <= text.size(); length += length < 200 ? 1 : 37) {
    const auto part = std::string_view(text).substr(0, length);
    Sha256 portable(false);
    portable.update(part);
    Sha256 hardware(true);
    hardware.update(part.substr(0, length / 3));
    hardware.update(part.substr(length / 3));
    EXPECT_EQ(hardware.hex_digest(), portable.hex_digest()) << length;
  }
}

TEST(Utf8, ReportsTheOffsetOfTheFirstBadByte) {
  EXPECT_FALSE(find_invalid_utf8("plain ascii"));
  EXPECT_FALSE(find_invalid_utf8("caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x8F\x83"));
  EXPECT_EQ(find_invalid_utf8("ab\xFF"), 2u);
  EXPECT_EQ(find_invalid_utf8("abc\xC3"), 3u);           // truncated
  EXPECT_EQ(find_invalid_utf8("x\xC0\xAF"), 1u);         // overlong
  EXPECT_EQ(find_invalid_utf8("xy\xED\xA0\x80"), 2u);    // surrogate
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
}

// The eight-bytes-at-a-time ASCII scan finds a bad byte, and a valid sequence, at every offset
// around its word boundaries, also a sequence that starts in one word and ends in the next.
TEST(Utf8, FindsBadBytesAtEveryOffsetAroundTheAsciiWords) {
  for (std::size_t at = 0; at < 40; ++at) {
    const std::string ascii(at, 'a');
    EXPECT_EQ(find_invalid_utf8(ascii + "\xFF" + std::string(20, 'b')), at) << at;
    EXPECT_EQ(find_invalid_utf8(ascii + "\xC3"), at) << at;  // truncated at the end
    EXPECT_FALSE(find_invalid_utf8(ascii + "\xE2\x80\x93" + std::string(at, 'c'))) << at;
    EXPECT_EQ(find_invalid_utf8(ascii + "\xE2\x80" + std::string(12, 'c')), at) << at;  // cut short
  }
}

TEST(Utf8, DecodesCodePoints) {
  const std::string text = "\xC3\xA9\xE2\x80\x93";
  std::size_t offset = 0;
  EXPECT_EQ(next_code_point(text, offset), U'\u00e9');
  EXPECT_EQ(next_code_point(text, offset), U'\u2013');
  EXPECT_EQ(offset, text.size());
}

}  // namespace
}  // namespace rs

// Unit tests for src/util/fold: the ASCII folding behind slugs and attribute name keys.
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "util/fold.hpp"

namespace rs {
namespace {

// The expected folding of every code point U+00A0..U+017F, eight per row, written out by hand
// rather than derived: letters lose their marks and keep their case, ligatures and special
// letters are spelled out (Æ AE, ß ss, Þ TH, Ĳ IJ, ŉ 'n, Ŋ NG, ſ s), and symbols, punctuation,
// the no-break space, the ordinal indicators ª º and the micro sign µ fold to nothing.
constexpr std::array<std::string_view, 0xe0> expected = {
    "", "", "", "", "", "", "", "",  // U+00A0..U+00A7 · ¡ ¢ £ ¤ ¥ ¦ §
    "", "", "", "", "", "", "", "",  // U+00A8..U+00AF ¨ © ª « ¬ · ® ¯
    "", "", "", "", "", "", "", "",  // U+00B0..U+00B7 ° ± ² ³ ´ µ ¶ ·
    "", "", "", "", "", "", "", "",  // U+00B8..U+00BF ¸ ¹ º » ¼ ½ ¾ ¿
    "A", "A", "A", "A", "A", "A", "AE", "C",  // U+00C0..U+00C7 À Á Â Ã Ä Å Æ Ç
    "E", "E", "E", "E", "I", "I", "I", "I",  // U+00C8..U+00CF È É Ê Ë Ì Í Î Ï
    "D", "N", "O", "O", "O", "O", "O", "",  // U+00D0..U+00D7 Ð Ñ Ò Ó Ô Õ Ö ×
    "O", "U", "U", "U", "U", "Y", "TH", "ss",  // U+00D8..U+00DF Ø Ù Ú Û Ü Ý Þ ß
    "a", "a", "a", "a", "a", "a", "ae", "c",  // U+00E0..U+00E7 à á â ã ä å æ ç
    "e", "e", "e", "e", "i", "i", "i", "i",  // U+00E8..U+00EF è é ê ë ì í î ï
    "d", "n", "o", "o", "o", "o", "o", "",  // U+00F0..U+00F7 ð ñ ò ó ô õ ö ÷
    "o", "u", "u", "u", "u", "y", "th", "y",  // U+00F8..U+00FF ø ù ú û ü ý þ ÿ
    "A", "a", "A", "a", "A", "a", "C", "c",  // U+0100..U+0107 Ā ā Ă ă Ą ą Ć ć
    "C", "c", "C", "c", "C", "c", "D", "d",  // U+0108..U+010F Ĉ ĉ Ċ ċ Č č Ď ď
    "D", "d", "E", "e", "E", "e", "E", "e",  // U+0110..U+0117 Đ đ Ē ē Ĕ ĕ Ė ė
    "E", "e", "E", "e", "G", "g", "G", "g",  // U+0118..U+011F Ę ę Ě ě Ĝ ĝ Ğ ğ
    "G", "g", "G", "g", "H", "h", "H", "h",  // U+0120..U+0127 Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ
    "I", "i", "I", "i", "I", "i", "I", "i",  // U+0128..U+012F Ĩ ĩ Ī ī Ĭ ĭ Į į
    "I", "i", "IJ", "ij", "J", "j", "K", "k",  // U+0130..U+0137 İ ı Ĳ ĳ Ĵ ĵ Ķ ķ
    "k", "L", "l", "L", "l", "L", "l", "L",  // U+0138..U+013F ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
    "l", "L", "l", "N", "n", "N", "n", "N",  // U+0140..U+0147 ŀ Ł ł Ń ń Ņ ņ Ň
    "n", "'n", "NG", "ng", "O", "o", "O", "o",  // U+0148..U+014F ň ŉ Ŋ ŋ Ō ō Ŏ ŏ
    "O", "o", "OE", "oe", "R", "r", "R", "r",  // U+0150..U+0157 Ő ő Œ œ Ŕ ŕ Ŗ ŗ
    "R", "r", "S", "s", "S", "s", "S", "s",  // U+0158..U+015F Ř ř Ś ś Ŝ ŝ Ş ş
    "S", "s", "T", "t", "T", "t", "T", "t",  // U+0160..U+0167 Š š Ţ ţ Ť ť Ŧ ŧ
    "U", "u", "U", "u", "U", "u", "U", "u",  // U+0168..U+016F Ũ ũ Ū ū Ŭ ŭ Ů ů
    "U", "u", "U", "u", "W", "w", "Y", "y",  // U+0170..U+0177 Ű ű Ų ų Ŵ ŵ Ŷ ŷ
    "Y", "Z", "z", "Z", "z", "Z", "z", "s",  // U+0178..U+017F Ÿ Ź ź Ż ż Ž ž ſ
};

TEST(Fold, EveryCodePointOfLatin1SupplementAndLatinExtendedA) {
  for (char32_t code_point = 0xa0; code_point <= 0x17f; ++code_point) {
    EXPECT_EQ(fold_to_ascii(code_point), expected[code_point - 0xa0]) << "U+" << std::hex << static_cast<unsigned>(code_point);
  }
}

TEST(Fold, AsciiIsItselfAndOtherScriptsFoldToNothing) {
  for (char32_t code_point = 0; code_point < 0x80; ++code_point) {
    EXPECT_EQ(fold_to_ascii(code_point), std::string(1, static_cast<char>(code_point)));
  }
  for (const char32_t code_point : {0x80, 0x9f, 0x180, 0x1e9e, 0x2019, 0x3b1, 0x1f3c3}) {
    EXPECT_EQ(fold_to_ascii(code_point), "") << "U+" << std::hex << static_cast<unsigned>(code_point);
  }
}

TEST(Fold, TheCasesWhereSlugsAndAttributeKeysOnceDisagreed) {
  EXPECT_EQ(fold_to_ascii(U'\u017f'), "s");   // ſ
  EXPECT_EQ(fold_to_ascii(U'\u0132'), "IJ");  // Ĳ
  EXPECT_EQ(fold_to_ascii(U'\u0133'), "ij");  // ĳ
  EXPECT_EQ(fold_to_ascii(U'\u0138'), "k");   // ĸ
  EXPECT_EQ(fold_to_ascii(U'\u0131'), "i");   // ı
}

TEST(Fold, AsciiWords) {
  using Words = std::vector<std::string>;
  EXPECT_EQ(ascii_words("  Café  Crème! "), (Words{"cafe", "creme"}));
  EXPECT_EQ(ascii_words("Straße"), (Words{"strasse"}));
  EXPECT_EQ(ascii_words("Œuvre Łódź"), (Words{"oeuvre", "lodz"}));
  EXPECT_EQ(ascii_words("Runner’s knee, runner‘s knee, runner's knee"),
            (Words{"runners", "knee", "runners", "knee", "runners", "knee"}));
  EXPECT_EQ(ascii_words("ŉ Ŋ Ĳ ſ Þ"), (Words{"n", "ng", "ij", "s", "th"}));
  EXPECT_EQ(ascii_words("3 × 10"), (Words{"3", "10"}));
  EXPECT_EQ(ascii_words("🏃"), Words{});
  EXPECT_EQ(ascii_words(""), Words{});
}

}  // namespace
}  // namespace rs

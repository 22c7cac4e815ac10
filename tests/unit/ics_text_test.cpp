#include <gtest/gtest.h>

#include <string>

#include "exporters/ics_text.hpp"

namespace rs::exporters::ics {
namespace {

TEST(IcsText, EscapesBackslashFirstThenSeparatorsAndNewlines) {
  EXPECT_EQ(escape_text("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
  EXPECT_EQ(escape_text("\\n"), "\\\\n");  // a literal backslash-n stays two characters
  EXPECT_EQ(escape_text("x\r\ny\rz"), "x\\ny\\nz");
  EXPECT_EQ(escape_text("tab\there\x01"), "tab here");
  EXPECT_EQ(escape_text("Crème \"q\" 💪"), "Crème \"q\" 💪");
}

TEST(IcsText, QuotesParameterValuesOnlyWhenNeeded) {
  EXPECT_EQ(param_value("Europe/London"), "Europe/London");
  EXPECT_EQ(param_value("a:b"), "\"a:b\"");
  EXPECT_EQ(param_value("a;b,c"), "\"a;b,c\"");
  EXPECT_EQ(param_value("say \"hi\"\n"), "say hi");
}

TEST(IcsText, ShortLinesAreNotFolded) {
  const std::string line(75, 'x');
  EXPECT_EQ(fold_line(line), line + "\r\n");
}

TEST(IcsText, FoldsAt75OctetsCountingTheLeadingSpace) {
  const std::string line(200, 'a');
  const std::string folded = fold_line(line);
  EXPECT_EQ(folded, std::string(75, 'a') + "\r\n " + std::string(74, 'a') + "\r\n " + std::string(51, 'a') + "\r\n");
}

// Splits the folded text into physical lines and checks each: <= 75 octets, valid UTF-8 boundaries.
void expect_clean_folds(const std::string& folded, const std::string& original) {
  std::string unfolded;
  std::size_t start = 0;
  bool first = true;
  while (start < folded.size()) {
    const std::size_t end = folded.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    const std::string physical = folded.substr(start, end - start);
    EXPECT_LE(physical.size(), 75U);
    ASSERT_FALSE(physical.empty());
    const auto lead = static_cast<unsigned char>(physical[first ? 0 : 1]);
    EXPECT_NE(lead & 0xC0, 0x80) << "line starts inside a UTF-8 sequence";
    const auto last = static_cast<unsigned char>(physical.back());
    EXPECT_FALSE(last >= 0xC0) << "line ends with a UTF-8 lead byte";
    if (!first) {
      EXPECT_EQ(physical[0], ' ');
    }
    unfolded += first ? physical : physical.substr(1);
    first = false;
    start = end + 2;
  }
  EXPECT_EQ(unfolded, original);
}

TEST(IcsText, NeverSplitsMultiOctetCharacters) {
  for (int shift = 0; shift < 5; ++shift) {
    std::string line = "DESCRIPTION:" + std::string(static_cast<std::size_t>(shift), 'x');
    for (int i = 0; i < 40; ++i) line += "é💪日";
    expect_clean_folds(fold_line(line), line);
  }
}

TEST(IcsText, WriterEndsEveryLineWithCrlf) {
  Writer writer;
  writer.begin("VEVENT");
  writer.text("SUMMARY", "a, b");
  writer.with_params("DTSTART", "VALUE=DATE", "20261207");
  writer.end("VEVENT");
  EXPECT_EQ(writer.str(), "BEGIN:VEVENT\r\nSUMMARY:a\\, b\r\nDTSTART;VALUE=DATE:20261207\r\nEND:VEVENT\r\n");
}

}  // namespace
}  // namespace rs::exporters::ics

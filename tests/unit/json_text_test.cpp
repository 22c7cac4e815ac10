// Unit tests for src/util/json_text: JSON strings written directly read back as the same text.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "util/json_text.hpp"

namespace rs {
namespace {

// Every kind of character a name can hold reads back unchanged through a JSON parser.
TEST(JsonText, StringsReadBackAsWritten) {
  std::string control;
  for (char c = 1; c < 0x20; ++c) control.push_back(c);
  const std::vector<std::string> texts = {"",
                                          "Body Squat",
                                          "say \"hi\"",
                                          "back\\slash",
                                          "tab\there, line\nbreak",
                                          control,
                                          "caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x8F\x83",
                                          "\"\\\"\\"};
  for (const auto& text : texts) {
    std::string out;
    append_json_string(out, text);
    EXPECT_EQ(nlohmann::json::parse(out).get<std::string>(), text) << out;
  }
}

// Several strings appended into one array make a valid JSON array of them.
TEST(JsonText, StringsJoinIntoAnArray) {
  std::string out = "[";
  append_json_string(out, "a\"b");
  out += ',';
  append_json_string(out, "c");
  out += ']';
  EXPECT_EQ(nlohmann::json::parse(out), nlohmann::json::array({"a\"b", "c"}));
}

}  // namespace
}  // namespace rs

#include "util/json_text.hpp"

namespace rs {

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte != '"' && byte != '\\' && byte >= 0x20) continue;
    out.append(text.substr(start, i - start));
    if (byte == '"' || byte == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(byte));
    } else {
      out.append("\\u00");
      out.push_back(hex[byte >> 4]);
      out.push_back(hex[byte & 0x0f]);
    }
    start = i + 1;
  }
  out.append(text.substr(start));
  out.push_back('"');
}

}  // namespace rs

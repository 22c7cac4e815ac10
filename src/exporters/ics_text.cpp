#include "exporters/ics_text.hpp"

namespace rs::exporters::ics {

namespace {
constexpr std::size_t max_octets = 75;

// Length of the UTF-8 sequence starting with `lead`; 1 for ASCII and for stray bytes.
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  if (lead < 0xF8) return 4;
  return 1;
}
}  // namespace

std::string escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        // Other control characters are not allowed in TEXT (3.3.11): tabs become spaces, the rest go.
        if (c == '\t') {
          out += ' ';
        } else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) {
          out += c;
        }
    }
  }
  return out;
}

std::string param_value(std::string_view value) {
  std::string clean;
  bool needs_quotes = false;
  for (const char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || (byte < 0x20 && c != '\t') || byte == 0x7F) continue;
    if (c == ':' || c == ';' || c == ',') needs_quotes = true;
    clean += c;
  }
  return needs_quotes ? "\"" + clean + "\"" : clean;
}

std::string fold_line(std::string_view line) {
  std::string out;
  out.reserve(line.size() + line.size() / 70 * 3 + 2);
  std::size_t used = 0;  // octets on the current physical line
  std::size_t i = 0;
  while (i < line.size()) {
    std::size_t length = sequence_length(static_cast<unsigned char>(line[i]));
    if (i + length > line.size()) length = line.size() - i;
    if (used + length > max_octets) {
      out += "\r\n ";
      used = 1;
    }
    out.append(line.substr(i, length));
    used += length;
    i += length;
  }
  out += "\r\n";
  return out;
}

void Writer::raw(std::string_view name, std::string_view value) {
  std::string line(name);
  line += ':';
  line += value;
  out_ += fold_line(line);
}

void Writer::text(std::string_view name, std::string_view value) { raw(name, escape_text(value)); }

void Writer::with_params(std::string_view name, std::string_view params, std::string_view value) {
  std::string line(name);
  line += ';';
  line += params;
  line += ':';
  line += value;
  out_ += fold_line(line);
}

}  // namespace rs::exporters::ics

#include "importer/simple_yaml.hpp"

#include <vector>

#include "importer/yaml_json.hpp"
#include "util/text.hpp"

namespace rs::importer {

namespace {

// A scalar as written, before typing.
struct Scalar {
  std::string text;
  bool quoted = false;
};

bool is_key_start(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

bool is_key_char(char ch) { return is_key_start(ch) || ch == '-'; }

// Length of the key at the start of `line` (letters, digits, '_' and '-', not starting with '-').
std::size_t key_length(std::string_view line) {
  if (line.empty() || !is_key_start(line.front())) return 0;
  std::size_t length = 1;
  while (length < line.size() && is_key_char(line[length])) ++length;
  return length;
}

std::string_view trim_spaces(std::string_view text) { return trim(text, " "); }

// A single- or double-quoted scalar filling `text`, or nullopt when it is not that simple (an
// escape, a quote inside, text after the closing quote).
std::optional<Scalar> quoted(std::string_view text) {
  const char quote = text.front();
  if (text.size() < 2 || text.back() != quote) return std::nullopt;
  const auto inner = text.substr(1, text.size() - 2);
  Scalar scalar{"", true};
  for (std::size_t i = 0; i < inner.size(); ++i) {
    if (quote == '"' && (inner[i] == '"' || inner[i] == '\\')) return std::nullopt;
    if (quote == '\'' && inner[i] == '\'') {
      if (i + 1 >= inner.size() || inner[i + 1] != '\'') return std::nullopt;
      ++i;  // '' stands for one quote
    }
    scalar.text.push_back(inner[i]);
  }
  return scalar;
}

// A scalar value on one line (already trimmed), or nullopt when the line is not a plain one-line
// scalar: YAML indicators at the start, a comment, a key separator, flow brackets.
std::optional<Scalar> one_line_scalar(std::string_view text) {
  if (text.empty()) return Scalar{};
  const char first = text.front();
  if (first == '"' || first == '\'') return quoted(text);
  static constexpr std::string_view indicators = "-?:,[]{}#&*!|>%@`";
  if (indicators.find(first) != std::string_view::npos) return std::nullopt;
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos || text.back() == ':' ||
      text.find_first_of("[]{}") != std::string_view::npos) {
    return std::nullopt;
  }
  return Scalar{std::string(text), false};
}

nlohmann::ordered_json typed(const Scalar& scalar) { return scalar_to_json(scalar.text, scalar.quoted); }

// The value of a `key:` line with nothing after the colon: the block of `lines` indented below it
// (a list of scalars or a map of scalars), or null when none follows. Advances `next` past it.
std::optional<nlohmann::ordered_json> block_value(const std::vector<std::string_view>& lines, std::size_t& next) {
  std::size_t indent = 0;
  if (next < lines.size()) {
    while (indent < lines[next].size() && lines[next][indent] == ' ') ++indent;
  }
  if (indent == 0) return nlohmann::ordered_json(nullptr);
  const bool list = lines[next].substr(indent, 2) == "- " || lines[next].substr(indent) == "-";
  auto value = list ? nlohmann::ordered_json::array() : nlohmann::ordered_json::object();
  for (; next < lines.size() && !lines[next].empty() && lines[next].front() == ' '; ++next) {
    const auto line = lines[next];
    if (line.size() <= indent || line.substr(0, indent).find_first_not_of(' ') != std::string_view::npos ||
        line[indent] == ' ') {
      return std::nullopt;  // another indentation: deeper nesting or a continued scalar
    }
    const auto item = line.substr(indent);
    if (list) {
      if (item != "-" && item.substr(0, 2) != "- ") return std::nullopt;
      const auto scalar = one_line_scalar(trim_spaces(item.substr(1)));
      if (!scalar || (!scalar->quoted && scalar->text.empty())) return std::nullopt;  // "-" alone: nested block?
      value.push_back(typed(*scalar));
      continue;
    }
    const auto colon = key_length(item);
    if (colon == 0 || colon >= item.size() || item[colon] != ':' ||
        (colon + 1 < item.size() && item[colon + 1] != ' ')) {
      return std::nullopt;
    }
    const std::string key(item.substr(0, colon));
    const auto scalar = one_line_scalar(trim_spaces(item.substr(colon + 1)));
    if (!scalar || value.contains(key)) return std::nullopt;
    if (!scalar->quoted && scalar->text.empty()) return std::nullopt;  // may open a deeper block
    value[key] = typed(*scalar);
  }
  return value;
}

// True when `yaml` holds a character YAML treats specially or does not allow: tab, CR, '#' and '\\'
// (comments, escapes), other C0 and C1 controls, DEL, NEL, the byte order mark and the Unicode line
// and paragraph separators. yaml-cpp's handling of those is its own; the fast reader leaves them to it.
bool has_special_characters(std::string_view yaml) {
  for (std::size_t i = 0; i < yaml.size(); ++i) {
    const auto byte = static_cast<unsigned char>(yaml[i]);
    if ((byte < 0x20 && byte != '\n') || byte == 0x7F || byte == '#' || byte == '\\') return true;
    const auto next = i + 1 < yaml.size() ? static_cast<unsigned char>(yaml[i + 1]) : 0;
    const auto third = i + 2 < yaml.size() ? static_cast<unsigned char>(yaml[i + 2]) : 0;
    if (byte == 0xC2 && next >= 0x80 && next <= 0x9F) return true;                      // U+0080..U+009F
    if (byte == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9)) return true;  // U+2028, U+2029
    if (byte == 0xEF && next == 0xBB && third == 0xBF) return true;                     // U+FEFF
  }
  return false;
}

}  // namespace

std::optional<nlohmann::ordered_json> read_simple_yaml(std::string_view yaml) {
  if (yaml.size() > simple_yaml_max_bytes || has_special_characters(yaml)) return std::nullopt;
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start < yaml.size();) {
    const auto end = yaml.find('\n', start);
    const auto line = yaml.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!trim_spaces(line).empty()) lines.push_back(line);  // blank lines carry nothing
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  auto root = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < lines.size();) {
    const auto line = lines[i++];
    const auto colon = key_length(line);
    if (colon == 0 || colon >= line.size() || line[colon] != ':') return std::nullopt;
    if (colon + 1 < line.size() && line[colon + 1] != ' ') return std::nullopt;
    const std::string key(line.substr(0, colon));
    if (root.contains(key)) return std::nullopt;  // duplicate keys: yaml-cpp decides
    const auto rest = trim_spaces(line.substr(colon + 1));
    if (rest.empty()) {
      auto value = block_value(lines, i);
      if (!value) return std::nullopt;
      root[key] = std::move(*value);
    } else if (rest == "[]") {
      root[key] = nlohmann::ordered_json::array();
    } else if (rest == "{}") {
      root[key] = nlohmann::ordered_json::object();
    } else {
      const auto scalar = one_line_scalar(rest);
      if (!scalar) return std::nullopt;
      if (i < lines.size() && lines[i].front() == ' ') return std::nullopt;  // continued on the next line
      root[key] = typed(*scalar);
    }
  }
  if (root.empty()) return std::nullopt;
  return root;
}

}  // namespace rs::importer

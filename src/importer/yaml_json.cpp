#include "importer/yaml_json.hpp"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cmath>

#include "importer/article_error.hpp"

namespace rs::importer {

namespace {

constexpr int max_depth = 64;
// YAML aliases share nodes, so a few lines can stand for billions of values ("billion laughs");
// the conversion copies each one. Budgets far above any real front matter keep it bounded.
constexpr std::size_t max_values = 100'000;
constexpr std::size_t max_text_bytes = 8 * 1024 * 1024;

// What the conversion has copied so far.
struct Budget {
  std::size_t values = 0;
  std::size_t text_bytes = 0;
};

bool is_integer(const std::string& text, long long& value) {
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  if (begin != end && *begin == '+') ++begin;
  if (begin == end) return false;
  const auto [last, ec] = std::from_chars(begin, end, value);
  return ec == std::errc() && last == end;
}

bool is_float(const std::string& text, double& value) {
  if (text.empty() || text.find_first_of("0123456789") == std::string::npos) return false;
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  if (*begin == '+') ++begin;
  const auto [last, ec] = std::from_chars(begin, end, value, std::chars_format::general);
  return ec == std::errc() && last == end && std::isfinite(value);
}

}  // namespace

nlohmann::ordered_json scalar_to_json(const std::string& text, bool quoted) {
  if (quoted) return text;
  if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") return nullptr;
  if (text == "true" || text == "True" || text == "TRUE") return true;
  if (text == "false" || text == "False" || text == "FALSE") return false;
  long long integer = 0;
  if (is_integer(text, integer)) return integer;
  double number = 0;
  if (is_float(text, number)) return number;
  return text;
}

namespace {

nlohmann::ordered_json convert(const YAML::Node& node, const std::string& file, int first_line, int depth,
                               Budget& budget) {
  const int line = node.Mark().is_null() ? first_line : node.Mark().line + first_line;
  if (depth > max_depth) throw ArticleError(file, line, "front matter is nested too deeply");
  if (++budget.values > max_values) {
    throw ArticleError(file, line,
                       "front matter has more than " + std::to_string(max_values) + " values (YAML aliases?)");
  }
  if (node.IsScalar() && (budget.text_bytes += node.Scalar().size()) > max_text_bytes) {
    throw ArticleError(file, line, "front matter text is over 8 MiB once YAML aliases are expanded");
  }
  switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
      return nullptr;
    case YAML::NodeType::Scalar:
      return scalar_to_json(node.Scalar(), node.Tag() == "!");  // "!": quoted
    case YAML::NodeType::Sequence: {
      auto array = nlohmann::ordered_json::array();
      for (const auto& item : node) array.push_back(convert(item, file, first_line, depth + 1, budget));
      return array;
    }
    case YAML::NodeType::Map: {
      auto object = nlohmann::ordered_json::object();
      for (const auto& entry : node) {
        if (!entry.first.IsScalar()) throw ArticleError(file, line, "front matter keys must be plain text");
        budget.text_bytes += entry.first.Scalar().size();
        object[entry.first.Scalar()] = convert(entry.second, file, first_line, depth + 1, budget);
      }
      return object;
    }
  }
  return nullptr;
}

}  // namespace

nlohmann::ordered_json yaml_to_json(const YAML::Node& node, const std::string& file, int first_line) {
  Budget budget;
  return convert(node, file, first_line, 0, budget);
}

}  // namespace rs::importer

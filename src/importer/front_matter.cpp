#include "importer/front_matter.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <charconv>

#include "importer/article_error.hpp"
#include "importer/simple_yaml.hpp"
#include "importer/yaml_json.hpp"
#include "util/date.hpp"
#include "util/text.hpp"

namespace rs::importer {

namespace {

// File line of a node: the YAML starts on line 2.
int file_line(const YAML::Node& node) { return node.Mark().is_null() ? 2 : node.Mark().line + 2; }

bool is_delimiter(std::string_view line) { return trim(line) == "---" && line.substr(0, 3) == "---"; }

enum class Expect { string, list, integer, boolean, map, date };

const char* describe(Expect expect) {
  switch (expect) {
    case Expect::string:
      return "text";
    case Expect::list:
      return "a list";
    case Expect::integer:
      return "an integer";
    case Expect::boolean:
      return "true or false";
    case Expect::map:
      return "a map";
    case Expect::date:
      return "a date (YYYY-MM-DD) or a date-time (YYYY-MM-DDTHH:MM:SS)";
  }
  return "a value";
}

bool matches(const nlohmann::ordered_json& value, Expect expect) {
  switch (expect) {
    case Expect::string:
      return value.is_string();
    case Expect::list:
      return value.is_array();
    case Expect::integer:
      return value.is_number_integer();
    case Expect::boolean:
      return value.is_boolean();
    case Expect::map:
      return value.is_object();
    case Expect::date:
      return value.is_string() && is_date_or_date_time(value.get<std::string>());
  }
  return false;
}

struct Field {
  const char* name;
  Expect expect;
};

constexpr Field known_fields[] = {{"title", Expect::string},       {"slug", Expect::string},
                                  {"description", Expect::string}, {"categories", Expect::list},
                                  {"tags", Expect::list},          {"year", Expect::integer},
                                  {"location", Expect::string},    {"featured", Expect::boolean},
                                  {"draft", Expect::boolean},      {"featuredImage", Expect::string},
                                  {"videoUrl", Expect::string},    {"technologies", Expect::list},
                                  {"links", Expect::map},          {"relatedProjects", Expect::list},
                                  {"publishedDate", Expect::date}};

// A string with a URL scheme other than http(s) (javascript:, data:, file: ...) is never stored.
bool has_unsafe_scheme(const std::string& value) {
  const auto colon = value.find(':');
  if (colon == std::string::npos || colon == 0) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    const char ch = value[i];
    if (std::isalnum(static_cast<unsigned char>(ch)) == 0 && ch != '+' && ch != '-' && ch != '.') return false;
  }
  const auto scheme = value.substr(0, colon);
  const auto lower = ascii_lower(scheme);
  return lower != "http" && lower != "https";
}

void drop_unsafe_link(nlohmann::ordered_json& value, const std::string& field, int line, FrontMatter& result) {
  if (value.is_string() && has_unsafe_scheme(value.get<std::string>())) {
    result.warnings.push_back(
        {line, "front matter field '" + field + "' is a link that is not http or https; dropped"});
    value = nullptr;
  }
}

}  // namespace

SplitArticle split_front_matter(std::string_view text, const std::string& file) {
  const auto first_end = text.find('\n');
  if (!is_delimiter(text.substr(0, first_end))) {
    throw ArticleError(file, 1, std::string(no_front_matter_detail));
  }
  if (first_end == std::string_view::npos) throw ArticleError(file, 1, "front matter is not closed by a '---' line");
  std::size_t start = first_end + 1;
  int line = 2;
  while (start <= text.size()) {
    const auto end = text.find('\n', start);
    const auto current = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (is_delimiter(current)) {
      SplitArticle split;
      split.yaml = text.substr(first_end + 1, start - first_end - 1);
      split.body = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
      split.body_line = line + 1;
      return split;
    }
    if (end == std::string_view::npos) break;
    start = end + 1;
    ++line;
  }
  throw ArticleError(file, 1, "front matter is not closed by a '---' line");
}

namespace {

// The known field that has the wrong type, if any.
const Field* mistyped_field(const nlohmann::ordered_json& json) {
  for (const auto& field : known_fields) {
    if (!json.contains(field.name) || json[field.name].is_null()) continue;
    if (!matches(json[field.name], field.expect)) return &field;
  }
  return nullptr;
}

bool has_title(const nlohmann::ordered_json& json) {
  return json.contains("title") && json["title"].is_string() && !trim(json["title"].get<std::string>()).empty();
}

// Fills title, slug, description, date and draft from checked JSON (a non-empty title included).
void take_fields(FrontMatter& result) {
  const auto& json = result.json;
  result.title = std::string(trim(json["title"].get<std::string>()));
  if (json.contains("slug") && json["slug"].is_string() && !trim(json["slug"].get<std::string>()).empty()) {
    result.slug = json["slug"].get<std::string>();
  }
  if (json.contains("description") && json["description"].is_string()) {
    result.description = json["description"].get<std::string>();
  }
  if (json.contains("publishedDate") && json["publishedDate"].is_string()) {
    result.published_date = json["publishedDate"].get<std::string>();
  }
  result.draft = json.contains("draft") && json["draft"].is_boolean() && json["draft"].get<bool>();
}

// The link fields whose values are checked for unsafe schemes, as (field name, value) pairs.
template <class Visit>
void visit_links(nlohmann::ordered_json& json, Visit&& visit) {
  for (const char* field : {"videoUrl", "featuredImage"}) {
    if (json.contains(field)) visit(std::string(field), field, json[field]);
  }
  if (json.contains("links") && json["links"].is_object()) {
    for (auto& [key, value] : json["links"].items()) visit("links." + key, "links", value);
  }
}

// The simple shape read without yaml-cpp, when it is also free of everything that needs a line
// number (a type error, a missing title, an unsafe link to drop); else nullopt.
std::optional<FrontMatter> read_simple(std::string_view yaml) {
  auto json = read_simple_yaml(yaml);
  if (!json || mistyped_field(*json) != nullptr || !has_title(*json)) return std::nullopt;
  bool unsafe = false;
  visit_links(*json, [&](const std::string&, const char*, const nlohmann::ordered_json& value) {
    unsafe = unsafe || (value.is_string() && has_unsafe_scheme(value.get<std::string>()));
  });
  if (unsafe) return std::nullopt;
  FrontMatter result;
  result.json = std::move(*json);
  take_fields(result);
  return result;
}

}  // namespace

FrontMatter parse_front_matter(std::string_view yaml, const std::string& file) {
  if (auto simple = read_simple(yaml)) return std::move(*simple);
  return parse_front_matter_with_yaml_cpp(yaml, file);
}

FrontMatter parse_front_matter_with_yaml_cpp(std::string_view yaml, const std::string& file) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::DeepRecursion& error) {
    // yaml-cpp stops at its nesting limit with the message "bad file"; say what it means.
    throw ArticleError(file, error.mark.is_null() ? 2 : error.mark.line + 2, "front matter is nested too deeply");
  } catch (const YAML::Exception& error) {
    const int line = error.mark.is_null() ? 2 : error.mark.line + 2;
    throw ArticleError(file, line, "YAML syntax error in front matter: " + error.msg);
  }
  FrontMatter result;
  if (!root.IsDefined() || root.IsNull()) throw ArticleError(file, 2, std::string(no_title_detail));
  if (!root.IsMap()) throw ArticleError(file, file_line(root), "front matter must be a map of fields");
  result.json = yaml_to_json(root, file, 2);
  if (const auto* field = mistyped_field(result.json)) {
    throw ArticleError(file, file_line(root[field->name]),
                       std::string("front matter field '") + field->name + "' must be " + describe(field->expect));
  }
  if (!has_title(result.json)) throw ArticleError(file, 2, std::string(no_title_detail));
  take_fields(result);
  visit_links(result.json, [&](const std::string& label, const char* field, nlohmann::ordered_json& value) {
    drop_unsafe_link(value, label, file_line(root[field]), result);
  });
  return result;
}

bool is_date_or_date_time(std::string_view text) {
  if (text.size() < 10 || !parse_date(text.substr(0, 10))) return false;
  if (text.size() == 10) return true;
  if (text[10] != 'T' && text[10] != 't' && text[10] != ' ') return false;
  auto rest = text.substr(11);
  const auto two_digits = [&](int max) {
    int value = 0;
    if (rest.size() < 2 || std::isdigit(static_cast<unsigned char>(rest[0])) == 0) return false;  // no sign
    const auto [end, ec] = std::from_chars(rest.data(), rest.data() + 2, value);
    if (ec != std::errc() || end != rest.data() + 2 || value > max) return false;
    rest.remove_prefix(2);
    return true;
  };
  if (!two_digits(23) || rest.empty() || rest.front() != ':') return false;
  rest.remove_prefix(1);
  if (!two_digits(59)) return false;
  if (!rest.empty() && rest.front() == ':') {
    rest.remove_prefix(1);
    if (!two_digits(60)) return false;
    if (!rest.empty() && rest.front() == '.') {
      rest.remove_prefix(1);
      std::size_t digits = 0;
      while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits])) != 0) ++digits;
      if (digits == 0) return false;
      rest.remove_prefix(digits);
    }
  }
  if (rest.empty() || rest == "Z" || rest == "z") return true;
  if (rest.front() != '+' && rest.front() != '-') return false;
  rest.remove_prefix(1);
  if (!two_digits(23)) return false;
  if (!rest.empty() && rest.front() == ':') rest.remove_prefix(1);
  return two_digits(59) && rest.empty();
}

}  // namespace rs::importer

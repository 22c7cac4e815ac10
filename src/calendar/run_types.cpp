#include "calendar/run_types.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <regex>

#include "util/error.hpp"
#include "util/fold.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"
#include "util/read_file.hpp"

namespace rs::calendar {

using model::RunType;

namespace {

// Longest text read per field: titles and notes beyond it are not searched.
constexpr std::size_t max_field_chars = 4000;

std::vector<std::string> words_of(std::string_view text) {
  return ascii_words(text.substr(0, std::min(text.size(), max_field_chars)));
}

std::optional<RunType> type_named(const std::string& name) {
  if (name == "long") return RunType::long_run;
  return model::parse_run_type(name);
}

std::vector<std::vector<std::string>> word_list(const YAML::Node& node, const std::string& source,
                                                const std::string& key) {
  std::vector<std::vector<std::string>> out;
  if (!node) return out;
  if (!node.IsSequence()) throw Error(source + ": " + key + ": expected a list of keywords");
  for (const auto& item : node) {
    auto words = ascii_words(item.as<std::string>());
    if (words.empty()) throw Error(source + ": " + key + ": empty keyword");
    out.push_back(std::move(words));
  }
  return out;
}

// Where `keyword` occurs in `words`, as [begin, end) spans.
void find_spans(const std::vector<std::string>& words, const std::vector<std::string>& keyword, int tag,
                std::vector<std::array<std::size_t, 3>>& spans) {
  if (keyword.size() > words.size()) return;
  for (std::size_t i = 0; i + keyword.size() <= words.size(); ++i) {
    if (std::equal(keyword.begin(), keyword.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) {
      spans.push_back({i, i + keyword.size(), static_cast<std::size_t>(tag)});
    }
  }
}

// Matches not strictly inside a longer match.
std::vector<std::array<std::size_t, 3>> outermost(std::vector<std::array<std::size_t, 3>> spans) {
  std::vector<std::array<std::size_t, 3>> kept;
  for (const auto& span : spans) {
    const bool inside = std::any_of(spans.begin(), spans.end(), [&](const auto& other) {
      return other[0] <= span[0] && span[1] <= other[1] && other[1] - other[0] > span[1] - span[0];
    });
    if (!inside) kept.push_back(span);
  }
  return kept;
}

// Tags: keyword index for types, keywords.size() + i for ignore words, a high base for distances.
struct FieldMatch {
  std::optional<RunType> type;
  bool ignored = false;
  std::optional<double> distance;
  bool any() const { return type || ignored || distance; }
};

FieldMatch match_field(const RunTypeRules& rules, const std::vector<std::string>& words) {
  std::vector<std::array<std::size_t, 3>> spans;
  const int ignore_base = static_cast<int>(rules.keywords.size());
  const int distance_base = ignore_base + static_cast<int>(rules.ignore.size());
  for (std::size_t k = 0; k < rules.keywords.size(); ++k) find_spans(words, rules.keywords[k].words, static_cast<int>(k), spans);
  for (std::size_t k = 0; k < rules.ignore.size(); ++k) find_spans(words, rules.ignore[k], ignore_base + static_cast<int>(k), spans);
  for (std::size_t k = 0; k < rules.distances.size(); ++k) {
    find_spans(words, rules.distances[k].words, distance_base + static_cast<int>(k), spans);
  }
  FieldMatch match;
  for (const auto& span : outermost(spans)) {
    const auto tag = static_cast<int>(span[2]);
    if (tag < ignore_base) {
      const RunType type = rules.keywords[static_cast<std::size_t>(tag)].type;
      if (!match.type || hardness(type) > hardness(*match.type)) match.type = type;
    } else if (tag < distance_base) {
      match.ignored = true;
    } else if (!match.distance) {
      match.distance = rules.distances[static_cast<std::size_t>(tag - distance_base)].km;
    }
  }
  return match;
}

// "21.1 km", "13.1 mi", "26.2 miles" in a title.
std::optional<double> numeric_distance(const std::string& text) {
  static const std::regex pattern(R"((\d{1,3}(?:\.\d{1,3})?)\s?(km|k|mi|mile|miles)\b)", std::regex::icase);
  std::smatch found;
  const std::string head = text.substr(0, std::min(text.size(), std::size_t{300}));
  if (!std::regex_search(head, found, pattern)) return std::nullopt;
  const double value = std::stod(found[1].str());
  if (!(value > 0)) return std::nullopt;  // "0 km" says no distance; a schedule's races have one over 0
  const auto unit = ascii_lower(found[2].str());
  return unit.rfind("mi", 0) == 0 ? value * 1.609344 : value;
}

bool has_words(const std::vector<std::string>& words, const std::vector<std::string>& keyword) {
  std::vector<std::array<std::size_t, 3>> spans;
  find_spans(words, keyword, 0, spans);
  return !spans.empty();
}

model::RacePriority race_priority(const RunTypeRules& rules, const std::vector<std::string>& words) {
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i + 1] == "race" && (words[i] == "b" || words[i] == "c")) {
      return words[i] == "b" ? model::RacePriority::b : model::RacePriority::c;
    }
    if ((words[i] == "priority" || words[i] == "prio") && (words[i + 1] == "b" || words[i + 1] == "c")) {
      return words[i + 1] == "b" ? model::RacePriority::b : model::RacePriority::c;
    }
  }
  for (const auto& keyword : rules.c_races) {
    if (has_words(words, keyword)) return model::RacePriority::c;
  }
  return model::RacePriority::a;
}

bool bracketed(const std::string& summary, char letter) {
  const std::string tag{'(', letter, ')'};
  return summary.find(tag) != std::string::npos;
}

}  // namespace

int hardness(RunType type) {
  switch (type) {
    case RunType::race: return 9;
    case RunType::long_run: return 8;
    case RunType::intervals: return 7;
    case RunType::threshold: return 6;
    case RunType::tempo: return 5;
    case RunType::hills: return 4;
    case RunType::easy: return 3;
    case RunType::recovery: return 2;
    case RunType::cross: return 1;
    case RunType::rest: break;
  }
  return 0;
}

RunTypeRules parse_run_type_rules(std::string_view yaml_text, const std::string& source) {
  RunTypeRules rules;
  try {
    const YAML::Node root = YAML::Load(std::string(yaml_text));
    if (!root.IsMap() || !root["types"] || !root["types"].IsMap()) throw Error(source + ": expected a `types:` mapping");
    for (const auto& entry : root["types"]) {
      const auto name = entry.first.as<std::string>();
      const auto type = type_named(name);
      if (!type || *type == RunType::rest) throw Error(source + ": types: unknown run type \"" + name + "\"");
      for (auto& words : word_list(entry.second, source, "types." + name)) rules.keywords.push_back({std::move(words), *type});
    }
    rules.ignore = word_list(root["ignore"], source, "ignore");
    rules.c_races = word_list(root["c_races"], source, "c_races");
    if (const auto distances = root["distances"]) {
      if (!distances.IsMap()) throw Error(source + ": distances: expected a mapping of words to kilometres");
      for (const auto& entry : distances) {
        const auto km = entry.second.as<double>();
        if (!(km > 0 && km < 1000)) throw Error(source + ": distances: bad distance for \"" + entry.first.as<std::string>() + "\"");
        rules.distances.push_back({ascii_words(entry.first.as<std::string>()), km});
      }
    }
  } catch (const YAML::Exception& error) {
    throw Error(source + ": line " + std::to_string(error.mark.line + 1) + ": " + error.msg);
  }
  return rules;
}

RunTypeRules load_run_type_rules() {
  const auto path = find_content_dir(process_env()) / "run-types.yaml";
  const auto text = read_whole_file(path);
  if (!text) throw Error("cannot read " + path.string());
  return parse_run_type_rules(*text, path.string());
}

std::string runna_workout_type(std::string_view uid) {
  static const std::regex pattern(R"(_plan_week_\d+_([A-Z][A-Z_]*?)_\d+(?:@|$))");
  const std::string head(uid.substr(0, std::min(uid.size(), std::size_t{300})));
  std::smatch found;
  if (!std::regex_search(head, found, pattern)) return {};
  auto type = ascii_lower(found[1].str());
  std::replace(type.begin(), type.end(), '_', ' ');
  return type;
}

Classification classify(const RunTypeRules& rules, const EventText& event) {
  std::string categories;
  for (const auto& category : event.categories) categories += category + " , ";
  const std::array<std::string, 4> fields{runna_workout_type(event.uid), event.summary, categories, event.description};
  Classification result;
  for (const auto& field : fields) {
    const auto words = words_of(field);
    const auto match = match_field(rules, words);
    if (!match.any()) continue;
    if (match.type) {
      result.kind = EventKind::run;
      result.type = *match.type;
    } else if (match.distance) {  // a distance with no other type: a race of that distance
      result.kind = EventKind::run;
      result.type = RunType::race;
    } else {
      result.kind = EventKind::ignored;
      return result;
    }
    if (result.type == RunType::race) {
      const auto title = words_of(event.summary);
      result.distance_km = match_field(rules, title).distance;
      if (!result.distance_km) result.distance_km = numeric_distance(event.summary);
      if (!result.distance_km) result.distance_km = match.distance;
      result.priority = race_priority(rules, title);
      if (bracketed(event.summary, 'B')) result.priority = model::RacePriority::b;
      if (bracketed(event.summary, 'C')) result.priority = model::RacePriority::c;
    }
    return result;
  }
  return result;
}

}  // namespace rs::calendar

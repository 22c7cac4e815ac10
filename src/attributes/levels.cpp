#include "attributes/levels.hpp"

#include <algorithm>

#include "attributes/yaml_file.hpp"
#include "util/fnv1a.hpp"
#include "util/fold.hpp"

namespace rs::attributes {

namespace {

// The matching key of a name: its ASCII words joined by '-' ("Follow-on" and "follow on" agree).
std::string key(std::string_view name) {
  std::string joined;
  for (const auto& word : ascii_words(name)) joined += (joined.empty() ? "" : "-") + word;
  return joined;
}

constexpr std::string_view builtin_scale = R"(levels:
  - name: basics
    aliases: [basic, fundamentals, essentials, activation, warm-up, mobility]
  - name: foundational
    aliases: [foundation, foundations, beginner, beginners, starter, level 1, novice]
  - name: follow-on
    aliases: [intermediate, progression, progressions, next steps, level 2, improver]
  - name: advanced
    aliases: [expert, level 3, plyometrics, power]
)";

}  // namespace

LevelScale LevelScale::from_text(const std::string& yaml, const std::filesystem::path& origin) {
  YamlFile file;
  file.path = origin;
  file.bytes = yaml;
  try {
    file.root = YAML::Load(yaml);
  } catch (const YAML::Exception& error) {
    throw Error(origin.string() + ":" + std::to_string(error.mark.line + 1) + ": YAML syntax error: " + error.msg);
  }
  LevelScale scale;
  expect_map(file, file.root, "levels.yaml");
  check_keys(file, file.root, "levels.yaml", {"levels"});
  const auto levels = file.root["levels"];
  if (!levels.IsSequence() || levels.size() == 0) fail_at(file, levels, "levels", "must be a list of levels");
  for (const auto& level : levels) {
    expect_map(file, level, "levels");
    check_keys(file, level, "level", {"name", "aliases"});
    const int rank = static_cast<int>(scale.names_.size());
    const std::string name = as_string(file, level["name"], "name");
    std::vector<std::string> names = {name};
    for (auto& alias : as_string_list(file, level["aliases"], "aliases")) names.push_back(std::move(alias));
    for (const auto& each : names) {
      const std::string k = key(each);
      if (k.empty()) fail_at(file, level, "name", "'" + each + "' has no letters or digits");
      const auto taken = std::find_if(scale.keys_.begin(), scale.keys_.end(), [&](const auto& p) { return p.first == k; });
      if (taken != scale.keys_.end()) {
        fail_at(file, level, "aliases", "'" + each + "' already names level '" + scale.names_[taken->second] + "'");
      }
      scale.keys_.emplace_back(k, rank);
    }
    scale.names_.push_back(name);
  }
  Fnv1a hash;
  hash.update(yaml);
  scale.fingerprint_ = hash.hex();
  return scale;
}

LevelScale LevelScale::load(const std::filesystem::path& content_dir) {
  const auto file = read_yaml_file(content_dir / "levels.yaml");
  if (file.bytes.empty()) return from_text(std::string(builtin_scale), "<built-in levels.yaml>");
  return from_text(file.bytes, file.path);
}

std::optional<int> LevelScale::rank_of(std::string_view name) const {
  const std::string k = key(name);
  for (const auto& [each, rank] : keys_) {
    if (each == k) return rank;
  }
  return std::nullopt;
}

std::string LevelScale::name_of(int rank) const {
  return rank >= 0 && rank < static_cast<int>(names_.size()) ? names_[static_cast<std::size_t>(rank)] : "";
}

std::vector<RankedLevel> rank_levels(const std::vector<std::string>& names, const nlohmann::ordered_json& mapping,
                                     const LevelScale& scale) {
  std::vector<RankedLevel> ranked(names.size());
  std::vector<std::optional<int>> known(names.size());
  std::vector<std::string> problems(names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    // The article's own mapping first (keys compared like level names), then the scale's names.
    if (mapping.is_object()) {
      for (const auto& [from, to] : mapping.items()) {
        if (key(from) != key(names[i])) continue;
        const auto target = to.is_string() ? scale.rank_of(to.get<std::string>()) : std::nullopt;
        if (target) {
          known[i] = target;
        } else {
          problems[i] = "the front matter maps it to " + to.dump() + ", which levels.yaml does not name";
        }
      }
    }
    if (!known[i] && problems[i].empty()) known[i] = scale.rank_of(names[i]);
  }
  int highest = 0;
  for (const auto& rank : known) highest = std::max(highest, rank.value_or(0));
  int next = highest + 1;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (known[i]) {
      ranked[i].rank = *known[i];
      continue;
    }
    ranked[i].rank = next++;
    const std::string example = scale.name_of(std::min(ranked[i].rank, scale.size() - 1));
    ranked[i].warning = "level '" + names[i] + "' " + (problems[i].empty() ? "matches no level of levels.yaml" : problems[i]) +
                        ": placed after the article's last known level (rank " + std::to_string(ranked[i].rank) +
                        "); map it in the front matter, e.g. levels: {\"" + names[i] + "\": " + example +
                        "}, or add it as an alias in levels.yaml";
  }
  return ranked;
}

}  // namespace rs::attributes

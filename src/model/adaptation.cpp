#include "model/adaptation.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <utility>

#include "util/error.hpp"

namespace rs::model {

namespace {

using Json = nlohmann::json;

constexpr std::array<std::pair<AdaptChange, std::string_view>, 5> change_names{{
    {AdaptChange::held, "held"},
    {AdaptChange::stepped_back, "stepped-back"},
    {AdaptChange::faster, "faster"},
    {AdaptChange::replaced, "replaced"},
    {AdaptChange::removed, "removed"},
}};

Json adaptation_json(const Adaptation& adaptation) {
  Json causes = Json::array();
  for (const auto& cause : adaptation.causes) {
    causes.push_back({{"id", cause.entry}, {"date", format_date(cause.date)}});
  }
  return {{"exercise", adaptation.exercise},
          {"change", to_string(adaptation.change)},
          {"replacement", adaptation.replacement ? Json(*adaptation.replacement) : Json(nullptr)},
          {"why", adaptation.why},
          {"text", adaptation.text},
          {"entries", std::move(causes)}};
}

Adaptation adaptation_of(const Json& json) {
  Adaptation adaptation;
  adaptation.exercise = json.at("exercise").get<std::string>();
  const auto change = parse_adapt_change(json.at("change").get<std::string>());
  if (!change) throw Error("unknown adaptation \"" + json.at("change").get<std::string>() + "\"");
  adaptation.change = *change;
  if (!json.at("replacement").is_null()) adaptation.replacement = json.at("replacement").get<std::string>();
  adaptation.why = json.at("why").get<std::string>();
  adaptation.text = json.at("text").get<std::string>();
  for (const auto& cause : json.at("entries")) {
    const auto date = parse_date(cause.at("date").get<std::string>());
    if (!date) throw Error("an adaptation names a bad date \"" + cause.at("date").get<std::string>() + "\"");
    adaptation.causes.push_back({cause.at("id").get<long long>(), *date});
  }
  return adaptation;
}

}  // namespace

std::string_view to_string(AdaptChange change) {
  for (const auto& [value, name] : change_names) {
    if (value == change) return name;
  }
  return "held";
}

std::optional<AdaptChange> parse_adapt_change(std::string_view name) {
  for (const auto& [value, text] : change_names) {
    if (text == name) return value;
  }
  return std::nullopt;
}

std::string adapted_sentence(const std::vector<Adaptation>& adaptations) {
  if (adaptations.empty()) return "";
  std::string sentence = "Adapted:";
  for (std::size_t i = 0; i < adaptations.size(); ++i) sentence += (i ? "; " : " ") + adaptations[i].text;
  return sentence + ".";
}

std::string adaptations_to_text(const std::vector<Adaptation>& adaptations) {
  Json json = Json::array();
  for (const auto& adaptation : adaptations) json.push_back(adaptation_json(adaptation));
  return json.dump();
}

std::vector<Adaptation> adaptations_from_text(std::string_view text) {
  std::vector<Adaptation> adaptations;
  try {
    const auto json = Json::parse(text);
    if (!json.is_array()) throw Error("stored adaptations are not a JSON array");
    for (const auto& item : json) adaptations.push_back(adaptation_of(item));
  } catch (const Json::exception& error) {
    throw Error(std::string("stored adaptations are malformed: ") + error.what());
  }
  return adaptations;
}

std::string adaptation_words(const Adaptation& adaptation, std::string_view name, std::string_view replacement_name) {
  std::string words(name);
  switch (adaptation.change) {
    case AdaptChange::held: words += " held at the dose logged"; break;
    case AdaptChange::stepped_back: words += " stepped back"; break;
    case AdaptChange::faster: words += " progressed a step sooner"; break;
    case AdaptChange::replaced:
      words += adaptation.replacement == adaptation.exercise ? " done with its substitute"
                                                              : " replaced by " + std::string(replacement_name);
      break;
    case AdaptChange::removed: words += " left out"; break;
  }
  words += " (" + adaptation.why + ")";
  if (adaptation.change == AdaptChange::removed || adaptation.change == AdaptChange::replaced) {
    if (adaptation.why.find("pain") != std::string::npos) words += "; see a physio if the pain persists";
  }
  return words;
}

}  // namespace rs::model

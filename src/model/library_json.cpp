#include "model/library_json.hpp"

#include "util/error.hpp"

namespace rs::model {

nlohmann::ordered_json dose_to_json(const Dose& dose) {
  nlohmann::ordered_json json;
  json["type"] = to_string(dose.type);
  json["sets"] = dose.sets;
  if (dose.type == DoseType::reps) {
    json["reps"] = dose.reps;
  } else {
    json["seconds"] = dose.seconds;
  }
  json["per_side"] = dose.per_side;
  return json;
}

Dose dose_from_json(const nlohmann::json& json) {
  try {
    Dose dose;
    const auto type = json.at("type").get<std::string>();
    if (type != "reps" && type != "hold") throw Error("dose type must be \"reps\" or \"hold\", not \"" + type + "\"");
    dose.type = type == "reps" ? DoseType::reps : DoseType::hold;
    dose.sets = json.at("sets").get<int>();
    if (dose.type == DoseType::reps) {
      dose.reps = json.at("reps").get<int>();
    } else {
      dose.reps = 0;
      dose.seconds = json.at("seconds").get<int>();
    }
    dose.per_side = json.value("per_side", false);
    return dose;
  } catch (const nlohmann::json::exception& error) {
    throw Error(std::string("malformed dose: ") + error.what());
  }
}

nlohmann::ordered_json video_to_json(const std::optional<Video>& video) {
  if (!video) return nullptr;
  return {{"provider", to_string(video->provider)}, {"id", video->id}, {"url", video->url}};
}

}  // namespace rs::model

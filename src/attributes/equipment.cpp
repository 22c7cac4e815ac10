#include "attributes/equipment.hpp"

#include "attributes/vocabulary.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace rs::attributes {

namespace {

/// "weights", "an ab wheel", "a gym ball", "a step" ...: equipment as a sentence says it.
std::string spoken(const std::string& name) {
  if (name == "weight") return "weights";
  if (name == "ab-wheel") return "an ab wheel";
  if (name == "gym-ball") return "a gym ball";
  return "a " + name;
}

}  // namespace

EquipmentSet parse_equipment(std::string_view spec) {
  EquipmentSet kit;
  kit.spec = trim(spec, " \t");
  if (kit.spec.empty() || kit.spec == "home") {
    kit.spec = "home";
    return kit;
  }
  if (kit.spec == "gym") {
    for (const auto name : equipment_names()) kit.items.emplace(name);
    return kit;
  }
  for (const auto& part : split(kit.spec, ',')) {
    const std::string name(trim(part, " \t"));
    if (name.empty()) throw Error("equipment '" + kit.spec + "': empty name in the list", ErrorKind::usage);
    if (name != "home") {
      if (name == "gym") throw Error("equipment 'gym' means everything; use it alone", ErrorKind::usage);
      check_in(equipment_names(), name, "equipment (or home, gym)", "equipment '" + kit.spec + "'", ErrorKind::usage);
      kit.items.insert(name);
    }
  }
  return kit;
}

EquipmentFit fit_exercise(const model::ExerciseAttributes& attributes, const EquipmentSet& kit) {
  EquipmentFit fit;
  std::vector<std::string> needed = attributes.equipment;
  canonical_order(equipment_names(), needed);
  for (const auto& name : needed) {
    if (kit.has(name)) continue;
    fit.missing.push_back(name);
    const auto substitute = attributes.substitutes.find(name);
    if (substitute == attributes.substitutes.end()) {
      fit.usability = Usability::not_usable;
      fit.substitute_text.clear();
      return fit;
    }
    if (!fit.substitute_text.empty()) fit.substitute_text += "; ";
    fit.substitute_text += "use " + substitute->second + " instead of " + spoken(name);
    fit.usability = Usability::with_substitute;
  }
  return fit;
}

}  // namespace rs::attributes

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

EquipmentSet equipment_kit(model::EquipmentChoice choice, const std::vector<std::string>& items) {
  EquipmentSet kit;
  kit.spec = model::to_string(choice);
  if (choice == model::EquipmentChoice::gym) kit.items.insert(equipment_names().begin(), equipment_names().end());
  kit.items.insert(items.begin(), items.end());
  return kit;
}

EquipmentSet parse_equipment(std::string_view spec) {
  EquipmentSet kit;
  kit.spec = trim(spec, " \t");
  if (kit.spec.empty()) return equipment_kit(model::EquipmentChoice::home);
  const auto choice = model::parse_equipment_choice(kit.spec);
  if (choice && choice != model::EquipmentChoice::custom) return equipment_kit(*choice);
  for (const auto& part : split(kit.spec, ',')) {
    const std::string name(trim(part, " \t"));
    if (name.empty()) throw Error("equipment '" + kit.spec + "': empty name in the list", ErrorKind::usage);
    const auto word = model::parse_equipment_choice(name);
    if (word == model::EquipmentChoice::home) continue;  // adds nothing to a list
    if (word == model::EquipmentChoice::gym) {
      throw Error("equipment 'gym' means everything; use it alone", ErrorKind::usage);
    }
    check_in(equipment_names(), name, "equipment (or home, gym)", "equipment '" + kit.spec + "'", ErrorKind::usage);
    kit.items.insert(name);
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

#include "model/library.hpp"

namespace rs::model {

std::string_view to_string(VideoProvider provider) {
  return provider == VideoProvider::youtube ? "youtube" : "vimeo";
}

std::string_view to_string(DoseType type) { return type == DoseType::reps ? "reps" : "hold"; }

}  // namespace rs::model

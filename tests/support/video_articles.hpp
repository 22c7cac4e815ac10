#pragma once
// Parsed articles for the library writer's tests: one level of exercises, one per video id.

#include <string>
#include <vector>

#include "model/parsed_article.hpp"

namespace rs::test {

/// How the exercises of video_article() are named.
enum class ExerciseNames {
  by_video,     ///< "Move ID", slug "move-ID": one exercise per distinct id.
  by_position,  ///< "SLUG move N", slug "SLUG-move-N": ids may repeat (exercises sharing a video).
};

/// An article `slug` with one level ("Basics") holding one Vimeo exercise per id of `videos`, in
/// order, and one tip.
model::ParsedArticle video_article(const std::string& slug, const std::vector<std::string>& videos,
                                   ExerciseNames names = ExerciseNames::by_video);

}  // namespace rs::test

#include "model/parsed_article.hpp"

#include <set>
#include <utility>

namespace rs::model {

std::size_t ParsedArticle::exercise_count() const {
  std::size_t count = 0;
  for (const auto& level : levels) count += level.exercises.size();
  return count;
}

std::size_t ParsedArticle::video_count() const {
  std::set<std::pair<VideoProvider, std::string>> videos;
  for (const auto& level : levels) {
    for (const auto& exercise : level.exercises) {
      if (exercise.video) videos.emplace(exercise.video->provider, exercise.video->id);
    }
  }
  return videos.size();
}

}  // namespace rs::model

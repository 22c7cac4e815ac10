#include "support/video_articles.hpp"

namespace rs::test {

model::ParsedArticle video_article(const std::string& slug, const std::vector<std::string>& videos,
                                   ExerciseNames names) {
  model::ParsedArticle article;
  article.slug = slug;
  article.title = "Title " + slug;
  article.front_matter = {{"title", article.title}};
  model::ParsedLevel level;
  level.name = "Basics";
  level.slug = "basics";
  int position = 0;
  for (const auto& id : videos) {
    model::ParsedExercise exercise;
    exercise.position = ++position;
    if (names == ExerciseNames::by_video) {
      exercise.name = "Move " + id;
      exercise.slug = "move-" + id;
    } else {
      exercise.name = slug + " move " + std::to_string(position);
      exercise.slug = slug + "-move-" + std::to_string(position);
    }
    exercise.video = model::Video{model::VideoProvider::vimeo, id, "https://vimeo.com/" + id};
    level.exercises.push_back(exercise);
  }
  article.levels.push_back(level);
  article.tips.push_back({"Notes", "Go slow", "Slowly.", 3});
  return article;
}

}  // namespace rs::test

// LibraryWriter::write_body: an article's levels, videos, exercises and tips, with a few multi-row
// statements per article instead of one statement per row. Rows go in in the order a row-by-row
// write would use, so their ids are the same. Text is bound without copies (bindNoCopy): it lives
// in the article, which outlives each statement's execution.
#include <map>
#include <utility>

#include "store/library_statements.hpp"
#include "store/library_writer.hpp"
#include "util/error.hpp"

namespace rs::store {

namespace {

// Calls `chunk(first, count)` over [0, total) in chunks of at most MultiRowInsert::max_rows.
template <class Chunk>
void in_chunks(std::size_t total, Chunk&& chunk) {
  for (std::size_t first = 0; first < total; first += MultiRowInsert::max_rows) {
    chunk(first, std::min<std::size_t>(MultiRowInsert::max_rows, total - first));
  }
}

}  // namespace

void LibraryWriter::write_body(std::int64_t article_id, const model::ParsedArticle& article) {
  // Levels: a handful per article, one at a time for their ids.
  std::vector<std::int64_t> level_ids;
  for (const auto& level : article.levels) {
    auto& insert_level = fresh(statements_->insert_level);
    insert_level.bind(1, article_id);
    insert_level.bind(2, level.name);
    insert_level.bind(3, level.slug);
    insert_level.bind(4, level.rank);
    insert_level.bind(5, level.global_rank >= 0 ? level.global_rank : level.rank);
    insert_level.exec();
    level_ids.push_back(db_.sql().getLastInsertRowid());
  }
  // Videos: each distinct one once, in order of first use; RETURNING gives each its id.
  std::vector<const model::Video*> videos;
  std::map<VideoKey, std::int64_t> video_ids;
  for (const auto& level : article.levels) {
    for (const auto& exercise : level.exercises) {
      if (!exercise.video) continue;
      VideoKey key{std::string(model::to_string(exercise.video->provider)), exercise.video->id};
      if (video_ids.emplace(std::move(key), 0).second) videos.push_back(&*exercise.video);
    }
  }
  auto& upsert = statements_->upsert_videos;
  in_chunks(videos.size(), [&](std::size_t first, std::size_t count) {
    auto& statement = upsert.rows(static_cast<int>(count));
    for (std::size_t r = 0; r < count; ++r) {
      const auto& video = *videos[first + r];
      const int row = static_cast<int>(r);
      statement.bindNoCopy(upsert.index(row, 0), model::to_string(video.provider).data());  // a literal
      statement.bindNoCopy(upsert.index(row, 1), video.id);
      statement.bindNoCopy(upsert.index(row, 2), video.url);
    }
    std::size_t returned = 0;
    while (statement.executeStep()) {
      video_ids[{statement.getColumn(1).getString(), statement.getColumn(2).getString()}] =
          statement.getColumn(0).getInt64();
      ++returned;
    }
    if (returned != count) throw Error("storing the videos of article " + article.slug + " returned too few rows");
  });
  // Exercises, in order.
  std::vector<std::pair<const model::ParsedExercise*, std::int64_t>> exercises;  // exercise, level id
  for (std::size_t l = 0; l < article.levels.size(); ++l) {
    for (const auto& exercise : article.levels[l].exercises) exercises.emplace_back(&exercise, level_ids[l]);
  }
  auto& insert_exercises = statements_->insert_exercises;
  in_chunks(exercises.size(), [&](std::size_t first, std::size_t count) {
    auto& statement = insert_exercises.rows(static_cast<int>(count));
    for (std::size_t r = 0; r < count; ++r) {
      const auto& [exercise, level_id] = exercises[first + r];
      const auto at = [&](int column) { return insert_exercises.index(static_cast<int>(r), column); };
      statement.bind(at(0), article_id);
      statement.bind(at(1), level_id);
      statement.bindNoCopy(at(2), exercise->name);
      statement.bindNoCopy(at(3), exercise->slug);
      statement.bind(at(4), exercise->column);
      statement.bind(at(5), exercise->position);
      if (exercise->video) {
        statement.bind(at(6),
                       video_ids.at({std::string(model::to_string(exercise->video->provider)), exercise->video->id}));
      } else {
        statement.bind(at(6));  // NULL
      }
      statement.bind(at(7), exercise->line);
    }
    statement.exec();
  });
  // Tips, in order.
  auto& insert_tips = statements_->insert_tips;
  in_chunks(article.tips.size(), [&](std::size_t first, std::size_t count) {
    auto& statement = insert_tips.rows(static_cast<int>(count));
    for (std::size_t r = 0; r < count; ++r) {
      const auto& tip = article.tips[first + r];
      const auto at = [&](int column) { return insert_tips.index(static_cast<int>(r), column); };
      statement.bind(at(0), article_id);
      statement.bindNoCopy(at(1), tip.section);
      statement.bindNoCopy(at(2), tip.title);
      statement.bindNoCopy(at(3), tip.body);
      statement.bind(at(4), static_cast<int>(first + r) + 1);
    }
    statement.exec();
  });
}

}  // namespace rs::store

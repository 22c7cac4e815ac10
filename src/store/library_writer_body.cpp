// LibraryWriter::write_body: an article's levels, exercises (each with its video) and tips, one
// multi-row statement per table for an article of up to 64 rows each. Rows go in in the order a
// row-by-row write would use, so new exercises' ids follow the article's order; an exercise already
// stored with the article (same slug) keeps its row, rewritten only where it changed. Text is bound without
// copies (bindNoCopy): it lives in the article, which outlives each statement's execution.
#include <nlohmann/json.hpp>

#include <string_view>
#include <unordered_set>
#include <utility>

#include "store/library_statements.hpp"
#include "store/library_writer.hpp"
#include "util/json_text.hpp"

namespace rs::store {

namespace {

// Calls `chunk(first, count)` over [0, total) in chunks of at most MultiRowInsert::max_rows.
template <class Chunk>
void in_chunks(std::size_t total, Chunk&& chunk) {
  for (std::size_t first = 0; first < total; first += MultiRowInsert::max_rows) {
    chunk(first, std::min<std::size_t>(MultiRowInsert::max_rows, total - first));
  }
}

// Binds one exercise row of the multi-row insert `insert`, row `r`.
void bind_exercise(MultiRowInsert& insert, SQLite::Statement& statement, int r, std::int64_t article_id,
                   int level_rank, const model::ParsedExercise& exercise) {
  const auto at = [&](int column) { return insert.index(r, column); };
  statement.bind(at(0), article_id);
  statement.bind(at(1), level_rank);
  statement.bindNoCopy(at(2), exercise.name);
  statement.bindNoCopy(at(3), exercise.slug);
  statement.bind(at(4), exercise.column);
  statement.bind(at(5), exercise.position);
  if (exercise.video) {
    statement.bindNoCopy(at(6), model::to_string(exercise.video->provider).data());  // a literal
    statement.bindNoCopy(at(7), exercise.video->id);
    statement.bindNoCopy(at(8), exercise.video->url);
  } else {
    for (int column = 6; column <= 8; ++column) statement.bind(at(column));  // NULL
  }
  statement.bind(at(9), exercise.line);
}

}  // namespace

std::string exercise_names_json(const model::ParsedArticle& article) {
  std::string names = "[";
  std::unordered_set<std::string_view> seen;
  for (const auto& level : article.levels) {
    for (const auto& exercise : level.exercises) {
      if (!seen.insert(exercise.name).second) continue;
      if (seen.size() > 1) names.push_back(',');
      append_json_string(names, exercise.name);
    }
  }
  names.push_back(']');
  return names;
}

ArticleRows prepare_rows(const model::ParsedArticle& article) {
  ArticleRows rows;
  rows.front_matter = article.front_matter.dump();
  rows.names = exercise_names_json(article);
  rows.slugs = "[";
  for (const auto& level : article.levels) {
    for (const auto& exercise : level.exercises) {
      if (rows.exercises++ > 0) rows.slugs.push_back(',');
      append_json_string(rows.slugs, exercise.slug);
    }
  }
  rows.slugs.push_back(']');
  rows.videos = static_cast<int>(article.video_count());
  return rows;
}

void LibraryWriter::write_body(std::int64_t article_id, const model::ParsedArticle& article) {
  auto& insert_levels = statements_->insert_levels;
  in_chunks(article.levels.size(), [&](std::size_t first, std::size_t count) {
    auto& statement = insert_levels.rows(static_cast<int>(count));
    for (std::size_t r = 0; r < count; ++r) {
      const auto& level = article.levels[first + r];
      const auto at = [&](int column) { return insert_levels.index(static_cast<int>(r), column); };
      statement.bind(at(0), article_id);
      statement.bind(at(1), level.rank);
      statement.bindNoCopy(at(2), level.name);
      statement.bindNoCopy(at(3), level.slug);
      statement.bind(at(4), level.global_rank >= 0 ? level.global_rank : level.rank);
    }
    statement.exec();
  });
  // Exercises in order, in chunks that may span levels.
  std::vector<std::pair<const model::ParsedExercise*, int>> exercises;  // exercise, its level's rank
  exercises.reserve(article.exercise_count());
  for (const auto& level : article.levels) {
    for (const auto& exercise : level.exercises) exercises.emplace_back(&exercise, level.rank);
  }
  auto& insert_exercises = statements_->insert_exercises;
  in_chunks(exercises.size(), [&](std::size_t first, std::size_t count) {
    auto& statement = insert_exercises.rows(static_cast<int>(count));
    for (std::size_t r = 0; r < count; ++r) {
      const auto& [exercise, level_rank] = exercises[first + r];
      bind_exercise(insert_exercises, statement, static_cast<int>(r), article_id, level_rank, *exercise);
    }
    statement.exec();
  });
  auto& insert_tips = statements_->insert_tips;
  in_chunks(article.tips.size(), [&](std::size_t first, std::size_t count) {
    auto& statement = insert_tips.rows(static_cast<int>(count));
    for (std::size_t r = 0; r < count; ++r) {
      const auto& tip = article.tips[first + r];
      const auto at = [&](int column) { return insert_tips.index(static_cast<int>(r), column); };
      statement.bind(at(0), article_id);
      statement.bind(at(1), static_cast<int>(first + r) + 1);
      statement.bindNoCopy(at(2), tip.section);
      statement.bindNoCopy(at(3), tip.title);
      statement.bindNoCopy(at(4), tip.body);
    }
    statement.exec();
  });
}

}  // namespace rs::store

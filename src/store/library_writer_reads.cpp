// LibraryWriter's reads: what is stored for a file, per article or for every article at once.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <unordered_map>

#include "store/library_statements.hpp"
#include "store/library_writer.hpp"
#include "store/sql_error.hpp"

namespace rs::store {

std::optional<StoredArticle> LibraryWriter::find_by_source(const std::string& source_path) {
  return guard_sql("reading articles", [&] {
    auto& query = fresh(statements_->find_by_source);
    query.bind(1, source_path);
    return read_one(query);
  });
}

std::optional<StoredArticle> LibraryWriter::find_by_slug(const std::string& slug) {
  return guard_sql("reading articles", [&] {
    auto& query = fresh(statements_->find_by_slug);
    query.bind(1, slug);
    return read_one(query);
  });
}

std::vector<StoredArticle> LibraryWriter::all_articles() {
  return guard_sql("reading articles", [&] {
    SQLite::Statement query(db_.sql(),
                            "SELECT id, slug, source_path, content_hash, file_size, file_mtime_ns FROM articles "
                            "ORDER BY slug");
    std::vector<StoredArticle> articles;
    while (query.executeStep()) {
      articles.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(), query.getColumn(2).getString(),
                          query.getColumn(3).getString(), query.getColumn(4).getInt64(),
                          query.getColumn(5).getInt64()});
    }
    return articles;
  });
}

StoredCounts LibraryWriter::counts(std::int64_t article_id) {
  return guard_sql("reading articles", [&] {
    StoredCounts counts;
    auto& query = fresh(statements_->count_rows);
    query.bind(1, article_id);
    query.executeStep();
    counts.levels = query.getColumn(0).getInt();
    counts.exercises = query.getColumn(1).getInt();
    counts.tips = query.getColumn(2).getInt();
    query.reset();
    auto& videos = fresh(statements_->video_keys);
    videos.bind(1, article_id);
    while (videos.executeStep()) counts.videos.push_back(videos.getColumn(0).getString());
    return counts;
  });
}

std::unordered_map<std::string, StoredArticle> LibraryWriter::articles_by_source() {
  return guard_sql("reading articles", [&] {
    // Ascending, so the row find_by_source picks (latest updated_at, then highest id) comes last.
    SQLite::Statement query(db_.sql(),
                            "SELECT id, slug, source_path, content_hash, file_size, file_mtime_ns FROM articles "
                            "ORDER BY updated_at, id");
    std::unordered_map<std::string, StoredArticle> articles;
    while (query.executeStep()) {
      StoredArticle article{query.getColumn(0).getInt64(),  query.getColumn(1).getString(),
                            query.getColumn(2).getString(), query.getColumn(3).getString(),
                            query.getColumn(4).getInt64(),  query.getColumn(5).getInt64()};
      auto path = article.source_path;
      articles.insert_or_assign(std::move(path), std::move(article));
    }
    return articles;
  });
}

std::unordered_map<std::int64_t, StoredCounts> LibraryWriter::all_counts() {
  return guard_sql("reading articles", [&] {
    std::unordered_map<std::int64_t, StoredCounts> counts;
    for (const char* table : {"levels", "tips"}) {
      SQLite::Statement query(db_.sql(), std::string("SELECT article_id, count(*) FROM ") + table + " GROUP BY 1");
      while (query.executeStep()) {
        auto& entry = counts[query.getColumn(0).getInt64()];
        (table[0] == 'l' ? entry.levels : entry.tips) = query.getColumn(1).getInt();
      }
    }
    // One scan of the exercises; the distinct video keys of an article, in the order counts() gives
    // them, come from a sorted scan of (article, video) pairs.
    SQLite::Statement exercises(db_.sql(), "SELECT article_id, count(*) FROM exercises GROUP BY 1");
    while (exercises.executeStep())
      counts[exercises.getColumn(0).getInt64()].exercises = exercises.getColumn(1).getInt();
    SQLite::Statement videos(db_.sql(),
                             "SELECT DISTINCT e.article_id, v.provider || ':' || v.provider_id FROM exercises e "
                             "JOIN videos v ON v.id = e.video_id");
    while (videos.executeStep())
      counts[videos.getColumn(0).getInt64()].videos.push_back(videos.getColumn(1).getString());
    return counts;
  });
}

}  // namespace rs::store

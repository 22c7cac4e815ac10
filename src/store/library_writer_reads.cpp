// LibraryWriter's reads: what is stored for a file, per article or for every article at once.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <unordered_map>
#include <unordered_set>

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
    SQLite::Statement query(db_.sql(), "SELECT " + stored_article_columns + " FROM articles ORDER BY slug");
    std::vector<StoredArticle> articles;
    while (query.executeStep()) articles.push_back(read_article(query));
    return articles;
  });
}

std::vector<StoredArticle> LibraryWriter::articles_by_age() {
  return guard_sql("reading articles", [&] {
    SQLite::Statement query(db_.sql(), "SELECT " + stored_article_columns + " FROM articles ORDER BY updated_at, id");
    std::vector<StoredArticle> articles;
    while (query.executeStep()) articles.push_back(read_article(query));
    return articles;
  });
}

int LibraryWriter::distinct_videos(const std::unordered_set<std::int64_t>& article_ids,
                                   const std::set<VideoKey>& extra) {
  return guard_sql("counting videos", [&] {
    if (article_ids.empty()) return static_cast<int>(extra.size());
    std::unordered_set<std::int64_t> others;  // stored articles not in article_ids
    SQLite::Statement ids(db_.sql(), "SELECT id FROM articles");
    while (ids.executeStep()) {
      if (article_ids.count(ids.getColumn(0).getInt64()) == 0) others.insert(ids.getColumn(0).getInt64());
    }
    if (others.empty() && extra.empty()) return library_video_total();
    // True when an exercise of one of `article_ids` shows the video.
    const auto used = [&](const VideoKey& video) {
      bool found = false;
      visit_video_users(video, [&](std::int64_t article_id) {
        found = others.count(article_id) == 0;
        return !found;
      });
      return found;
    };
    int count = 0;
    if (others.size() <= article_ids.size()) {
      // Every video in use (one scan of exercises_video), less those only the other articles use.
      count = count_library_videos();
      std::set<VideoKey> theirs;
      for (const auto id : others) add_videos_of(id, theirs);
      for (const auto& video : theirs) count -= used(video) ? 0 : 1;
    } else {
      std::set<VideoKey> ours;
      for (const auto id : article_ids) add_videos_of(id, ours);
      count = static_cast<int>(ours.size());
    }
    for (const auto& video : extra) count += used(video) ? 0 : 1;
    return count;
  });
}

}  // namespace rs::store

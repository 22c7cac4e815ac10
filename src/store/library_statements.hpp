#pragma once
// The prepared statements of a LibraryWriter (shared by library_writer.cpp and
// library_writer_reads.cpp; not part of the store's interface).

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>

#include "store/library_writer.hpp"
#include "store/multi_row.hpp"

namespace rs::store {

/// The columns of `articles` a StoredArticle is read from (read_article()), in its order.
inline const std::string stored_article_columns =
    "id, slug, source_path, content_hash, file_size, file_mtime_ns, level_count, exercise_count, video_count, "
    "tip_count";

/// The StoredArticle of the current row of a query selecting stored_article_columns first.
inline StoredArticle read_article(SQLite::Statement& query) {
  return {query.getColumn(0).getInt64(),
          query.getColumn(1).getString(),
          query.getColumn(2).getString(),
          query.getColumn(3).getString(),
          query.getColumn(4).getInt64(),
          query.getColumn(5).getInt64(),
          {query.getColumn(6).getInt(), query.getColumn(7).getInt(), query.getColumn(8).getInt(),
           query.getColumn(9).getInt()}};
}

struct LibraryWriter::Statements {
  explicit Statements(SQLite::Database& db)
      : find_by_source(db, "SELECT " + stored_article_columns +
                               " FROM articles WHERE source_path = ? ORDER BY updated_at DESC, id DESC LIMIT 1"),
        find_by_slug(db, "SELECT " + stored_article_columns + " FROM articles WHERE slug = ?"),
        insert_article(db,
                       "INSERT INTO articles (slug, title, description, front_matter, source_path, content_hash, "
                       "file_size, file_mtime_ns, published_date, draft, imported_at, updated_at, level_count, "
                       "exercise_count, video_count, tip_count) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, ?13, ?14, ?15)"),
        update_article(db,
                       "UPDATE articles SET title = ?2, description = ?3, front_matter = ?4, source_path = ?5, "
                       "content_hash = ?6, file_size = ?7, file_mtime_ns = ?8, published_date = ?9, draft = ?10, "
                       "updated_at = ?11, level_count = ?12, exercise_count = ?13, video_count = ?14, "
                       "tip_count = ?15 WHERE id = ?1"),
        refresh_stat(db, "UPDATE articles SET file_size = ?2, file_mtime_ns = ?3 WHERE id = ?1"),
        same_source(db, "SELECT id, slug FROM articles WHERE source_path = ? AND id <> ?"),
        delete_levels(db, "DELETE FROM levels WHERE article_id = ?"),
        // An exercise the new version keeps (same slug) keeps its row and id: the upsert below
        // rewrites only what changed, so an edit of an article's text touches no exercise index.
        delete_exercises(db,
                         "DELETE FROM exercises WHERE article_id = ?1 "
                         "AND slug NOT IN (SELECT value FROM json_each(?2))"),
        delete_tips(db, "DELETE FROM tips WHERE article_id = ?"),
        delete_article(db, "DELETE FROM articles WHERE id = ?"),
        article_videos(db,
                       "SELECT DISTINCT video_provider, video_id FROM exercises "
                       "WHERE article_id = ? AND video_id IS NOT NULL"),
        video_users(db, "SELECT article_id FROM exercises WHERE video_id = ?2 AND video_provider = ?1"),
        kept_video_total(db, "SELECT value FROM library_meta WHERE key = 'video_total'"),
        forget_video_total(db, "DELETE FROM library_meta WHERE key = 'video_total'"),
        savepoint(db, "SAVEPOINT article"),
        release(db, "RELEASE article"),
        insert_levels(db, "INSERT INTO levels (article_id, rank, name, slug, global_rank)", 5, ""),
        insert_exercises(db,
                         "INSERT INTO exercises (article_id, level_rank, name, slug, column_number, position, "
                         "video_provider, video_id, video_url, source_line)",
                         10,
                         "ON CONFLICT (article_id, slug) DO UPDATE SET level_rank = excluded.level_rank, "
                         "name = excluded.name, column_number = excluded.column_number, position = excluded.position, "
                         "video_provider = excluded.video_provider, video_id = excluded.video_id, "
                         "video_url = excluded.video_url, source_line = excluded.source_line "
                         "WHERE (level_rank, name, column_number, position, video_provider, video_id, video_url, "
                         "source_line) IS NOT (excluded.level_rank, excluded.name, excluded.column_number, "
                         "excluded.position, excluded.video_provider, excluded.video_id, excluded.video_url, "
                         "excluded.source_line)"),
        insert_tips(db, "INSERT INTO tips (article_id, position, section, title, body)", 5, "") {}

  SQLite::Statement find_by_source, find_by_slug, insert_article, update_article, refresh_stat, same_source,
      delete_levels, delete_exercises, delete_tips, delete_article, article_videos, video_users, kept_video_total,
      forget_video_total, savepoint, release;
  MultiRowInsert insert_levels, insert_exercises, insert_tips;
};

// Resets a reused statement before binding. tryReset, because reset() would rethrow the error of
// the statement's last failed step (e.g. after a rolled-back write).
inline SQLite::Statement& fresh(SQLite::Statement& statement) {
  statement.tryReset();
  statement.clearBindings();
  return statement;
}

// Calls `visit(article_id)` for each exercise that shows `video` (through exercises_video), until
// `visit` returns false.
template <class Visit>
void LibraryWriter::visit_video_users(const VideoKey& video, Visit&& visit) {
  auto& users = fresh(statements_->video_users);
  users.bind(1, video.first);
  users.bind(2, video.second);
  while (users.executeStep()) {
    if (!visit(users.getColumn(0).getInt64())) return;
  }
}

inline std::optional<StoredArticle> read_one(SQLite::Statement& query) {
  if (!query.executeStep()) return std::nullopt;
  auto article = read_article(query);
  query.reset();
  return article;
}

}  // namespace rs::store

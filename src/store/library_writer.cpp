#include "store/library_writer.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <ctime>

#include "store/sql_error.hpp"
#include "util/error.hpp"

namespace rs::store {

struct LibraryWriter::Statements {
  explicit Statements(SQLite::Database& db)
      : find_by_source(db, "SELECT id, slug, source_path, content_hash, file_size, file_mtime_ns FROM articles "
                           "WHERE source_path = ? ORDER BY updated_at DESC, id DESC LIMIT 1"),
        find_by_slug(db, "SELECT id, slug, source_path, content_hash, file_size, file_mtime_ns FROM articles "
                         "WHERE slug = ?"),
        insert_article(db, "INSERT INTO articles (slug, title, description, front_matter, source_path, content_hash, "
                           "file_size, file_mtime_ns, published_date, draft, imported_at, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)"),
        update_article(db, "UPDATE articles SET title = ?2, description = ?3, front_matter = ?4, source_path = ?5, "
                           "content_hash = ?6, file_size = ?7, file_mtime_ns = ?8, published_date = ?9, draft = ?10, "
                           "updated_at = ?11 WHERE id = ?1"),
        refresh_stat(db, "UPDATE articles SET file_size = ?2, file_mtime_ns = ?3 WHERE id = ?1"),
        same_source(db, "SELECT id, slug FROM articles WHERE source_path = ? AND id <> ?"),
        delete_levels(db, "DELETE FROM levels WHERE article_id = ?"),
        delete_exercises(db, "DELETE FROM exercises WHERE article_id = ?"),
        delete_tips(db, "DELETE FROM tips WHERE article_id = ?"),
        delete_article(db, "DELETE FROM articles WHERE id = ?"),
        insert_level(db, "INSERT INTO levels (article_id, name, slug, rank) VALUES (?, ?, ?, ?)"),
        upsert_video(db, "INSERT INTO videos (provider, provider_id, url) VALUES (?, ?, ?) "
                         "ON CONFLICT (provider, provider_id) DO UPDATE SET url = excluded.url RETURNING id"),
        insert_exercise(db, "INSERT INTO exercises (article_id, level_id, name, slug, column_number, position, "
                            "video_id, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        insert_tip(db, "INSERT INTO tips (article_id, section, title, body, position) VALUES (?, ?, ?, ?, ?)"),
        delete_orphan_videos(db, "DELETE FROM videos WHERE NOT EXISTS "
                                 "(SELECT 1 FROM exercises e WHERE e.video_id = videos.id)") {}

  SQLite::Statement find_by_source, find_by_slug, insert_article, update_article, refresh_stat, same_source,
      delete_levels, delete_exercises, delete_tips, delete_article, insert_level, upsert_video, insert_exercise,
      insert_tip, delete_orphan_videos;
};

namespace {

// Resets a reused statement before binding. tryReset, because reset() would rethrow the error of
// the statement's last failed step (e.g. after a rolled-back write).
SQLite::Statement& fresh(SQLite::Statement& statement) {
  statement.tryReset();
  statement.clearBindings();
  return statement;
}

std::optional<StoredArticle> read_one(SQLite::Statement& query) {
  if (!query.executeStep()) return std::nullopt;
  StoredArticle article{query.getColumn(0).getInt64(),  query.getColumn(1).getString(),
                        query.getColumn(2).getString(), query.getColumn(3).getString(),
                        query.getColumn(4).getInt64(),  query.getColumn(5).getInt64()};
  query.reset();
  return article;
}

void bind_optional(SQLite::Statement& statement, int index, const std::optional<std::string>& value) {
  if (value) {
    statement.bind(index, *value);
  } else {
    statement.bind(index);
  }
}

// Runs `body` inside BEGIN IMMEDIATE ... COMMIT, rolling back on any exception.
template <class Body>
void in_transaction(SQLite::Database& db, const std::string& doing, Body&& body) {
  guard_sql(doing, [&] { db.exec("BEGIN IMMEDIATE"); });
  try {
    guard_sql(doing, body);
    guard_sql(doing, [&] { db.exec("COMMIT"); });
  } catch (...) {
    try {
      db.exec("ROLLBACK");
    } catch (const SQLite::Exception&) {  // already rolled back by SQLite itself
    }
    throw;
  }
}

}  // namespace

LibraryWriter::LibraryWriter(Database& db)
    : db_(db), statements_(guard_sql("preparing the import", [&] { return std::make_unique<Statements>(db.sql()); })) {}

LibraryWriter::~LibraryWriter() = default;

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
      articles.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                          query.getColumn(2).getString(), query.getColumn(3).getString(),
                          query.getColumn(4).getInt64(), query.getColumn(5).getInt64()});
    }
    return articles;
  });
}

StoredCounts LibraryWriter::counts(std::int64_t article_id) {
  return guard_sql("reading articles", [&] {
    StoredCounts counts;
    SQLite::Statement query(db_.sql(),
                            "SELECT (SELECT count(*) FROM levels WHERE article_id = ?1), "
                            "(SELECT count(*) FROM exercises WHERE article_id = ?1), "
                            "(SELECT count(*) FROM tips WHERE article_id = ?1)");
    query.bind(1, article_id);
    query.executeStep();
    counts.levels = query.getColumn(0).getInt();
    counts.exercises = query.getColumn(1).getInt();
    counts.tips = query.getColumn(2).getInt();
    SQLite::Statement videos(db_.sql(),
                             "SELECT DISTINCT v.provider || ':' || v.provider_id FROM exercises e "
                             "JOIN videos v ON v.id = e.video_id WHERE e.article_id = ?");
    videos.bind(1, article_id);
    while (videos.executeStep()) counts.videos.push_back(videos.getColumn(0).getString());
    return counts;
  });
}

void LibraryWriter::refresh_file_stat(std::int64_t article_id, std::int64_t size, std::int64_t mtime_ns) {
  guard_sql("recording file times", [&] {
    auto& update = fresh(statements_->refresh_stat);
    update.bind(1, article_id);
    update.bind(2, size);
    update.bind(3, mtime_ns);
    update.exec();
  });
}

WriteResult LibraryWriter::write(const importer::ParsedArticle& article, const SourceFile& source,
                                 const std::string& now, const std::function<void(std::int64_t)>& before_commit) {
  WriteResult result;
  in_transaction(db_.sql(), "writing article " + article.slug, [&] {
    result = WriteResult{};
    const auto existing = find_by_slug(article.slug);
    auto& statement = fresh(existing ? statements_->update_article : statements_->insert_article);
    if (existing) {
      statement.bind(1, existing->id);
    } else {
      statement.bind(1, article.slug);
    }
    statement.bind(2, article.title);
    bind_optional(statement, 3, article.description);
    statement.bind(4, article.front_matter.dump());
    statement.bind(5, source.path);
    statement.bind(6, source.content_hash);
    statement.bind(7, source.size);
    statement.bind(8, source.mtime_ns);
    bind_optional(statement, 9, article.published_date);
    statement.bind(10, article.draft ? 1 : 0);
    statement.bind(11, now);
    statement.exec();
    const std::int64_t id = existing ? existing->id : db_.sql().getLastInsertRowid();
    result.inserted = !existing;
    if (existing) {
      for (auto* clear : {&statements_->delete_exercises, &statements_->delete_levels, &statements_->delete_tips}) {
        fresh(*clear).bind(1, id);
        clear->exec();
      }
    }
    auto& same = fresh(statements_->same_source);
    same.bind(1, source.path);
    same.bind(2, id);
    std::vector<std::int64_t> displaced;
    while (same.executeStep()) {
      displaced.push_back(same.getColumn(0).getInt64());
      result.displaced.push_back(same.getColumn(1).getString());
    }
    for (const std::int64_t other : displaced) {
      fresh(statements_->delete_article).bind(1, other);
      statements_->delete_article.exec();
    }
    write_body(id, article);
    fresh(statements_->delete_orphan_videos).exec();
    if (before_commit) before_commit(id);
  });
  return result;
}

void LibraryWriter::write_body(std::int64_t article_id, const importer::ParsedArticle& article) {
  for (const auto& level : article.levels) {
    auto& insert_level = fresh(statements_->insert_level);
    insert_level.bind(1, article_id);
    insert_level.bind(2, level.name);
    insert_level.bind(3, level.slug);
    insert_level.bind(4, level.rank);
    insert_level.exec();
    const std::int64_t level_id = db_.sql().getLastInsertRowid();
    for (const auto& exercise : level.exercises) {
      std::optional<std::int64_t> video_id;
      if (exercise.video) {
        auto& upsert = fresh(statements_->upsert_video);
        upsert.bind(1, std::string(model::to_string(exercise.video->provider)));
        upsert.bind(2, exercise.video->id);
        upsert.bind(3, exercise.video->url);
        if (!upsert.executeStep()) throw Error("storing video " + exercise.video->url + " returned no row");
        video_id = upsert.getColumn(0).getInt64();
        upsert.reset();
      }
      auto& insert = fresh(statements_->insert_exercise);
      insert.bind(1, article_id);
      insert.bind(2, level_id);
      insert.bind(3, exercise.name);
      insert.bind(4, exercise.slug);
      insert.bind(5, exercise.column);
      insert.bind(6, exercise.position);
      if (video_id) insert.bind(7, *video_id);
      insert.bind(8, exercise.line);
      insert.exec();
    }
  }
  int position = 0;
  for (const auto& tip : article.tips) {
    auto& insert = fresh(statements_->insert_tip);
    insert.bind(1, article_id);
    insert.bind(2, tip.section);
    insert.bind(3, tip.title);
    insert.bind(4, tip.body);
    insert.bind(5, ++position);
    insert.exec();
  }
}

void LibraryWriter::remove(std::int64_t article_id) {
  in_transaction(db_.sql(), "removing an article", [&] {
    fresh(statements_->delete_article).bind(1, article_id);
    statements_->delete_article.exec();
    fresh(statements_->delete_orphan_videos).exec();
  });
}

std::string utc_now_iso8601() {
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return buffer;
}

}  // namespace rs::store

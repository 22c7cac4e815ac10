#include "store/library_writer.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include "store/library_indexes.hpp"
#include "store/library_statements.hpp"
#include "store/sql_error.hpp"
#include "store/transaction.hpp"
#include "util/error.hpp"

namespace rs::store {

namespace {

void bind_optional(SQLite::Statement& statement, int index, const std::optional<std::string>& value) {
  if (value) {
    statement.bindNoCopy(index, *value);
  } else {
    statement.bind(index);
  }
}

// Runs `body` in one write Transaction (the store's idiom), rolling back on any exception.
template <class Body>
void write_atomically(SQLite::Database& db, const std::string& doing, Body&& body) {
  guard_sql(doing, [&] {
    Transaction transaction(db, TransactionMode::write, "article_write");
    body();
    transaction.commit();
  });
}

// Runs `body` inside SAVEPOINT ... RELEASE within the open batch transaction, rolling back to the
// savepoint on any exception. When SQLite itself rolled the whole transaction back (disk full, I/O
// error), `batch_open` becomes false and `batch_lost` true: the batch's earlier articles are gone.
template <class Body>
void in_savepoint(SQLite::Database& db, LibraryWriter::Statements& statements, const std::string& doing,
                  bool& batch_open, bool& batch_lost, Body&& body) {
  guard_sql(doing, [&] { fresh(statements.savepoint).exec(); });
  try {
    guard_sql(doing, body);
    guard_sql(doing, [&] { fresh(statements.release).exec(); });
  } catch (...) {
    if (sqlite3_get_autocommit(db.getHandle()) != 0) {
      batch_open = false;
      batch_lost = true;
      throw;
    }
    try {
      db.exec("ROLLBACK TO article");
      db.exec("RELEASE article");
    } catch (const SQLite::Exception&) {  // nothing more to undo
    }
    throw;
  }
}

}  // namespace

template <class Body>
void LibraryWriter::atomically(const std::string& doing, Body&& body) {
  if (batch_open_) {
    in_savepoint(db_.sql(), *statements_, doing, batch_open_, batch_lost_, body);
  } else {
    write_atomically(db_.sql(), doing, body);
  }
}

void LibraryWriter::begin_batch() {
  if (batch_open_) return;
  batch_.reset();  // a batch SQLite rolled back by itself: nothing left to undo
  guard_sql("starting to write articles",
            [&] { batch_ = std::make_unique<Transaction>(db_.sql(), TransactionMode::write, "article_batch"); });
  batch_open_ = true;
  if (emptiness_checked_) return;
  emptiness_checked_ = true;
  // A first import into an empty library sorts its exercises into the secondary indexes once, at
  // the end, instead of inserting them one at a time (store/library_indexes.hpp).
  if (library_is_empty(db_)) {
    drop_deferrable_indexes(db_);
    indexes_deferred_ = true;
    // Without those indexes every insert lands at the end of its table or key: a small page
    // cache holds all the pages they touch.
    guard_sql("preparing the import", [&] { db_.sql().exec("PRAGMA cache_size = -4096"); });
  }
}

int LibraryWriter::finish(const std::unordered_set<std::int64_t>& counted) {
  // A run that wrote nothing still keeps a total it had to count (after an upgrade, say).
  const bool total_kept = guard_sql("counting videos", [&] { return kept_video_total().has_value(); });
  if (!batch_open_ && !counted.empty() && !total_kept) begin_batch();
  if (indexes_deferred_) {
    // The run's articles first; then the indexes in a transaction of their own, sorted in small
    // runs on two threads (the reading threads are done) and spilled to temporary files: measured
    // on 437,000 exercises, 0.4 s and 21 MB instead of 1.1 s and 52 MB with the import's settings.
    commit_batch();
    if (!in_transaction(db_.sql())) {
      guard_sql("building the library's indexes", [&] {
        db_.sql().exec("PRAGMA temp_store = FILE");
        db_.sql().exec("PRAGMA cache_size = -4096");
        db_.sql().exec("PRAGMA threads = 2");
      });
    }
    begin_batch();
    ensure_library_indexes(db_.sql());
    indexes_deferred_ = false;
  }
  const int videos = distinct_videos(counted, {});
  commit_batch();
  return videos;
}

void LibraryWriter::commit_batch() {
  if (!batch_open_) {
    batch_.reset();
    return;
  }
  batch_open_ = false;
  auto batch = std::move(batch_);
  try {
    guard_sql("committing articles", [&] { batch->commit(); });  // rolls back when it fails
  } catch (...) {
    batch_lost_ = true;
    throw;
  }
}

LibraryWriter::LibraryWriter(Database& db)
    : db_(db), statements_(guard_sql("preparing the import", [&] { return std::make_unique<Statements>(db.sql()); })) {
  // A page cache that holds the indexes an import inserts into at random places (video and
  // exercise slugs) instead of SQLite's default 2 MB, and savepoint journals in memory (one
  // article's pages at a time) rather than in a temporary file.
  tune_for_import(db);
}

LibraryWriter::~LibraryWriter() {
  // Articles written in an open batch were each complete: keep them (a failing commit rolls back),
  // and give back the indexes a stopped first import left for its end.
  try {
    if (batch_open_) batch_->commit();
  } catch (const SQLite::Exception&) {  // rolled back by commit()
  }
  try {
    if (indexes_deferred_) ensure_library_indexes(db_.sql());
  } catch (const std::exception&) {  // the next read-write open of the library builds them
  }
}

void LibraryWriter::refresh_file_stat(std::int64_t article_id, std::int64_t size, std::int64_t mtime_ns) {
  atomically("recording file times", [&] {
    auto& update = fresh(statements_->refresh_stat);
    update.bind(1, article_id);
    update.bind(2, size);
    update.bind(3, mtime_ns);
    update.exec();
  });
}

WriteResult LibraryWriter::write(const model::ParsedArticle& article, const SourceFile& source,
                                 const std::string& now, const std::function<void(std::int64_t)>& before_commit) {
  return write(article, prepare_rows(article), source, now, before_commit);
}

WriteResult LibraryWriter::write(const model::ParsedArticle& article, const ArticleRows& rows,
                                 const SourceFile& source, const std::string& now,
                                 const std::function<void(std::int64_t)>& before_commit) {
  WriteResult result;
  atomically("writing article " + article.slug, [&] {
    result = WriteResult{};
    const auto existing = find_by_slug(article.slug);
    auto& statement = fresh(existing ? statements_->update_article : statements_->insert_article);
    if (existing) {
      statement.bind(1, existing->id);
    } else {
      statement.bindNoCopy(1, article.slug);
    }
    statement.bindNoCopy(2, article.title);
    bind_optional(statement, 3, article.description);
    statement.bindNoCopy(4, rows.front_matter);
    statement.bindNoCopy(5, source.path);
    statement.bindNoCopy(6, source.content_hash);
    statement.bind(7, source.size);
    statement.bind(8, source.mtime_ns);
    bind_optional(statement, 9, article.published_date);
    statement.bind(10, article.draft ? 1 : 0);
    statement.bindNoCopy(11, now);
    statement.bind(12, static_cast<std::int64_t>(article.levels.size()));
    statement.bind(13, rows.exercises);
    statement.bind(14, rows.videos);
    statement.bind(15, static_cast<std::int64_t>(article.tips.size()));
    statement.exec();
    const std::int64_t id = existing ? existing->id : db_.sql().getLastInsertRowid();
    result.id = id;
    result.inserted = !existing;
    result.touched.push_back(id);
    note_old_videos(id);  // before its rows go (a new article has none)
    if (existing) {
      for (auto* clear : {&statements_->delete_levels, &statements_->delete_tips}) {
        fresh(*clear).bind(1, id);
        clear->exec();
      }
      auto& gone = fresh(statements_->delete_exercises);  // those the new version no longer has
      gone.bind(1, id);
      gone.bind(2, rows.slugs.empty() ? std::string("[]") : rows.slugs);  // empty: rows made elsewhere
      gone.exec();
    }
    auto& same = fresh(statements_->same_source);
    same.bind(1, source.path);
    same.bind(2, id);
    std::vector<std::int64_t> displaced;
    while (same.executeStep()) {
      displaced.push_back(same.getColumn(0).getInt64());
      result.touched.push_back(displaced.back());
      result.displaced.push_back(same.getColumn(1).getString());
    }
    for (const std::int64_t other : displaced) {
      note_old_videos(other);
      fresh(statements_->delete_article).bind(1, other);
      statements_->delete_article.exec();
    }
    write_body(id, article);
    forget_video_total();
    if (before_commit) before_commit(id);
  });
  return result;
}

void LibraryWriter::remove(std::int64_t article_id) {
  atomically("removing an article", [&] {
    note_old_videos(article_id);
    fresh(statements_->delete_article).bind(1, article_id);
    statements_->delete_article.exec();
    forget_video_total();
  });
}

void tune_for_import(Database& db) {
  if (in_transaction(db.sql())) return;  // temp_store cannot change inside a transaction
  guard_sql("preparing the import", [&] {
    db.sql().exec("PRAGMA cache_size = -16384");
    db.sql().exec("PRAGMA temp_store = MEMORY");
  });
}

}  // namespace rs::store

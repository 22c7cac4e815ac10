#pragma once
// Writing imported articles into the library: each article atomically (its own IMMEDIATE
// transaction, or its own SAVEPOINT inside a batch transaction), replacing its levels, exercises
// (each with its video) and tips. Prepared statements are reused across articles.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "model/parsed_article.hpp"
#include "store/database.hpp"

namespace rs::store {

class Transaction;

/// What a stored article holds, for reports of unchanged files: the counts written with it
/// (articles.level_count, exercise_count, video_count, tip_count).
struct StoredCounts {
  int levels = 0;     ///< Levels.
  int exercises = 0;  ///< Exercises.
  int videos = 0;     ///< Distinct videos of its exercises.
  int tips = 0;       ///< Tips.
};

/// An article row as the importer needs it to decide "unchanged" and to report it.
struct StoredArticle {
  std::int64_t id = 0;             ///< Row id.
  std::string slug;                ///< Identity.
  std::string source_path;         ///< Absolute path of the file it came from.
  std::string content_hash;        ///< SHA-256 hex of the file's bytes.
  std::int64_t file_size = 0;      ///< Bytes at the last import.
  std::int64_t file_mtime_ns = 0;  ///< Modification time at the last import.
  StoredCounts counts;             ///< What it holds.
};

/// A video by identity: provider ("youtube", "vimeo") and provider id.
using VideoKey = std::pair<std::string, std::string>;

/// Where a file came from and what it held.
struct SourceFile {
  std::string path;           ///< Absolute path, stored as source_path.
  std::string content_hash;   ///< SHA-256 hex of its bytes.
  std::int64_t size = 0;      ///< Bytes.
  std::int64_t mtime_ns = 0;  ///< Modification time.
};

/// Result of write().
struct WriteResult {
  std::int64_t id = 0;                 ///< Row id of the article written.
  bool inserted = false;               ///< A new article (else an existing one was replaced).
  std::vector<std::string> displaced;  ///< Slugs of other articles that came from the same file, removed.
  std::vector<std::int64_t> touched;   ///< Ids of the articles written or removed (this one, the displaced).
};

/// What the writer binds for an article beyond its parsed fields, made from the article by
/// prepare_rows() on the thread that parsed it, so that the writing thread only binds and steps.
struct ArticleRows {
  std::string front_matter;  ///< The front matter as JSON text (articles.front_matter).
  std::string names;         ///< The article's distinct exercise names, as a JSON array, in order.
  std::string slugs;         ///< The article's exercise slugs, as a JSON array.
  int exercises = 0;         ///< Number of exercises.
  int videos = 0;            ///< Number of distinct videos.
};

/// The article's distinct exercise names, in order of first appearance, as a JSON array.
std::string exercise_names_json(const model::ParsedArticle& article);

/// The rows of `article` as write() binds them. Pure: safe on any thread.
ArticleRows prepare_rows(const model::ParsedArticle& article);

/// Writes articles into one library. Not thread-safe; one per import run.
class LibraryWriter {
 public:
  /// Prepares the statements on `db`.
  explicit LibraryWriter(Database& db);
  ~LibraryWriter();
  LibraryWriter(const LibraryWriter&) = delete;
  LibraryWriter& operator=(const LibraryWriter&) = delete;

  /// The article last imported from `source_path`, if any.
  std::optional<StoredArticle> find_by_source(const std::string& source_path);
  /// The article with this slug, if any.
  std::optional<StoredArticle> find_by_slug(const std::string& slug);
  /// Every stored article.
  std::vector<StoredArticle> all_articles();
  /// Every stored article, oldest write first (updated_at, then id): for each source path, the
  /// last one of that path is the article find_by_source gives (one query).
  std::vector<StoredArticle> articles_by_age();
  /// The number of distinct videos over the exercises of the stored articles `article_ids` and
  /// the videos `extra` (stored or not). When `article_ids` are every stored article, the total
  /// kept in library_meta since the last write (stored there when a batch is open), else one index
  /// scan; otherwise work in proportion to the exercises of the smaller of `article_ids` and the
  /// other stored articles, plus one lookup per `extra` video.
  int distinct_videos(const std::unordered_set<std::int64_t>& article_ids, const std::set<VideoKey>& extra);

  /// Records a new size and mtime for an article whose bytes did not change (so the next run can
  /// skip it without hashing). Leaves updated_at alone.
  void refresh_file_stat(std::int64_t article_id, std::int64_t size, std::int64_t mtime_ns);

  /// Inserts or replaces `article` (identity: slug) in one IMMEDIATE transaction; other articles
  /// previously imported from the same file are removed in it, and `before_commit` (when set) is
  /// called with the article's id to add rows of its own (the exercises' attributes). On any error
  /// the transaction is rolled back, the library is unchanged, and rs::Error is thrown. `now` is
  /// UTC ISO 8601.
  WriteResult write(const model::ParsedArticle& article, const SourceFile& source, const std::string& now,
                    const std::function<void(std::int64_t article_id)>& before_commit = {});
  /// write() with the article's rows already prepared (prepare_rows(article)).
  WriteResult write(const model::ParsedArticle& article, const ArticleRows& rows, const SourceFile& source,
                    const std::string& now, const std::function<void(std::int64_t article_id)>& before_commit = {});

  /// Deletes an article (its levels, exercises and tips cascade), in one transaction.
  void remove(std::int64_t article_id);

  /// Opens a batch: until commit_batch(), writes share one IMMEDIATE transaction (fewer commits),
  /// each article still in its own SAVEPOINT, so a failed article rolls back alone and a crash
  /// leaves every article entirely old or entirely new. An open batch is committed by the destructor.
  void begin_batch();
  /// Commits the open batch (nothing when none is open).
  void commit_batch();
  /// Ends a run: builds the indexes a first import into an empty library left for the end
  /// (store/library_indexes.hpp), counts the distinct videos of `counted` (distinct_videos) and
  /// commits, all in the run's last transaction. Returns the count.
  int finish(const std::unordered_set<std::int64_t>& counted);
  /// True while a batch is open.
  [[nodiscard]] bool in_batch() const { return batch_open_; }
  /// True when SQLite rolled a batch back as a whole (disk full, I/O error): the articles written
  /// in it since its start are not in the library.
  [[nodiscard]] bool batch_lost() const { return batch_lost_; }

  /// The prepared statements (store/library_statements.hpp).
  struct Statements;

 private:
  template <class Body>
  void atomically(const std::string& doing, Body&& body);
  void write_body(std::int64_t article_id, const model::ParsedArticle& article);
  void forget_video_total();
  std::optional<int> kept_video_total();
  int count_library_videos();
  void add_videos_of(std::int64_t article_id, std::set<VideoKey>& into);
  template <class Visit>
  void visit_video_users(const VideoKey& video, Visit&& visit);
  int library_video_total();
  void note_old_videos(std::int64_t article_id);
  std::optional<int> tracked_video_total();
  Database& db_;
  std::unique_ptr<Statements> statements_;
  std::unique_ptr<Transaction> batch_;  // the open batch, when one is
  bool batch_open_ = false;
  bool batch_lost_ = false;
  bool total_forgotten_ = false;    // the open batch already deleted the kept video total
  bool emptiness_checked_ = false;  // the first batch looked at whether the library was empty
  bool indexes_deferred_ = false;   // it was: the deferrable indexes are dropped until finish()
  // The library's distinct-video total, followed through this writer's writes so that a run that
  // changed a few articles need not count every video again (library_video_total.cpp).
  struct VideoTracking {
    bool started = false;                  // the first write read the kept total
    std::optional<int> start_total;        // the total kept before the first write, if any
    long long data_version = 0;            // PRAGMA data_version then: another process's commit ends tracking
    std::set<VideoKey> old_keys;           // videos of articles as they were before this writer touched them
    std::unordered_set<std::int64_t> before_noted;  // articles whose videos old_keys holds
    std::unordered_set<std::int64_t> touched;       // every article written or removed
  } tracking_;
};

/// Sets the connection up for bulk writes (a larger page cache, savepoint journals in memory).
/// Does nothing inside an open transaction (SQLite refuses to change temp_store there): a dry run
/// calls it before its outer transaction.
void tune_for_import(Database& db);


}  // namespace rs::store

// The library's distinct-video total (the import report's "N videos"): kept in library_meta under
// 'video_total' between runs, forgotten by every article written or removed, and after a run that
// changed a few articles worked out from the videos those articles had and have, instead of
// counting the 200,000 videos of a large library again. A video is in use after the run when some
// exercise shows it; it was in use before when an article the run touched showed it then, or an
// article the run did not touch shows it now (untouched articles are as they were).
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <string>

#include "store/library_statements.hpp"
#include "store/library_writer.hpp"
#include "store/sql_error.hpp"

namespace rs::store {

namespace {

// Past this many videos to look up, counting them all again is cheaper.
constexpr std::size_t most_tracked_videos = 20000;

long long data_version(SQLite::Database& db) { return db.execAndGet("PRAGMA data_version").getInt64(); }

}  // namespace

std::optional<int> LibraryWriter::kept_video_total() {
  auto& kept = fresh(statements_->kept_video_total);
  if (!kept.executeStep()) return std::nullopt;
  return std::stoi(kept.getColumn(0).getString());
}

int LibraryWriter::count_library_videos() {
  return db_.sql()
      .execAndGet("SELECT count(*) FROM (SELECT DISTINCT video_id, video_provider FROM exercises "
                  "WHERE video_id IS NOT NULL)")
      .getInt();
}

void LibraryWriter::add_videos_of(std::int64_t article_id, std::set<VideoKey>& into) {
  auto& query = fresh(statements_->article_videos);
  query.bind(1, article_id);
  while (query.executeStep()) into.emplace(query.getColumn(0).getString(), query.getColumn(1).getString());
}

void LibraryWriter::note_old_videos(std::int64_t article_id) {
  auto& tracking = tracking_;
  if (!tracking.started) {
    tracking.started = true;
    tracking.start_total = indexes_deferred_ ? std::nullopt : kept_video_total();
    tracking.data_version = data_version(db_.sql());
  }
  tracking.touched.insert(article_id);
  if (!tracking.start_total || tracking.old_keys.size() > most_tracked_videos) return;
  if (!tracking.before_noted.insert(article_id).second) return;  // already as it was before
  add_videos_of(article_id, tracking.old_keys);
}

std::optional<int> LibraryWriter::tracked_video_total() {
  auto& tracking = tracking_;
  if (!tracking.start_total || tracking.old_keys.size() > most_tracked_videos ||
      data_version(db_.sql()) != tracking.data_version) {
    return std::nullopt;
  }
  std::set<VideoKey> now_touched;  // the videos the touched articles show now
  for (const auto id : tracking.touched) {
    add_videos_of(id, now_touched);
    if (now_touched.size() > 2 * most_tracked_videos) return std::nullopt;
  }
  // A video the touched articles showed before and show now was in use and is: no change. The
  // others are looked up once each: in use now when any exercise shows it; in use before when a
  // touched article showed it then, or an untouched one shows it now.
  int total = *tracking.start_total;
  const auto settle = [&](const VideoKey& key, bool before_touched) {
    bool now = false, untouched = false;
    visit_video_users(key, [&](std::int64_t article_id) {
      now = true;
      untouched = tracking.touched.count(article_id) == 0;
      return !untouched;  // one untouched user is enough
    });
    total += (now ? 1 : 0) - (before_touched || untouched ? 1 : 0);
  };
  for (const auto& key : tracking.old_keys) {
    if (now_touched.count(key) == 0) settle(key, true);
  }
  for (const auto& key : now_touched) {
    if (tracking.old_keys.count(key) == 0) settle(key, false);
  }
  return total;
}

int LibraryWriter::library_video_total() {
  if (const auto kept = kept_video_total()) return *kept;
  auto total = tracked_video_total();
  if (!total) total = count_library_videos();
  // Kept until the next article written or removed (forget_video_total). Only inside a batch:
  // counting never waits for the write lock.
  if (batch_open_) {
    SQLite::Statement keep(db_.sql(),
                           "INSERT INTO library_meta (key, value) VALUES ('video_total', ?1) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    keep.bind(1, std::to_string(*total));
    keep.exec();
    total_forgotten_ = false;  // kept again: the batch's next write must delete it
  }
  return *total;
}

void LibraryWriter::forget_video_total() { fresh(statements_->forget_video_total).exec(); }

}  // namespace rs::store

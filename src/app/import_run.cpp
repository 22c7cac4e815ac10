#include "app/import_run.hpp"

#include <algorithm>
#include <chrono>
#include <exception>
#include <map>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "importer/article_error.hpp"
#include "importer/article_reader.hpp"
#include "importer/source_files.hpp"
#include "store/library_writer.hpp"
#include "util/date.hpp"
#include "util/ordered_pool.hpp"
#include "util/sha256.hpp"

namespace rs::app {

namespace {

void fill_counts(FileReport& file, const model::ParsedArticle& article, const store::ArticleRows& rows) {
  file.levels = static_cast<int>(article.levels.size());
  file.exercises = rows.exercises;
  file.videos = rows.videos;
  file.tips = static_cast<int>(article.tips.size());
}

void fill_counts(FileReport& file, const store::StoredCounts& counts) {
  file.levels = counts.levels;
  file.exercises = counts.exercises;
  file.videos = counts.videos;
  file.tips = counts.tips;
}

// What reading one file gave: its hash, and unless the bytes are the stored ones the article with
// its levels ranked and its rows prepared, so that the writing thread only binds and steps.
struct FileRead {
  std::string hash;                             // SHA-256 hex of the bytes
  bool same_bytes = false;                      // equal to the stored hash: not parsed
  std::optional<model::ParsedArticle> article;  // when not same_bytes
  store::ArticleRows rows;                      // the article's rows, when it has levels
  std::vector<model::Warning> rank_warnings;    // levels placed by default
};

// Gives the article's levels their global ranks (content/levels.yaml and the front matter's
// `levels` mapping); a level placed by default gives a warning at its heading.
void rank_article_levels(model::ParsedArticle& article, const attributes::LevelScale& scale,
                         std::vector<model::Warning>& warnings) {
  std::vector<std::string> names;
  for (const auto& level : article.levels) names.push_back(level.name);
  const auto& front = article.front_matter;
  const nlohmann::ordered_json mapping = front.is_object() && front.contains("levels") ? front["levels"] : nullptr;
  const auto ranks = attributes::rank_levels(names, mapping, scale);
  for (std::size_t i = 0; i < ranks.size(); ++i) {
    article.levels[i].global_rank = ranks[i].rank;
    if (ranks[i].warning) warnings.push_back({article.levels[i].line, *ranks[i].warning});
  }
}

// Reads, hashes and (unless its bytes are the stored ones) parses a file, ranks its levels on
// `levels` (when given) and prepares its rows. Pure: runs on workers.
FileRead read_file(const importer::SourceCandidate& source, const store::StoredArticle* stored,
                   const attributes::LevelScale* levels) {
  FileRead read;
  const std::string bytes = importer::read_bytes(source.absolute, source.display, importer::max_article_bytes);
  read.hash = sha256_hex(bytes);
  read.same_bytes = stored != nullptr && stored->content_hash == read.hash;
  if (read.same_bytes) return read;
  try {
    read.article = importer::read_article(bytes, source.display);
  } catch (const importer::ArticleError& error) {
    read.article = importer::read_site_page(bytes, source.display, error);  // a page of the site, skipped
    if (!read.article) throw;
  }
  if (read.article->levels.empty()) return read;
  if (levels != nullptr) rank_article_levels(*read.article, *levels, read.rank_warnings);
  read.rows = store::prepare_rows(*read.article);
  read.article->front_matter = nullptr;  // written from rows.front_matter: freed here, not by the writer
  return read;
}

// True when a file has the size and modification time stored with its article: it is not read.
bool same_stat(const store::StoredArticle& stored, const importer::FileStat& stat) {
  return stored.file_size == stat.size && stored.file_mtime_ns == stat.mtime_ns;
}

// What is known of a file before it is read: its stat, and the article stored from it.
struct FilePlan {
  importer::FileStat stat;
  std::exception_ptr stat_error;
  const store::StoredArticle* stored = nullptr;  // from the snapshot taken at the start
  std::optional<std::size_t> job;                // index of its read job
};

// Articles written in one batch transaction before it is committed (fewer commits, fewer WAL
// frames); each article stays atomic (its own savepoint). Bounded so other processes wait little.
constexpr std::size_t batch_articles = 256;

// The skip reason of a page with no exercises.
constexpr std::string_view not_strength_reason = "not a strength article";
constexpr auto batch_time = std::chrono::milliseconds(200);

class Run {
 public:
  Run(store::Database& db, const ImportOptions& options) : writer_(db), options_(options) {
    report_.dry_run = options.dry_run;
  }

  // Stats every file and looks up what is stored for it (one query for the whole library).
  void plan(const std::vector<importer::SourceCandidate>& sources) {
    stored_ = writer_.articles_by_age();
    for (const auto& article : stored_) snapshot_.insert_or_assign(article.source_path, &article);  // the latest
    plans_.resize(sources.size());
    for (std::size_t i = 0; i < sources.size(); ++i) {
      auto& plan = plans_[i];
      try {
        plan.stat = sources[i].stat ? *sources[i].stat : importer::stat_file(sources[i].absolute, sources[i].display);
      } catch (...) {
        plan.stat_error = std::current_exception();
        continue;
      }
      if (static_cast<std::uint64_t>(plan.stat.size) > importer::max_article_bytes) continue;
      const auto found = snapshot_.find(sources[i].absolute);
      if (found != snapshot_.end()) plan.stored = found->second;
      if (plan.stored == nullptr || !same_stat(*plan.stored, plan.stat)) {
        plan.job = job_files_.size();
        job_files_.push_back(i);
      }
    }
  }

  // Reads and parses the planned files on `threads` threads, ahead of the writer.
  void start_reading(const std::vector<importer::SourceCandidate>& sources, unsigned threads) {
    reads_.emplace(
        job_files_.size(), threads, LookAhead{},
        [this](std::size_t job) { return static_cast<std::size_t>(plans_[job_files_[job]].stat.size); },
        [this, &sources](std::size_t job) {
          const std::size_t i = job_files_[job];
          return read_file(sources[i], plans_[i].stored, options_.levels);
        });
  }

  void file(std::size_t index, const importer::SourceCandidate& source) {
    FileReport file;
    file.path = source.display;
    try {
      import_file(index, source, file);
    } catch (const importer::ArticleError& error) {
      file.status = FileStatus::failed;
      file.errors.push_back({error.line(), error.detail()});
    } catch (const Error& error) {
      // A library that stays locked is no fault of this file: stop the run with the busy error
      // (articles committed so far stay, each whole) instead of waiting again for every other file.
      if (error.kind() == ErrorKind::busy) throw;
      if (writer_.batch_lost()) {
        throw Error(std::string(error.what()) +
                    "; the import stopped and the articles written since its last commit were rolled back");
      }
      file.status = FileStatus::failed;
      std::string message = error.what();
      if (message.rfind(source.display + ": ", 0) == 0) message.erase(0, source.display.size() + 2);
      file.errors.push_back({0, message});
    }
    report_.files.push_back(std::move(file));
    if (writer_.in_batch() &&
        (written_in_batch_ >= batch_articles || std::chrono::steady_clock::now() - batch_start_ >= batch_time)) {
      writer_.commit_batch();
    }
  }

  void unusable(const importer::UnusablePath& problem) {
    FileReport file;
    file.path = problem.path;
    file.status = FileStatus::failed;
    file.errors.push_back({0, problem.reason});
    report_.files.push_back(std::move(file));
  }

  // The stored articles whose file is gone: those of the snapshot taken at the start that this run
  // neither saw nor wrote nor removed (an article it wrote came from a file it saw), by slug.
  void missing(const std::vector<std::filesystem::path>& roots) {
    std::vector<const store::StoredArticle*> unseen;
    for (const auto& article : stored_) {
      if (seen_sources_.count(article.source_path) == 0 && touched_.count(article.id) == 0) unseen.push_back(&article);
    }
    std::sort(unseen.begin(), unseen.end(), [](const auto* a, const auto* b) { return a->slug < b->slug; });
    for (const auto* stored : unseen) {
      const auto& article = *stored;
      const std::filesystem::path source(article.source_path);
      bool under = false;
      for (const auto& root : roots) under = under || importer::is_under(source, root);
      std::error_code error;
      // Only a file that is really gone is missing: one that cannot be checked (a folder that
      // cannot be read) is kept, so that --prune never deletes what it could not see.
      if (!under || std::filesystem::exists(source, error) || error) continue;
      FileReport file;
      file.path = article.source_path;
      file.slug = article.slug;
      file.status = FileStatus::missing;
      file.reason = "source file is gone";
      if (options_.prune) {
        writer_.remove(article.id);
        file.status = FileStatus::pruned;
      }
      report_.files.push_back(std::move(file));
    }
  }

  // Ends the run's writing, with the run's distinct videos: those of the stored articles it counted
  // (unchanged or written).
  void finish() { report_.videos = writer_.finish(counted_); }

  ImportReport take() { return std::move(report_); }

 private:
  void claim_slug(const std::string& slug, const importer::SourceCandidate& source) {
    const auto [it, inserted] = slugs_.emplace(slug, source.display);
    if (!inserted) throw Error("slug '" + slug + "' was already imported from " + it->second + " in this run");
  }

  void import_file(std::size_t index, const importer::SourceCandidate& source, FileReport& file) {
    const std::string& absolute = source.absolute;
    seen_sources_.insert(absolute);
    const auto& plan = plans_[index];
    std::optional<FileRead> read;
    std::exception_ptr read_error;
    if (plan.job) {  // taken in order even when not used below
      try {
        read = reads_->take(*plan.job);
      } catch (...) {
        read_error = std::current_exception();
      }
    }
    if (plan.stat_error) std::rethrow_exception(plan.stat_error);
    const auto stat = plan.stat;
    if (static_cast<std::uint64_t>(stat.size) > importer::max_article_bytes) {
      throw importer::ArticleError(source.display, 0, importer::oversize_detail(stat.size));
    }
    // The snapshot holds for this file unless this run already rewrote the article stored from it
    // (another file took its slug, or it was replaced): then look again, as a one-by-one run would.
    std::optional<store::StoredArticle> stored;
    const bool snapshot_holds = plan.stored == nullptr || touched_.count(plan.stored->id) == 0;
    if (snapshot_holds) {
      if (plan.stored != nullptr) stored = *plan.stored;
    } else {
      stored = writer_.find_by_source(absolute);
      read.reset();
      read_error = nullptr;
    }
    if (stored && same_stat(*stored, stat)) {
      return unchanged(*stored, source, file);
    }
    if (read_error) std::rethrow_exception(read_error);
    if (!read) read = read_file(source, stored ? &*stored : nullptr, options_.levels);
    if (read->same_bytes) {
      begin_write();
      writer_.refresh_file_stat(stored->id, stat.size, stat.mtime_ns);
      return unchanged(*stored, source, file);
    }
    auto& article = *read->article;
    file.slug = article.slug;
    file.warnings = std::move(article.warnings);
    if (article.draft && !options_.drafts) {
      file.status = FileStatus::skipped;
      file.reason = "draft";
      return;
    }
    if (article.levels.empty()) return not_strength(stored ? &*stored : nullptr, file);
    claim_slug(article.slug, source);
    file.warnings.insert(file.warnings.end(), read->rank_warnings.begin(), read->rank_warnings.end());
    fill_counts(file, article, read->rows);
    std::vector<model::Warning> stored_warnings;
    const auto store_with_article = [&](std::int64_t) {
      if (options_.in_article_transaction) {
        stored_warnings = options_.in_article_transaction(article, read->rows, absolute);
      }
    };
    begin_write();
    const auto written = writer_.write(article, read->rows, {absolute, read->hash, stat.size, stat.mtime_ns},
                                       utc_now_iso8601(), store_with_article);
    ++written_in_batch_;
    counted_.insert(written.id);
    for (const auto id : written.touched) touched_.insert(id);
    file.status = written.inserted ? FileStatus::added : FileStatus::updated;
    for (const auto& slug : written.displaced) {
      file.warnings.push_back({0, "replaces article '" + slug + "' previously imported from this file"});
    }
    file.warnings.insert(file.warnings.end(), stored_warnings.begin(), stored_warnings.end());
  }

  // Only a page with exercises is a strength article: a site's blog posts and project pages are
  // reported, never stored, and an article stored from the same file before is removed.
  void not_strength(const store::StoredArticle* stored, FileReport& file) {
    file.status = FileStatus::skipped;
    file.reason = std::string(not_strength_reason);
    if (stored == nullptr) return;
    begin_write();
    writer_.remove(stored->id);
    touched_.insert(stored->id);
    file.warnings.push_back(
        {0, "removed article '" + stored->slug + "' stored from this file before: it is not a strength article"});
  }

  void begin_write() {
    if (writer_.in_batch()) return;
    writer_.begin_batch();
    written_in_batch_ = 0;
    batch_start_ = std::chrono::steady_clock::now();
  }

  void unchanged(const store::StoredArticle& stored, const importer::SourceCandidate& source, FileReport& file) {
    if (stored.counts.exercises == 0) {
      // Stored by an earlier version, which kept pages with tips only: not a strength article.
      file.slug = stored.slug;
      return not_strength(&stored, file);
    }
    claim_slug(stored.slug, source);
    file.slug = stored.slug;
    file.status = FileStatus::unchanged;
    fill_counts(file, stored.counts);
    counted_.insert(stored.id);
  }

  store::LibraryWriter writer_;
  const ImportOptions& options_;
  ImportReport report_;
  std::map<std::string, std::string> slugs_;  // slug -> file that claimed it in this run
  std::set<std::string> seen_sources_;
  std::vector<store::StoredArticle> stored_;  // every stored article at the start, oldest write first
  std::unordered_map<std::string, const store::StoredArticle*> snapshot_;  // the latest of stored_ by source path
  std::unordered_set<std::int64_t> counted_;    // stored articles reported new, updated or unchanged
  std::vector<FilePlan> plans_;
  std::vector<std::size_t> job_files_;  // file index of each read job
  std::optional<OrderedPool<FileRead>> reads_;
  std::set<std::int64_t> touched_;  // articles this run wrote or removed
  std::size_t written_in_batch_ = 0;
  std::chrono::steady_clock::time_point batch_start_;
};

}  // namespace

unsigned default_jobs() { return std::clamp(std::thread::hardware_concurrency(), 1u, 8u); }

ImportReport run_import(store::Database& db, const ImportOptions& options, const ProgressCallback& progress) {
  const auto sources = importer::collect_sources(options.paths);
  Run run(db, options);
  for (const auto& problem : sources.unusable) run.unusable(problem);
  run.plan(sources.files);
  run.start_reading(sources.files, options.jobs == 0 ? default_jobs() : options.jobs);
  for (std::size_t i = 0; i < sources.files.size(); ++i) {
    run.file(i, sources.files[i]);
    if (progress) progress(i + 1, sources.files.size());
  }
  run.missing(sources.roots);
  run.finish();
  return run.take();
}

}  // namespace rs::app

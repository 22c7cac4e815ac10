#include "importer/import_run.hpp"

#include <map>
#include <set>

#include "importer/article_error.hpp"
#include "importer/article_reader.hpp"
#include "importer/source_files.hpp"
#include "store/library_writer.hpp"
#include "util/sha256.hpp"

namespace rs::importer {

namespace {

void fill_counts(FileReport& file, const ParsedArticle& article) {
  file.levels = static_cast<int>(article.levels.size());
  file.exercises = static_cast<int>(article.exercise_count());
  file.tips = static_cast<int>(article.tips.size());
  std::set<std::string> videos;
  for (const auto& level : article.levels) {
    for (const auto& exercise : level.exercises) {
      if (exercise.video)
        videos.insert(std::string(model::to_string(exercise.video->provider)) + ":" + exercise.video->id);
    }
  }
  file.videos.assign(videos.begin(), videos.end());
}

void fill_counts(FileReport& file, const store::StoredCounts& counts) {
  file.levels = counts.levels;
  file.exercises = counts.exercises;
  file.tips = counts.tips;
  file.videos = counts.videos;
}

class Run {
 public:
  Run(store::Database& db, const ImportOptions& options) : writer_(db), options_(options) {
    report_.dry_run = options.dry_run;
  }

  void file(const SourceCandidate& source) {
    FileReport file;
    file.path = source.display;
    try {
      import_file(source, file);
    } catch (const ArticleError& error) {
      file.status = FileStatus::failed;
      file.errors.push_back({error.line(), error.detail()});
    } catch (const Error& error) {
      // A library that stays locked is no fault of this file: stop the run with the busy error
      // (articles written so far stay, each whole) instead of waiting again for every other file.
      if (error.kind() == ErrorKind::busy) throw;
      file.status = FileStatus::failed;
      std::string message = error.what();
      if (message.rfind(source.display + ": ", 0) == 0) message.erase(0, source.display.size() + 2);
      file.errors.push_back({0, message});
    }
    report_.files.push_back(std::move(file));
  }

  void unusable(const UnusablePath& problem) {
    FileReport file;
    file.path = problem.path;
    file.status = FileStatus::failed;
    file.errors.push_back({0, problem.reason});
    report_.files.push_back(std::move(file));
  }

  void missing(const std::vector<std::filesystem::path>& roots) {
    for (const auto& article : writer_.all_articles()) {
      if (seen_sources_.count(article.source_path) != 0) continue;
      const std::filesystem::path source(article.source_path);
      bool under = false;
      for (const auto& root : roots) under = under || is_under(source, root);
      std::error_code error;
      // Only a file that is really gone is missing: one that cannot be checked (a folder that
      // cannot be read) is kept, so that --prune never deletes what it could not see.
      if (!under || std::filesystem::exists(source, error) || error) continue;
      FileReport file;
      file.path = article.source_path;
      file.slug = article.slug;
      file.status = FileStatus::missing;
      file.reason = "source file is gone";
      if (options_.prune && !options_.dry_run) {
        writer_.remove(article.id);
        file.status = FileStatus::pruned;
      }
      report_.files.push_back(std::move(file));
    }
  }

  ImportReport take() { return std::move(report_); }

 private:
  void claim_slug(const std::string& slug, const SourceCandidate& source) {
    const auto [it, inserted] = slugs_.emplace(slug, source.display);
    if (!inserted) throw Error("slug '" + slug + "' was already imported from " + it->second + " in this run");
  }

  void import_file(const SourceCandidate& source, FileReport& file) {
    const std::string absolute = source.absolute.string();
    seen_sources_.insert(absolute);
    const auto stat = stat_file(source.absolute, source.display);
    if (static_cast<std::uint64_t>(stat.size) > max_article_bytes) {
      throw ArticleError(source.display, 0, oversize_detail(stat.size));
    }
    const auto stored = writer_.find_by_source(absolute);
    if (stored && stored->file_size == stat.size && stored->file_mtime_ns == stat.mtime_ns) {
      return unchanged(*stored, source, file);
    }
    const std::string bytes = read_bytes(source.absolute, source.display, max_article_bytes);
    const std::string hash = sha256_hex(bytes);
    if (stored && stored->content_hash == hash) {
      if (!options_.dry_run) writer_.refresh_file_stat(stored->id, stat.size, stat.mtime_ns);
      return unchanged(*stored, source, file);
    }
    auto article = read_article(bytes, source.display);
    file.slug = article.slug;
    file.warnings = article.warnings;
    if (article.draft && !options_.drafts) {
      file.status = FileStatus::skipped;
      file.reason = "draft";
      return;
    }
    if (article.levels.empty() && article.tips.empty()) {
      file.status = FileStatus::skipped;
      file.reason = "no exercises";
      return;
    }
    claim_slug(article.slug, source);
    fill_counts(file, article);
    if (options_.dry_run) {
      file.status = writer_.find_by_slug(article.slug) ? FileStatus::updated : FileStatus::added;
      return;
    }
    std::vector<Warning> stored_warnings;
    const auto store_with_article = [&](std::int64_t id) {
      if (options_.in_article_transaction) stored_warnings = options_.in_article_transaction(id);
    };
    const auto written = writer_.write(article, {absolute, hash, stat.size, stat.mtime_ns}, store::utc_now_iso8601(),
                                       store_with_article);
    file.status = written.inserted ? FileStatus::added : FileStatus::updated;
    for (const auto& slug : written.displaced) {
      file.warnings.push_back({0, "replaces article '" + slug + "' previously imported from this file"});
    }
    file.warnings.insert(file.warnings.end(), stored_warnings.begin(), stored_warnings.end());
  }

  void unchanged(const store::StoredArticle& stored, const SourceCandidate& source, FileReport& file) {
    claim_slug(stored.slug, source);
    file.slug = stored.slug;
    file.status = FileStatus::unchanged;
    fill_counts(file, writer_.counts(stored.id));
  }

  store::LibraryWriter writer_;
  const ImportOptions& options_;
  ImportReport report_;
  std::map<std::string, std::string> slugs_;  // slug -> file that claimed it in this run
  std::set<std::string> seen_sources_;
};

}  // namespace

ImportReport run_import(store::Database& db, const ImportOptions& options, const ProgressCallback& progress) {
  const auto sources = collect_sources(options.paths);
  Run run(db, options);
  for (const auto& problem : sources.unusable) run.unusable(problem);
  std::size_t done = 0;
  for (const auto& source : sources.files) {
    run.file(source);
    if (progress) progress(++done, sources.files.size());
  }
  run.missing(sources.roots);
  return run.take();
}

}  // namespace rs::importer

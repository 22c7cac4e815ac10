#pragma once
// The import run itself: collect files, skip unchanged ones cheaply (size + mtime, then the
// SHA-256 of the bytes), read and parse the others on worker threads, write them in file order on
// the calling thread (each article atomically, a few hundred per commit), report.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "app/import_report.hpp"
#include "attributes/levels.hpp"
#include "model/parsed_article.hpp"
#include "store/database.hpp"
#include "store/library_writer.hpp"

namespace rs::app {

/// Options of a run.
struct ImportOptions {
  std::vector<std::string> paths;  ///< Files and folders (already defaulted by the caller).
  bool dry_run = false;            ///< Only labels the report: the caller rolls the run back.
  bool prune = false;              ///< Remove articles whose file (under `paths`) is gone.
  bool drafts = false;             ///< Import `draft: true` articles too.
  /// Called inside each article's write transaction with the article, its prepared rows and its
  /// stored source path, to store what belongs with it (the command stores its exercises'
  /// attributes); the returned warnings join the file's.
  std::function<std::vector<model::Warning>(const model::ParsedArticle& article, const store::ArticleRows& rows,
                                            const std::string& source_path)>
      in_article_transaction;
  unsigned jobs = 0;  ///< Threads reading and parsing files; 0: default_jobs(); 1: none.
  /// The global order of levels each written article's levels are ranked in; null: the article
  /// order stands for the global rank.
  const attributes::LevelScale* levels = nullptr;
};

/// The number of reading threads by default: the machine's cores, from 1 to 8.
unsigned default_jobs();

/// Called after each file with (files done, files in total).
using ProgressCallback = std::function<void(std::size_t done, std::size_t total)>;

/// Runs an import into `db`. A file that fails leaves its stored article exactly as it was; the
/// others are still imported. Throws rs::Error only for library-wide failures (e.g. a busy library
/// when preparing).
ImportReport run_import(store::Database& db, const ImportOptions& options, const ProgressCallback& progress = {});

}  // namespace rs::app

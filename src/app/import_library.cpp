#include "app/import_library.hpp"

#include <unordered_map>

#include "attributes/levels.hpp"
#include "attributes/resolver.hpp"
#include "store/attributes_store.hpp"
#include "store/level_ranks_store.hpp"
#include "store/library_writer.hpp"

namespace rs::app {

namespace {

// Attribute warnings (an exercise that fell back to the default) of stored articles re-resolved
// before the run belong to the article's file, so they count in the summary and appear in the JSON
// report with the heading's line. An article the run rewrote or pruned has its own current ones.
void attach_attribute_warnings(ImportReport& report, const store::AttributeResolutionReport& attributes) {
  std::unordered_map<std::string, std::size_t> owners;  // slug -> its last file in the report
  for (std::size_t i = 0; i < report.files.size(); ++i) owners[report.files[i].slug] = i;
  for (const auto& warning : attributes.warnings) {
    auto owner = owners.find(warning.article);
    if (owner == owners.end()) {
      report.files.push_back({warning.source_path, warning.article, FileStatus::unchanged, "", 0, 0, 0, 0, {}, {}});
      owner = owners.insert_or_assign(warning.article, report.files.size() - 1).first;
    }
    auto& file = report.files[owner->second];
    if (file.status == FileStatus::added || file.status == FileStatus::updated || file.status == FileStatus::pruned) {
      continue;
    }
    file.warnings.push_back({warning.line, warning.message});
  }
}

// The whole run on an open library: stored exercises first get attributes from the current files
// (all of them when the files changed since the last import), so the articles the run writes are
// resolved once, in their own transaction, never twice; an interrupted run leaves every stored
// exercise resolved.
ImportReport run_on(store::Database& db, const attributes::AttributeResolver& resolver, const ImportOptions& options,
                    const ProgressCallback& progress) {
  const auto stored_attributes = store::resolve_library_attributes(db, resolver);
  store::rank_stored_levels(db, *options.levels);
  store::ArticleAttributeWriter attribute_writer(db, resolver);
  ImportOptions run_options = options;
  run_options.in_article_transaction = [&](const model::ParsedArticle& article, const store::ArticleRows& rows,
                                            const std::string& source_path) {
    std::vector<model::Warning> warnings;
    for (const auto& warning : attribute_writer.write(article, source_path, rows.names).warnings) {
      warnings.push_back({warning.line, warning.message});
    }
    return warnings;
  };
  auto report = run_import(db, run_options, progress);
  attach_attribute_warnings(report, stored_attributes);
  return report;
}

}  // namespace

ImportReport import_library(Library& library, const ImportRequest& request, const ProgressCallback& progress) {
  ImportOptions options;
  options.paths = request.paths;
  if (options.paths.empty()) options.paths.push_back(request.content_dir.string());
  options.dry_run = request.dry_run;
  options.prune = request.prune;
  options.drafts = request.drafts;
  options.jobs = request.jobs;
  // The attribute files first: a broken exercises.yaml, taxonomy.yaml or levels.yaml fails the run before
  // anything is written, naming its file and line.
  const auto resolver = attributes::AttributeResolver::load(request.content_dir);
  const auto levels = attributes::LevelScale::load(request.content_dir);
  options.levels = &levels;
  if (!request.dry_run) return run_on(library.db(), resolver, options, progress);
  // A dry run is the real run, rolled back. On a library that does not exist yet, the real run on
  // an empty library in memory, thrown away afterwards: the file is never created, and there is
  // nothing to roll back.
  if (!library.exists()) {
    auto scratch = store::Database::open_in_memory();
    return run_on(scratch, resolver, options, progress);
  }
  store::Database& db = library.db();
  store::tune_for_import(db);
  ImportReport report;
  db.run_rolled_back([&] { report = run_on(db, resolver, options, progress); });
  return report;
}

}  // namespace rs::app

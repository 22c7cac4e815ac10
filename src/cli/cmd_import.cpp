// `runstrength import [PATH...]`: reads the coach's Markdown articles into the library.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <ostream>
#include <unordered_map>

#include "attributes/resolver.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "app/import_run.hpp"
#include "store/attributes_store.hpp"
#include "util/paths.hpp"

namespace rs::cli {

namespace {

struct ImportCliOptions {
  std::vector<std::string> paths;
  bool dry_run = false;
  bool prune = false;
  bool drafts = false;
  bool json = false;
  unsigned jobs = 0;
};

void print_messages(std::ostream& err, const app::FileReport& file) {
  const auto print = [&](const model::Warning& message, const char* kind) {
    err << file.path;
    if (message.line > 0) err << ':' << message.line;
    err << ": " << kind << ": " << message.message << '\n';
  };
  for (const auto& warning : file.warnings) print(warning, "warning");
  for (const auto& error : file.errors) print(error, "error");
}

// A "files done / total" line on a terminal, only once the run has taken more than a second.
class ProgressLine {
 public:
  explicit ProgressLine(std::ostream& err) : err_(err), enabled_(::isatty(STDERR_FILENO) == 1) {}

  void operator()(std::size_t done, std::size_t total) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (!shown_ && now - start_ < std::chrono::seconds(1)) return;
    if (shown_ && done < total && now - last_ < std::chrono::milliseconds(100)) return;  // ~10 updates a second
    shown_ = true;
    last_ = now;
    err_ << "\rimporting: " << done << " / " << total << " files" << std::flush;
  }

  void finish() {
    if (shown_) err_ << "\r\033[K" << std::flush;
  }

 private:
  std::ostream& err_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_ = start_;
};

// Attribute warnings (an exercise that fell back to the default) of stored articles re-resolved
// before the run belong to the article's file, so they count in the summary and appear in the JSON
// report with the heading's line. An article the run rewrote or pruned has its own current ones.
void attach_attribute_warnings(app::ImportReport& report, const store::AttributeResolutionReport& attributes) {
  std::unordered_map<std::string, std::size_t> owners;  // slug -> its last file in the report
  for (std::size_t i = 0; i < report.files.size(); ++i) owners[report.files[i].slug] = i;
  for (const auto& warning : attributes.warnings) {
    auto owner = owners.find(warning.article);
    if (owner == owners.end()) {
      report.files.push_back(
          {warning.source_path, warning.article, app::FileStatus::unchanged, "", 0, 0, 0, 0, {}, {}});
      owner = owners.insert_or_assign(warning.article, report.files.size() - 1).first;
    }
    auto& file = report.files[owner->second];
    using app::FileStatus;
    if (file.status == FileStatus::added || file.status == FileStatus::updated || file.status == FileStatus::pruned) {
      continue;
    }
    file.warnings.push_back({warning.line, warning.message});
  }
}

void run_import_command(Context& context, const ImportCliOptions& cli) {
  app::ImportOptions options;
  options.paths = cli.paths;
  if (options.paths.empty()) options.paths.push_back(find_content_dir(process_env()).string());
  options.dry_run = cli.dry_run;
  options.prune = cli.prune;
  options.drafts = cli.drafts;
  options.jobs = cli.jobs;

  // A dry run against a library that does not exist yet must not create it.
  std::optional<store::Database> scratch;
  store::Database* db = nullptr;
  if (cli.dry_run && !std::filesystem::exists(context.library_path())) {
    scratch.emplace(store::Database::open_in_memory());
    db = &*scratch;
  } else {
    db = &context.library();
  }
  // Load the attribute files first: a broken exercises.yaml or taxonomy.yaml fails the run before
  // anything is written, naming its file and line.
  const auto resolver = attributes::AttributeResolver::load(find_content_dir(process_env()));
  // Stored exercises get attributes from these files before the run (all of them when the files
  // changed since the last import): the articles the run writes are then resolved once, in their
  // own transaction, never twice. An interrupted run leaves every stored exercise resolved.
  store::AttributeResolutionReport stored_attributes;
  if (!cli.dry_run) stored_attributes = store::resolve_library_attributes(*db, resolver);
  // Each article's exercises get their attributes in the transaction that writes the article.
  store::ArticleAttributeWriter attribute_writer(*db, resolver);
  options.in_article_transaction = [&](const model::ParsedArticle& article, const std::string& source_path) {
    std::vector<model::Warning> warnings;
    for (const auto& warning : attribute_writer.write(article, source_path).warnings) {
      warnings.push_back({warning.line, warning.message});
    }
    return warnings;
  };
  ProgressLine progress(context.err);
  auto report = app::run_import(*db, options, [&](std::size_t done, std::size_t total) { progress(done, total); });
  progress.finish();
  attach_attribute_warnings(report, stored_attributes);
  for (const auto& file : report.files) print_messages(context.err, file);
  if (cli.json) {
    context.out << app::report_to_json(report).dump(2) << '\n';
  } else {
    context.out << app::summary_line(report) << '\n';
  }
  if (report.any_failed()) context.exit_status = 1;
}

}  // namespace

void setup_import(CLI::App& command, Context& context) {
  auto options = std::make_shared<ImportCliOptions>();
  command.add_option("paths", options->paths,
                     "Article files and folders (default: the shipped content folder, or $RUNSTRENGTH_CONTENT)");
  command.add_flag("--dry-run", options->dry_run, "Read and report without writing to the library");
  command.add_flag("--prune", options->prune, "Remove articles whose source file under PATH is gone");
  command.add_flag("--drafts", options->drafts, "Import articles marked draft: true");
  command.add_flag("--json", options->json, "Print the report as JSON");
  command.add_option("--jobs", options->jobs, "Threads reading and parsing files (default: one per core; 1: none)")
      ->check(CLI::Range(1u, 64u));
  command.callback([&context, options] { run_import_command(context, *options); });
}

}  // namespace rs::cli

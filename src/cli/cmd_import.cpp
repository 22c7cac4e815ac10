// `runstrength import [PATH...]`: reads the coach's Markdown articles into the library.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <chrono>
#include <memory>
#include <ostream>

#include "app/import_library.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
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

void run_import_command(Context& context, const ImportCliOptions& cli) {
  app::ImportRequest request;
  request.paths = cli.paths;
  request.content_dir = find_content_dir(process_env());
  request.dry_run = cli.dry_run;
  request.prune = cli.prune;
  request.drafts = cli.drafts;
  request.jobs = cli.jobs;
  ProgressLine progress(context.err);
  const auto report = app::import_library(context.library_file(), request,
                                          [&](std::size_t done, std::size_t total) { progress(done, total); });
  progress.finish();
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

#pragma once
// The import use case (`runstrength import`): the attribute files loaded first, stored exercises
// re-resolved when those files changed, the articles read and written with their exercises'
// attributes, and the attribute warnings of untouched articles joined to the report. A dry run is
// this same run inside one transaction that is rolled back at the end.

#include <filesystem>
#include <string>
#include <vector>

#include "app/import_report.hpp"
#include "app/import_run.hpp"
#include "app/library.hpp"

namespace rs::app {

/// What to import and how.
struct ImportRequest {
  std::vector<std::string> paths;    ///< Files and folders; empty: `content_dir`.
  std::filesystem::path content_dir;  ///< The content folder: exercises.yaml and taxonomy.yaml.
  bool dry_run = false;               ///< Run, report, and roll everything back.
  bool prune = false;                 ///< Remove articles whose file under `paths` is gone.
  bool drafts = false;                ///< Import `draft: true` articles too.
  unsigned jobs = 0;                  ///< Reading threads; 0: default_jobs().
};

/// Imports into `library`. A dry run on a library that does not exist works on an empty one in
/// memory and never creates the file. Throws rs::Error for library-wide failures (a broken
/// attribute file, a busy library); per-file failures are in the report.
ImportReport import_library(Library& library, const ImportRequest& request, const ProgressCallback& progress = {});

}  // namespace rs::app

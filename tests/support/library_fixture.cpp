#include "support/library_fixture.hpp"

#include <unistd.h>

#include "support/library_dump.hpp"
#include "support/library_edit.hpp"

namespace rs::test {

CliResult LibraryTest::run(std::vector<std::string> args, const CliOptions& options) const {
  args.insert(args.begin(), {"--db", db});
  return run_cli(args, options);
}

CliResult LibraryTest::import(const std::vector<std::string>& paths, const CliOptions& options) const {
  std::vector<std::string> args = {"import"};
  args.insert(args.end(), paths.begin(), paths.end());
  return run(args, options);
}

std::string LibraryTest::sql(const std::string& query) const { return query_library(db, query); }

void LibraryTest::edit(const std::string& statements) const { edit_library(db, statements); }

std::filesystem::path LibraryTest::write_content(const std::string& relative, const std::string& text) const {
  const auto file = dir / relative;
  write_file(file, text);
  return file;
}

CliOptions LibraryTest::as_nobody_when_root() const {
  namespace fs = std::filesystem;
  CliOptions options;
  if (geteuid() != 0) return options;
  options.run_as_id = 65534;
  for (const auto& entry : fs::recursive_directory_iterator(dir.path())) {
    fs::permissions(entry.path(), entry.is_directory() ? fs::perms::all
                                                       : fs::perms::owner_read | fs::perms::owner_write |
                                                             fs::perms::group_read | fs::perms::group_write |
                                                             fs::perms::others_read | fs::perms::others_write);
  }
  fs::permissions(dir.path(), fs::perms::all);
  return options;
}

}  // namespace rs::test

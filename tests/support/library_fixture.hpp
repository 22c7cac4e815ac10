#pragma once
// The fixture of the CLI tests: a temporary folder holding the test's library (lib.db) and its
// content folders, and the built binary run against that library.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/cli_runner.hpp"
#include "support/temp_dir.hpp"

namespace rs::test {

/// A fresh temporary library per test: `dir` is removed with everything in it afterwards.
class LibraryTest : public ::testing::Test {
 protected:
  /// Runs `runstrength --db <db> args...`.
  [[nodiscard]] CliResult run(std::vector<std::string> args, const CliOptions& options = {}) const;

  /// Runs `runstrength --db <db> import paths...`.
  [[nodiscard]] CliResult import(const std::vector<std::string>& paths, const CliOptions& options = {}) const;

  /// Runs a read-only query on the library (library_dump.hpp: rows one per line, '|' between columns).
  [[nodiscard]] std::string sql(const std::string& query) const;

  /// Changes the library with `statements` (library_edit.hpp), outside the program.
  void edit(const std::string& statements) const;

  /// A content folder `dir/name` (not created).
  [[nodiscard]] std::filesystem::path folder(const std::string& name) const { return dir / name; }

  /// Writes `text` to `dir/relative` (creating folders) and returns that path.
  std::filesystem::path write_content(const std::string& relative, const std::string& text) const;

  /// Options that run the program as user `nobody` when the tests run as root (root reads a chmod
  /// 000 file or folder anyway), with `dir` and everything in it opened up to that user, so a
  /// test of unreadable files takes its refusal branch in CI too. Plain options otherwise.
  [[nodiscard]] CliOptions as_nobody_when_root() const;

  TempDir dir;                                 ///< The test's folder.
  std::string db = (dir / "lib.db").string();  ///< The library, created by its first run.
};

}  // namespace rs::test

// collect_sources: a folder's article files in std::filesystem::path order (element by element),
// each with its normalised absolute path, whatever the spelling of the folder; duplicates once.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "importer/source_files.hpp"
#include "support/temp_dir.hpp"

namespace rs::importer {
namespace {

namespace fs = std::filesystem;

// Names whose byte order and element order differ ('-', ' ', '.' sort below '/' as bytes).
const std::vector<std::string> names = {"a.md",     "a-b.md",  "a b.md", "a/b.md",     "a/b-c.md", "a/b/c.md",
                                        "a.b/c.md", "ab.md",   "A.md",   "a/z/y.md",   "é.md",     "z.markdown",
                                        "a-/x.md",  "a0/x.md", "a/a.md", "b/a b/c.md", "b/a-b.md", "b/a/c.md"};

// What collect_sources must give for `folder`: every article file below it, in fs::path order,
// with fs::absolute(...).lexically_normal() of the path as found.
std::vector<std::pair<std::string, std::string>> expected(const fs::path& folder) {
  std::vector<fs::path> found;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file() && (entry.path().extension() == ".md" || entry.path().extension() == ".markdown")) {
      found.push_back(entry.path());
    }
  }
  std::sort(found.begin(), found.end());
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& file : found) files.emplace_back(file.string(), fs::absolute(file).lexically_normal().string());
  return files;
}

std::vector<std::pair<std::string, std::string>> collected(const std::vector<std::string>& paths) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& file : collect_sources(paths).files) files.emplace_back(file.display, file.absolute);
  return files;
}

TEST(SourceFiles, FolderFilesComeInPathOrderWithTheirNormalisedAbsolutePaths) {
  test::TempDir dir;
  for (const auto& name : names) test::write_file(dir / "lib" / name, "x");
  test::write_file(dir / "lib/notes.txt", "not an article");
  const auto base = (dir / "lib").string();
  const auto reference = expected(dir / "lib");
  ASSERT_EQ(reference.size(), names.size());
  for (const auto& spelling : {base, base + "/", base + "//", base + "/.", base + "/./", base + "/../lib"}) {
    const auto files = collected({spelling});
    EXPECT_EQ(files, expected(spelling)) << spelling;
    ASSERT_EQ(files.size(), names.size()) << spelling;
    for (std::size_t i = 0; i < files.size(); ++i) EXPECT_EQ(files[i].second, reference[i].second) << spelling;
  }
  // Relative spellings, from the folder above.
  const auto cwd = fs::current_path();
  fs::current_path(dir.path());
  for (const std::string spelling : {"lib", "lib/", "./lib", "lib/../lib/."}) {
    EXPECT_EQ(collected({spelling}), expected(spelling)) << spelling;
  }
  fs::current_path(cwd);
}

TEST(SourceFiles, AFileGivenTwiceOrAlsoInAGivenFolderComesOnce) {
  test::TempDir dir;
  for (const auto& name : names) test::write_file(dir / "lib" / name, "x");
  const auto base = (dir / "lib").string();
  const auto files = collected({base + "/a/b.md", base, base + "/", base + "/./a/../a/b.md"});
  ASSERT_EQ(files.size(), names.size());
  EXPECT_EQ(files[0], std::make_pair(base + "/a/b.md", base + "/a/b.md"));
  std::size_t b_md = 0;
  for (const auto& file : files) b_md += file.second == base + "/a/b.md" ? 1 : 0;
  EXPECT_EQ(b_md, 1u);
}

}  // namespace
}  // namespace rs::importer

#include <gtest/gtest.h>

#include <filesystem>

#include "support/temp_dir.hpp"
#include "util/atomic_file.hpp"
#include "util/error.hpp"

namespace rs {
namespace {

std::size_t entries(const std::filesystem::path& folder) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++n;
  return n;
}

TEST(AtomicFile, WritesAndReplacesWholeFiles) {
  test::TempDir dir;
  const auto file = dir / "plan.ics";
  write_file_atomically(file, "first\r\n");
  EXPECT_EQ(test::read_file(file), "first\r\n");
  write_file_atomically(file, "second");
  EXPECT_EQ(test::read_file(file), "second");
  EXPECT_EQ(entries(dir.path()), 1U);  // no temporary file left behind
  const auto perms = std::filesystem::status(file).permissions();
  EXPECT_EQ(perms & std::filesystem::perms::owner_read, std::filesystem::perms::owner_read);
  EXPECT_EQ(perms & std::filesystem::perms::others_read, std::filesystem::perms::others_read);
}

TEST(AtomicFile, AFailedRenameLeavesTheTargetAndNoTemporaryFile) {
  test::TempDir dir;
  const auto target = dir / "busy";
  std::filesystem::create_directory(target);
  test::write_file(target / "keep.txt", "kept");
  EXPECT_THROW(write_file_atomically(target, "text"), Error);
  EXPECT_TRUE(std::filesystem::is_directory(target));
  EXPECT_EQ(test::read_file(target / "keep.txt"), "kept");
  EXPECT_EQ(entries(dir.path()), 1U);
}

TEST(AtomicFile, AMissingFolderIsAnError) {
  test::TempDir dir;
  EXPECT_THROW(write_file_atomically(dir / "missing" / "plan.ics", "text"), Error);
  EXPECT_FALSE(std::filesystem::exists(dir / "missing"));
}

}  // namespace
}  // namespace rs

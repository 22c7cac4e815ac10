// util/read_file: a whole file's bytes (NUL and CR included), and nullopt for a missing file.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "support/temp_dir.hpp"
#include "util/read_file.hpp"

namespace rs {
namespace {

TEST(ReadFile, WholeBytesOrNothing) {
  test::TempDir dir;
  const std::string bytes = std::string("a\r\nb\0c", 6) + std::string(100000, 'x');
  std::ofstream(dir / "f.bin", std::ios::binary) << bytes;
  EXPECT_EQ(read_whole_file(dir / "f.bin"), bytes);
  std::ofstream(dir / "empty.txt");
  EXPECT_EQ(read_whole_file(dir / "empty.txt"), "");
  EXPECT_FALSE(read_whole_file(dir / "missing.txt"));
}

}  // namespace
}  // namespace rs

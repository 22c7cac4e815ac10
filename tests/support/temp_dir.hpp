#pragma once
// A temporary folder removed with everything in it when the object goes away.

#include <filesystem>
#include <string>

namespace rs::test {

/// A fresh folder under $TMPDIR (or /tmp), deleted recursively on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  /// The folder.
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  /// path() / name.
  [[nodiscard]] std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

/// Writes `text` to `file`, creating parent folders.
void write_file(const std::filesystem::path& file, const std::string& text);

/// Reads a whole file as bytes.
std::string read_file(const std::filesystem::path& file);

}  // namespace rs::test

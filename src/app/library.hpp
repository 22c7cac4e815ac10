#pragma once
// The library a use case works on: where it lives, opened (and migrated) on first use, so that a
// command that never touches it (a dry run on a missing library, `--help`) never creates it.

#include <filesystem>
#include <optional>

#include "store/database.hpp"

namespace rs::app {

/// A library file, opened lazily. One thread at a time (store::Database).
class Library {
 public:
  /// A library at `path` (not opened yet).
  explicit Library(std::filesystem::path path);

  /// Where the library lives.
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

  /// True when the library is open or its file exists.
  [[nodiscard]] bool exists() const;

  /// The library, opened (creating and migrating it) on first call. Throws rs::Error.
  store::Database& db();

 private:
  std::filesystem::path path_;
  std::optional<store::Database> db_;
};

}  // namespace rs::app

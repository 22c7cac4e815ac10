#pragma once
// Finding article files under the paths given to `runstrength import`, and reading them safely.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace rs::importer {

/// Size and modification time of a file.
struct FileStat {
  std::int64_t size = 0;      ///< Bytes.
  std::int64_t mtime_ns = 0;  ///< Nanoseconds since the epoch.
};

/// One file to import.
struct SourceCandidate {
  std::string display;        ///< Path as shown in messages (as the user gave it, joined with the relative part).
  std::string absolute;            ///< Absolute, normalised path (stored as source_path).
  std::optional<FileStat> stat;    ///< Its stat(2) when the folder walk took it (one stat per file).
};

/// A path that cannot be imported, and why.
struct UnusablePath {
  std::string path;    ///< As shown in messages.
  std::string reason;  ///< E.g. "no such file or folder", "cannot read folder: Permission denied".
};

/// The result of collecting: files to import, and paths that could not be used.
struct CollectedSources {
  std::vector<SourceCandidate> files;              ///< Sorted within each given folder; duplicates removed.
  std::vector<UnusablePath> unusable;              ///< Missing paths, unreadable folders, broken or looping links.
  std::vector<std::filesystem::path> roots;        ///< Absolute forms of the given paths (for --prune).
};

/// Expands `paths`: a folder contributes its `*.md` and `*.markdown` files, recursively, sorted
/// (symbolic links to files are followed, links to folders are not); a file is taken as it is.
/// Folders that cannot be read and article links that lead nowhere (dangling, looping) are unusable.
CollectedSources collect_sources(const std::vector<std::string>& paths);


/// stat(2) of `path`; throws rs::Error naming the path when it cannot be read.
FileStat stat_file(const std::string& path, const std::string& display);

/// Reads at most `limit` + 1 bytes of `path`; throws rs::Error naming the path on failure.
std::string read_bytes(const std::string& path, const std::string& display, std::size_t limit);

/// True when `path` lies inside (or is) `root`.
bool is_under(const std::filesystem::path& path, const std::filesystem::path& root);

}  // namespace rs::importer

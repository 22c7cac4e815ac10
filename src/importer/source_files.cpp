#include "importer/source_files.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>
#include <string>
#include <unordered_set>

#include "util/error.hpp"

namespace rs::importer {

namespace fs = std::filesystem;

namespace {

// The FileStat of a stat(2) result.
FileStat stat_of(const struct stat& info) {
  return {static_cast<std::int64_t>(info.st_size),
          static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec};
}

// A name ending in .md or .markdown, as fs::path::extension() reads it (a name starting with its only
// dot, like ".md", has no extension).
bool is_article_name(std::string_view name) {
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  const auto extension = name.substr(dot);
  return extension == ".md" || extension == ".markdown";
}

fs::path absolute_of(const fs::path& path) {
  std::error_code error;
  auto absolute = fs::absolute(path, error);
  if (error) return path.lexically_normal();
  return absolute.lexically_normal();
}

// fs::path's order (element by element) of two paths a walk of one folder gave, without building
// their elements: byte order with the separator below every other byte (the paths share the folder
// as a prefix and differ below it, where elements are names joined by single separators).
bool walk_order(const std::string& x, const std::string& y) {
  const auto n = std::min(x.size(), y.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (x[i] == y[i]) continue;
    if (x[i] == '/') return true;
    if (y[i] == '/') return false;
    return static_cast<unsigned char>(x[i]) < static_cast<unsigned char>(y[i]);
  }
  return x.size() < y.size();
}

// A file the walk found, with its stat (taken once: the import compares it with the stored one).
struct FoundFile {
  std::string path;  // the folder as given, joined with the names below it
  FileStat stat;
};

// `folder` joined with `name`, as fs::path's operator/ joins them.
std::string joined(const std::string& folder, const char* name) {
  return folder.empty() || folder.back() == '/' ? folder + name : folder + '/' + name;
}

// Adds the article files of the open folder `dir` (path `folder`) and of its sub-folders to
// `found`. Names are looked up relative to the folder (fstatat), one stat per article file.
void walk_dir(DIR* dir, const std::string& folder, std::vector<FoundFile>& found, std::vector<UnusablePath>& unusable) {
  const int fd = ::dirfd(dir);
  errno = 0;
  while (const dirent* entry = ::readdir(dir)) {
    const char* name = entry->d_name;
    if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0) continue;
    unsigned char type = entry->d_type;
    struct stat info {};
    if (type == DT_UNKNOWN) {  // file systems that do not fill d_type
      type = ::fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(info.st_mode) ? DT_DIR : DT_REG;
    }
    if (type == DT_DIR) {  // a real folder: links to folders are not followed, so loops are never walked
      const int sub = ::openat(fd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      DIR* subdir = sub < 0 || ::faccessat(fd, name, R_OK | X_OK, 0) != 0 ? nullptr : ::fdopendir(sub);
      if (subdir == nullptr) {
        unusable.push_back({joined(folder, name), std::string("cannot read folder: ") + std::strerror(errno)});
        if (sub >= 0) ::close(sub);
      } else {
        walk_dir(subdir, joined(folder, name), found, unusable);
        ::closedir(subdir);
      }
    } else if (is_article_name(name)) {
      if (::fstatat(fd, name, &info, 0) != 0) {  // follows links to files; dangling or looping links fail
        unusable.push_back({joined(folder, name), std::string("cannot read file: ") + std::strerror(errno)});
      } else if (S_ISREG(info.st_mode)) {
        found.push_back({joined(folder, name), stat_of(info)});
      }
    }
    errno = 0;
  }
  if (errno != 0) unusable.push_back({folder, std::string("cannot read folder: ") + std::strerror(errno)});
}

// Adds the article files under `folder` to `found`. A folder that cannot be read, or a file with an
// article's name whose link leads nowhere (dangling, looping), goes to `unusable` instead of being
// passed over in silence; links to folders are not followed, so folder loops are never walked.
void walk_folder(const fs::path& folder, std::vector<FoundFile>& found, std::vector<UnusablePath>& all_unusable) {
  std::vector<UnusablePath> unusable;
  DIR* dir = ::opendir(folder.c_str());
  if (dir == nullptr) {
    unusable.push_back({folder.string(), std::string("cannot read folder: ") + std::strerror(errno)});
  } else {
    walk_dir(dir, folder.native(), found, unusable);
    ::closedir(dir);
  }
  std::sort(unusable.begin(), unusable.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  all_unusable.insert(all_unusable.end(), unusable.begin(), unusable.end());
}

}  // namespace

CollectedSources collect_sources(const std::vector<std::string>& paths) {
  CollectedSources collected;
  std::unordered_set<std::string> seen;  // absolute paths, normalised: equal paths are equal strings
  const auto add = [&](const std::string& display, std::string absolute, std::optional<FileStat> stat) {
    if (seen.insert(absolute).second) collected.files.push_back({display, std::move(absolute), stat});
  };
  for (const auto& given : paths) {
    std::error_code error;
    const fs::path path(given);
    const auto status = fs::status(path, error);
    if (!fs::exists(status)) {
      const bool gone = !error || error == std::errc::no_such_file_or_directory;
      collected.unusable.push_back({given, gone ? "no such file or folder" : "cannot read: " + error.message()});
      continue;
    }
    collected.roots.push_back(absolute_of(path));
    if (!fs::is_directory(status)) {
      add(given, absolute_of(path).native(), std::nullopt);
      continue;
    }
    std::vector<FoundFile> found;
    walk_folder(path, found, collected.unusable);
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return walk_order(a.path, b.path); });
    // A found file is the folder joined with names (no "." or ".." elements): its normalised
    // absolute form is the folder's joined with the same names.
    std::string base = collected.roots.back().native();
    if (base.empty() || base.back() != '/') base += '/';
    const auto& folder = path.native();
    for (const auto& file : found) {
      const auto& text = file.path;
      std::size_t names = folder.size();
      while (names < text.size() && text[names] == '/') ++names;
      add(text, base + text.substr(names), file.stat);
    }
  }
  return collected;
}

FileStat stat_file(const std::string& path, const std::string& display) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) throw Error(display + ": cannot read file: " + std::strerror(errno));
  if (!S_ISREG(info.st_mode)) throw Error(display + ": not a regular file");
  return stat_of(info);
}

std::string read_bytes(const std::string& path, const std::string& display, std::size_t limit) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error(display + ": cannot read file: " + std::strerror(errno));
  // Read straight into a string of the file's size (one allocation), growing only for a file that
  // grew since: at most `limit` + 1 bytes, so the caller can tell a file over the limit.
  struct stat info {};
  const std::size_t expected = ::fstat(fd, &info) == 0 && info.st_size > 0
                                   ? std::min<std::size_t>(static_cast<std::size_t>(info.st_size), limit) + 1
                                   : 65536;
  std::string bytes(expected, '\0');
  std::size_t size = 0;
  while (size <= limit) {
    if (size == bytes.size()) bytes.resize(std::min<std::size_t>(bytes.size() * 2, limit + 1));
    const auto got = ::read(fd, bytes.data() + size, bytes.size() - size);
    if (got < 0) {
      if (errno == EINTR) continue;
      const int saved = errno;
      ::close(fd);
      throw Error(display + ": cannot read file: " + std::strerror(saved));
    }
    if (got == 0) break;
    size += static_cast<std::size_t>(got);
  }
  ::close(fd);
  bytes.resize(size);
  return bytes;
}

bool is_under(const fs::path& path, const fs::path& root) {
  auto p = path.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++p) {
    if (r->empty()) continue;  // trailing separator
    if (p == path.end() || *p != *r) return false;
  }
  return true;
}

}  // namespace rs::importer

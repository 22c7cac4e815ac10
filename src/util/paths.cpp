#include "util/paths.hpp"

#include <cstdlib>
#include <system_error>

#include "util/error.hpp"

namespace rs {

EnvLookup process_env() {
  return [](const std::string& name) -> std::optional<std::string> {
    const char* value = std::getenv(name.c_str());
    if (value == nullptr || *value == '\0') return std::nullopt;
    return std::string(value);
  };
}

std::filesystem::path resolve_library_path(const std::optional<std::string>& cli_db, const EnvLookup& env) {
  if (cli_db && !cli_db->empty()) return *cli_db;
  if (auto db = env("RUNSTRENGTH_DB")) return *db;
  if (auto data_home = env("XDG_DATA_HOME")) {
    return std::filesystem::path(*data_home) / "runstrength" / "runstrength.db";
  }
  if (auto home = env("HOME")) {
    return std::filesystem::path(*home) / ".local" / "share" / "runstrength" / "runstrength.db";
  }
  throw Error("cannot locate the library: set HOME, XDG_DATA_HOME or RUNSTRENGTH_DB, or pass --db PATH",
              ErrorKind::usage);
}

void create_parent_dirs(const std::filesystem::path& file) {
  const auto parent = file.parent_path();
  if (parent.empty()) return;
  std::error_code ec;
  std::filesystem::create_directories(parent, ec);
  if (ec) throw Error("cannot create folder " + parent.string() + ": " + ec.message());
}

}  // namespace rs

namespace rs {

std::filesystem::path find_content_dir(const EnvLookup& env) {
  if (auto configured = env("RUNSTRENGTH_CONTENT")) {
    if (!std::filesystem::is_directory(*configured)) {
      throw Error("RUNSTRENGTH_CONTENT=" + *configured + " is not a folder");
    }
    return *configured;
  }
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto installed = exe.parent_path().parent_path() / "share" / "runstrength" / "content";
    if (std::filesystem::is_directory(installed, ec)) return installed;
  }
#ifdef RS_SOURCE_DIR
  const std::filesystem::path source = std::filesystem::path(RS_SOURCE_DIR) / "content";
  if (std::filesystem::is_directory(source, ec)) return source;
#endif
  throw Error("cannot find the content folder; set RUNSTRENGTH_CONTENT or pass a path");
}

}  // namespace rs

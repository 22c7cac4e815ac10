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

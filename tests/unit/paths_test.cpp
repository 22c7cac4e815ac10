// Unit tests for src/util/paths: where the library lives.
#include <gtest/gtest.h>

#include <map>

#include "util/error.hpp"
#include "util/paths.hpp"

namespace rs {
namespace {

EnvLookup fake_env(std::map<std::string, std::string> values) {
  return [values](const std::string& name) -> std::optional<std::string> {
    auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
  };
}

TEST(LibraryPath, DbOptionBeatsEnvironmentBeatsXdgBeatsHome) {
  const auto all = fake_env({{"RUNSTRENGTH_DB", "/env/lib.db"}, {"XDG_DATA_HOME", "/xdg"}, {"HOME", "/home/r"}});
  EXPECT_EQ(resolve_library_path(std::string("/cli/lib.db"), all), "/cli/lib.db");
  EXPECT_EQ(resolve_library_path(std::nullopt, all), "/env/lib.db");
  EXPECT_EQ(resolve_library_path(std::nullopt, fake_env({{"XDG_DATA_HOME", "/xdg"}, {"HOME", "/home/r"}})),
            "/xdg/runstrength/runstrength.db");
  EXPECT_EQ(resolve_library_path(std::nullopt, fake_env({{"HOME", "/home/r"}})),
            "/home/r/.local/share/runstrength/runstrength.db");
}

TEST(LibraryPath, NoHomeAtAllIsAUsageError) {
  try {
    resolve_library_path(std::nullopt, fake_env({}));
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::usage);
  }
}

}  // namespace
}  // namespace rs

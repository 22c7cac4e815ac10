#pragma once
// The fixture of the use-case tests (src/app): a temporary library with the shipped content
// imported in-process through app::import_library, a schedule request with a fixed "today", and
// a helper that expects a usage error.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "app/library.hpp"
#include "app/make_plan.hpp"
#include "support/temp_dir.hpp"
#include "util/error.hpp"

namespace rs::test {

/// The source tree (content/, tests/fixtures/).
inline const std::filesystem::path source_dir = RS_SOURCE_DIR;

/// tests/fixtures/planner/week.yaml: a two-session home week starting 2026-12-07.
inline const std::string week_file = (source_dir / "tests" / "fixtures" / "planner" / "week.yaml").string();

/// A library holding the shipped content, imported before each test.
class ImportedLibraryTest : public ::testing::Test {
 protected:
  void SetUp() override;

  /// A plan request for week_file, "today" 2026-11-30.
  [[nodiscard]] app::PlanRequest week_request() const;

  TempDir dir;                              ///< The test's folder.
  app::Library library{dir / "lib.db"};     ///< The library in it.
};

/// Runs `body`, expects an rs::Error of kind usage, and returns its message ("" and a failure when
/// nothing or something else is thrown).
template <class Body>
std::string usage_error(Body&& body) {
  try {
    body();
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::usage) << error.what();
    return error.what();
  }
  ADD_FAILURE() << "no error";
  return {};
}

}  // namespace rs::test

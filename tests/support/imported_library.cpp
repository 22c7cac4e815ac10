#include "support/imported_library.hpp"

#include "app/import_library.hpp"

namespace rs::test {

void ImportedLibraryTest::SetUp() {
  app::ImportRequest request;
  request.content_dir = source_dir / "content";
  ASSERT_FALSE(app::import_library(library, request).any_failed());
}

app::PlanRequest ImportedLibraryTest::week_request() const {
  app::PlanRequest request;
  request.schedule_file = week_file;
  request.today = *parse_date("2026-11-30");
  return request;
}

}  // namespace rs::test

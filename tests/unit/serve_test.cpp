// app/serve: a subscription's feed is the athlete's newest plan exported, read from one snapshot;
// the per-connection FeedCache answers repeated polls from memory and empties itself the moment
// another connection commits (a re-plan), never keeps unknown tokens and stays bounded.
#include <gtest/gtest.h>

#include <string>

#include "app/make_plan.hpp"
#include "app/serve.hpp"
#include "app/tokens.hpp"
#include "exporters/export.hpp"
#include "store/plan_store.hpp"
#include "support/imported_library.hpp"

namespace rs::app {
namespace {

using FeedCacheTest = test::ImportedLibraryTest;

TEST_F(FeedCacheTest, RepeatedPollsComeFromTheCacheUntilAnotherConnectionCommits) {
  const auto made = make_plan(library.db(), week_request());
  const auto token = issue_token(library.db(), "default", false);
  auto server_side = store::Database::open(dir / "lib.db");  // the server's own connection
  FeedCache cache;
  const auto first = cache.get(server_side, token, FeedKind::calendar);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->body, exporters::export_plan(*store::load_plan(server_side, made.plan.id),
                                                exporters::ExportFormat::ics));
  const auto page = cache.get(server_side, token, FeedKind::page);
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("<html"), std::string::npos);
  EXPECT_EQ(cache.get(server_side, token, FeedKind::calendar)->body, first->body);

  // A re-plan (renamed) through the other connection: the next poll shows it.
  auto request = week_request();
  request.name = "Spring 10k";
  replan_saved_plan(library.db(), made.plan.id, request);
  const auto after = cache.get(server_side, token, FeedKind::calendar);
  ASSERT_TRUE(after);
  EXPECT_NE(after->body, first->body);
  EXPECT_EQ(after->body, exporters::export_plan(*store::load_plan(server_side, made.plan.id),
                                                exporters::ExportFormat::ics));
  // Unknown and rotated tokens find nothing, before and after a rotation.
  EXPECT_FALSE(cache.get(server_side, std::string(32, '0'), FeedKind::calendar));
  const auto rotated = issue_token(library.db(), "default", true);
  EXPECT_FALSE(cache.get(server_side, token, FeedKind::calendar));
  EXPECT_TRUE(cache.get(server_side, rotated, FeedKind::calendar));
}

}  // namespace
}  // namespace rs::app

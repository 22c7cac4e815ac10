// server/http_date: IMF-fixdates both ways, stored UTC stamps, and when a feed may answer 304.
#include <gtest/gtest.h>

#include "server/http_date.hpp"

namespace rs::server {
namespace {

TEST(HttpDate, FormatsAndParsesImfFixdates) {
  EXPECT_EQ(format_http_date(784111777), "Sun, 06 Nov 1994 08:49:37 GMT");
  EXPECT_EQ(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), 784111777);
  EXPECT_EQ(parse_basic_utc("19941106T084937Z"), 784111777);
  EXPECT_FALSE(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"));
  EXPECT_FALSE(parse_http_date("Sun, 31 Feb 1994 08:49:37 GMT"));
  EXPECT_FALSE(parse_http_date("Sun, 06 Nov 1994 08:49:37 UTC"));
  EXPECT_FALSE(parse_basic_utc("19941106 084937Z"));
}

TEST(HttpDate, IfNoneMatchComesFirstThenIfModifiedSince) {
  const std::string etag = "\"abc\"";
  EXPECT_TRUE(not_modified("\"abc\"", "", etag, 100));
  EXPECT_TRUE(not_modified("\"x\", W/\"abc\"", "", etag, 100));
  EXPECT_TRUE(not_modified("*", "", etag, 100));
  EXPECT_FALSE(not_modified("\"x\"", format_http_date(200), etag, 100));  // If-None-Match decides
  EXPECT_TRUE(not_modified("", format_http_date(100), etag, 100));
  EXPECT_FALSE(not_modified("", format_http_date(99), etag, 100));
  EXPECT_FALSE(not_modified("", "yesterday", etag, 100));
  EXPECT_FALSE(not_modified("", "", etag, 100));
}

}  // namespace
}  // namespace rs::server

// server/route: only GET/HEAD of /healthz, /c/TOKEN and /c/TOKEN.ics with a 32-digit lower-case hex
// token are routed; the log's path never shows a token.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "server/route.hpp"

namespace rs::server {
namespace {

const std::string token = "0123456789abcdef0123456789abcdef";

TEST(Route, OnlyTheSubscriptionPathsAndHealthAreRouted) {
  EXPECT_EQ(route_request("GET", "/c/" + token + ".ics").kind, RouteKind::calendar);
  EXPECT_EQ(route_request("HEAD", "/c/" + token + ".ics").token, token);
  EXPECT_EQ(route_request("GET", "/c/" + token).kind, RouteKind::page);
  EXPECT_EQ(route_request("GET", "/healthz").kind, RouteKind::health);
  EXPECT_EQ(route_request("POST", "/healthz").kind, RouteKind::method_not_allowed);
  EXPECT_EQ(route_request("DELETE", "/c/" + token).kind, RouteKind::method_not_allowed);
  for (const std::string& path : std::vector<std::string>{"/", "/c/", "/c/.ics", "/c/" + token.substr(1) + ".ics", "/c/" + token + "0",
                                 "/c/" + token + ".ics/", "/c/" + token + ".ICS", "/c/0123456789ABCDEF0123456789abcdef",
                                 "/c/../" + token, "/c//" + token, "/C/" + token, "/c/" + token + ".ics.ics",
                                 "/healthz/", "/c/" + token.substr(2) + "\xc3\xa9", "/c/" + std::string(300, 'a')}) {
    EXPECT_EQ(route_request("GET", path).kind, RouteKind::not_found) << path;
  }
}

TEST(Route, TheLoggedPathHidesTokensAndEscapesBytes) {
  EXPECT_EQ(redact_path("/c/" + token + ".ics"), "/c/<token>.ics");
  EXPECT_EQ(redact_path("/x/" + token.substr(0, 16) + "/y"), "/x/<token>/y");
  EXPECT_EQ(redact_path("/c/ABCDEF0123456789ABCDEF"), "/c/<token>");
  EXPECT_EQ(redact_path("/c/abc"), "/c/abc");
  EXPECT_EQ(redact_path("/a b\n\xc3\xa9%"), "/a%20b%0a%c3%a9%25");
  const auto long_path = redact_path(std::string(500, 'z'));
  EXPECT_EQ(long_path, std::string(120, 'z') + "...");
}

}  // namespace
}  // namespace rs::server

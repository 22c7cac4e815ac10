// app/tokens: 128-bit tokens from the OS random source, shown once and stored as SHA-256 hashes;
// a rotated token stops working at once; malformed tokens never match.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <set>
#include <string>

#include "app/athletes.hpp"
#include "app/tokens.hpp"
#include "store/athlete_store.hpp"
#include "support/imported_library.hpp"
#include "util/error.hpp"
#include "util/sha256.hpp"

namespace rs::app {
namespace {

TEST(Tokens, RandomTokensAre32HexDigitsAndDiffer) {
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    const auto token = random_token();
    EXPECT_TRUE(is_token_shaped(token)) << token;
    seen.insert(token);
  }
  EXPECT_EQ(seen.size(), 200u);
}

TEST(Tokens, ShapeAndConstantTimeComparison) {
  EXPECT_TRUE(is_token_shaped(std::string(32, 'a')));
  EXPECT_FALSE(is_token_shaped(std::string(31, 'a')));
  EXPECT_FALSE(is_token_shaped(std::string(33, 'a')));
  EXPECT_FALSE(is_token_shaped(std::string(32, 'A')));
  EXPECT_FALSE(is_token_shaped(std::string(30, 'a') + "\xc3\xa9"));
  EXPECT_FALSE(is_token_shaped(""));
  EXPECT_TRUE(constant_time_equal("abc", "abc"));
  EXPECT_FALSE(constant_time_equal("abc", "abd"));
  EXPECT_FALSE(constant_time_equal("abc", "abcd"));
}

TEST(Tokens, OnlyTheHashIsKeptAndRotationRetiresTheOldToken) {
  auto db = store::Database::open_in_memory();
  add_athlete(db, "Ben", {});
  const auto first = issue_token(db, "Ben", false);
  EXPECT_EQ(athlete_for_token(db, first), 2);
  EXPECT_EQ(db.sql().execAndGet("SELECT token_hash FROM athletes WHERE id = 2").getString(), sha256_hex(first));
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM athletes WHERE token_hash = '" + first + "'").getInt(), 0);
  try {
    issue_token(db, "Ben", false);
    ADD_FAILURE() << "a second token without --rotate";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::failure);
    EXPECT_NE(std::string(error.what()).find("--rotate"), std::string::npos);
  }
  EXPECT_EQ(athlete_for_token(db, first), 2);  // the refusal changed nothing
  const auto second = issue_token(db, "Ben", true);
  EXPECT_NE(second, first);
  EXPECT_FALSE(athlete_for_token(db, first));
  EXPECT_EQ(athlete_for_token(db, second), 2);
  EXPECT_FALSE(athlete_for_token(db, second.substr(1)));
  EXPECT_FALSE(athlete_for_token(db, second + "0"));
  EXPECT_FALSE(athlete_for_token(db, sha256_hex(second)));  // the stored hash is no token
  EXPECT_TRUE(test::usage_error([&] { issue_token(db, "Nobody", false); }).find("no athlete") != std::string::npos);
}

}  // namespace
}  // namespace rs::app

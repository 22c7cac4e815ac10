#pragma once
// Calendar subscription tokens: 128 bits from the operating system's random source, written as 32
// lower-case hex digits, kept in the library only as their SHA-256 hash and compared in constant
// time. A token is shown once, when made; rotating makes a new one and the old stops at once.

#include <optional>
#include <string>
#include <string_view>

#include "store/database.hpp"

namespace rs::app {

/// Hex digits in a token (128 bits).
inline constexpr std::size_t token_length = 32;

/// A new token from getrandom(2). Throws rs::Error when the random source fails.
std::string random_token();

/// True when `text` has a token's shape: token_length lower-case hex digits.
bool is_token_shaped(std::string_view text);

/// True when `a` and `b` are equal, in a time that depends on their lengths only.
bool constant_time_equal(std::string_view a, std::string_view b);

/// Makes athlete `name`'s token and returns it (the only time it is seen). When they have one
/// already, `rotate` replaces it (the old one stops working); without `rotate` that is refused
/// (rs::Error, failure: only its hash is kept, so it cannot be shown again). Throws rs::Error
/// (usage) for an unknown athlete.
std::string issue_token(store::Database& db, const std::string& name, bool rotate);

/// The athlete whose token is `token`, or nullopt (a malformed token included).
std::optional<long long> athlete_for_token(store::Database& db, std::string_view token);

}  // namespace rs::app

#include "app/tokens.hpp"

#include <sys/random.h>

#include <array>
#include <cerrno>
#include <cstring>

#include "app/athletes.hpp"
#include "store/athlete_store.hpp"
#include "util/error.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

namespace rs::app {

std::string random_token() {
  std::array<unsigned char, token_length / 2> bytes{};
  std::size_t filled = 0;
  while (filled < bytes.size()) {
    const ssize_t got = getrandom(bytes.data() + filled, bytes.size() - filled, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw Error(std::string("cannot read the system's random source: ") + std::strerror(errno));
    }
    filled += static_cast<std::size_t>(got);
  }
  std::string token;
  for (const unsigned char byte : bytes) append_hex(token, byte, 2);
  return token;
}

bool is_token_shaped(std::string_view text) {
  if (text.size() != token_length) return false;
  for (const char ch : text) {
    if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) return false;
  }
  return true;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    difference = static_cast<unsigned char>(difference | (static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i])));
  }
  return difference == 0;
}

std::string issue_token(store::Database& db, const std::string& name, bool rotate) {
  const auto found = athlete(db, name);
  if (found.has_token && !rotate) {
    throw Error("athlete \"" + found.name +
                "\" has a token already; only its hash is kept, so it cannot be shown again: `runstrength athlete "
                "token NAME --rotate` makes a new one (the old one then stops working)");
  }
  auto token = random_token();
  store::set_token_hash(db, found.id, sha256_hex(token));
  return token;
}

std::optional<long long> athlete_for_token(store::Database& db, std::string_view token) {
  if (!is_token_shaped(token)) return std::nullopt;
  // Looked up by its hash: the time the lookup takes says nothing about the token itself.
  const auto hash = sha256_hex(token);
  const auto stored = store::find_token_hash(db, hash);
  if (!stored || !constant_time_equal(stored->second, hash)) return std::nullopt;
  return stored->first;
}

}  // namespace rs::app

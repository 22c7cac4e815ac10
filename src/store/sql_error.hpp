#pragma once
// Turning SQLiteCpp exceptions into rs::Error. Every store module catches SQLite::Exception and
// calls rethrow_sql, so nothing above src/store ever sees a third-party exception.

#include <string_view>

namespace SQLite {
class Exception;
}

namespace rs::store {

/// Rethrows a SQLite exception as rs::Error, prefixed with what was being done. A locked or busy
/// library becomes ErrorKind::busy with a "library is busy" message.
[[noreturn]] void rethrow_sql(const SQLite::Exception& error, std::string_view doing);

/// Runs `body`, converting any SQLite::Exception it throws with rethrow_sql(…, doing).
template <class Body>
decltype(auto) guard_sql(std::string_view doing, Body&& body);

}  // namespace rs::store

#include <SQLiteCpp/Exception.h>

namespace rs::store {

template <class Body>
decltype(auto) guard_sql(std::string_view doing, Body&& body) {
  try {
    return body();
  } catch (const SQLite::Exception& error) {
    rethrow_sql(error, doing);
  }
}

}  // namespace rs::store

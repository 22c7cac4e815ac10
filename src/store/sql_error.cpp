#include "store/sql_error.hpp"

#include <sqlite3.h>

#include <string>

#include "util/error.hpp"

namespace rs::store {

void rethrow_sql(const SQLite::Exception& error, std::string_view doing) {
  const int code = error.getErrorCode() & 0xff;
  std::string message(doing);
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
    message += ": library is busy (another runstrength is using it); try again in a moment";
    throw Error(message, ErrorKind::busy);
  }
  message += ": ";
  message += error.what();
  throw Error(message);
}

}  // namespace rs::store

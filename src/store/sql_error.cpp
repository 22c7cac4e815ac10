#include "store/sql_error.hpp"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "util/error.hpp"

namespace rs::store {

void rethrow_sql(const SQLite::Exception& error, std::string_view doing) {
  // The failed system call's error, read before anything else can change it: SQLite reports a
  // write refused for want of room (ENOSPC, or EFBIG past the file size limit) as a plain
  // "disk I/O error" unless the disk itself said it is full.
  const int system_error = errno;
  const int code = error.getErrorCode() & 0xff;
  std::string message(doing);
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
    message += ": library is busy (another runstrength is using it); try again in a moment";
    throw Error(message, ErrorKind::busy);
  }
  message += ": ";
  message += error.what();
  if (code == SQLITE_IOERR && (system_error == ENOSPC || system_error == EFBIG || system_error == EDQUOT)) {
    message += " (" + std::string(std::strerror(system_error)) + "): the disk or the file is full";
  }
  throw Error(message);
}

}  // namespace rs::store

#include "util/error.hpp"

namespace rs {

Error::Error(const std::string& message, ErrorKind kind) : std::runtime_error(message), kind_(kind) {}

Error Error::with_context(std::string_view context) const {
  std::string message(context);
  message += ": ";
  message += what();
  return Error(message, kind_);
}

void throw_usage(const std::string& message) { throw Error(message, ErrorKind::usage); }

}  // namespace rs

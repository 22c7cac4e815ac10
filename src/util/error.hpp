#pragma once
// rs::Error: the one exception type runstrength throws. Third-party exceptions are caught in the
// module that uses the library and rethrown as rs::Error; only src/cli catches it.

#include <stdexcept>
#include <string>
#include <string_view>

namespace rs {

/// What went wrong, as the CLI maps it to an exit status (see README, "Exit status").
enum class ErrorKind {
  failure,  ///< Bad input, a failed operation: exit 1.
  usage,    ///< A bad command line or option value: exit 2.
  busy,     ///< The library stayed locked by another process past the busy timeout: exit 1.
};

/// The project's exception: a message that already names its context (file, line, field).
class Error : public std::runtime_error {
 public:
  /// Creates an error with a full, human-readable message.
  explicit Error(const std::string& message, ErrorKind kind = ErrorKind::failure);

  /// The category used to choose the exit status.
  [[nodiscard]] ErrorKind kind() const noexcept { return kind_; }

  /// Returns the same error with "context: " put before its message.
  [[nodiscard]] Error with_context(std::string_view context) const;

 private:
  ErrorKind kind_;
};

/// Shorthand for throwing a usage error (exit status 2).
[[noreturn]] void throw_usage(const std::string& message);

}  // namespace rs

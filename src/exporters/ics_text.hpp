#pragma once
// RFC 5545 content lines: TEXT escaping (3.3.11), parameter values (3.2), and folding of long
// lines at 75 octets without splitting a UTF-8 sequence (3.1). Every line ends with CRLF.

#include <string>
#include <string_view>
#include <vector>

namespace rs::exporters::ics {

/// Escapes a TEXT value: backslash first, then ';' and ',', and newlines (CRLF, CR or LF) as "\n".
std::string escape_text(std::string_view text);

/// A parameter value: quoted with DQUOTE when it contains ':' ';' or ','; DQUOTE itself and
/// control characters (which RFC 5545 forbids in parameter values) are dropped.
std::string param_value(std::string_view value);

/// Folds one logical content line (without its line end) into physical lines of at most 75 octets,
/// each ending in CRLF; continuation lines start with one space, which counts towards the 75.
/// Never splits a UTF-8 multi-octet sequence.
std::string fold_line(std::string_view line);

/// Accumulates content lines into an iCalendar stream.
class Writer {
 public:
  /// Adds "NAME:VALUE" with VALUE written as given (already a valid value of its type).
  void raw(std::string_view name, std::string_view value);
  /// Adds "NAME:VALUE" with VALUE escaped as TEXT.
  void text(std::string_view name, std::string_view value);
  /// Adds "NAME;PARAMS:VALUE"; `params` is already formed, e.g. "VALUE=DATE" or "TZID=Europe/London".
  void with_params(std::string_view name, std::string_view params, std::string_view value);
  /// "BEGIN:COMPONENT".
  void begin(std::string_view component) { raw("BEGIN", component); }
  /// "END:COMPONENT".
  void end(std::string_view component) { raw("END", component); }
  /// The folded, CRLF-terminated stream so far.
  [[nodiscard]] const std::string& str() const { return out_; }

 private:
  std::string out_;
};

}  // namespace rs::exporters::ics

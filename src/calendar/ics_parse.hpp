#pragma once
// Parsing an iCalendar file with libical, one content line at a time, so that what libical finds
// wrong is reported with the file's line: malformed lines, components left open or closed by the
// wrong END, and the limits that keep a hostile file within bounded time and memory
// (docs/planner.md, "Limits of a calendar").

extern "C" {
#include <libical/ical.h>
}

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rs::calendar {

/// Longest content line once unfolded (RFC 5545 section 3.1), in bytes.
inline constexpr std::size_t max_line_bytes = 64 * 1024;
/// Most parameters on one content line (libical reads them in time that grows as their square).
inline constexpr std::size_t max_parameters = 100;
/// Most content lines and comma-separated values in a file: libical keeps each as a property
/// of about 400 bytes, so this bounds its memory to about 200 MB.
inline constexpr std::size_t max_values = 500000;
/// Deepest nesting of components (VCALENDAR > VEVENT > VALARM is 3).
inline constexpr std::size_t max_depth = 10;

/// Frees a libical component tree.
struct ComponentFree {
  /// Calls icalcomponent_free.
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
/// An owned libical component tree.
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

/// One content line, unfolded, and the physical line (from 1) where it starts.
struct ContentLine {
  std::string text;       ///< Without its line break; folded continuations joined.
  std::size_t line = 0;   ///< Line of the file where the content line starts.
};

/// Splits iCalendar text into unfolded content lines, as libical's own line reader does: a line
/// ends at LF (CR LF), or at CR when no LF follows; a line starting with a space or tab continues
/// the one before; a UTF-8 BOM at the start is skipped.
class ContentLines {
 public:
  /// Reads `text`, which must outlive this object.
  explicit ContentLines(std::string_view text);
  /// The next content line, or false at the end. Throws rs::Error (usage) naming `source` and
  /// the line when a content line passes max_line_bytes.
  bool next(ContentLine& out, const std::string& source);

 private:
  std::string_view physical();  // the next physical line, without its break
  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 0;
  bool lf_ahead_ = true;
};

/// Parses iCalendar `text` (`source` names the file in messages) with libical and returns its
/// top-level components. Throws rs::Error (usage) naming the file and the line for a malformed
/// content line (as libical reports it; a property with no value and an unknown but well-formed
/// property or component name are taken as absent, as RFC 5545 asks), text outside any component,
/// an END that closes another component or a component never closed, and past the limits above.
std::vector<ComponentPtr> parse_calendar_text(std::string_view text, const std::string& source);

}  // namespace rs::calendar

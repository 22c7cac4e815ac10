#include "calendar/ics_parse.hpp"

#include <algorithm>

#include "calendar/ics_events.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace rs::calendar {

namespace {

struct ParserFree {
  void operator()(icalparser* parser) const { icalparser_free(parser); }
};
using ParserPtr = std::unique_ptr<icalparser, ParserFree>;

// libical's value parsers report malformed data through icalerrno; like icalparser_parse, keep
// that error non-fatal while lines are added, and leave icalerrno clear afterwards.
class NonFatalParseErrors {
 public:
  NonFatalParseErrors() : saved_(icalerror_get_error_state(ICAL_MALFORMEDDATA_ERROR)) {
    icalerror_set_error_state(ICAL_MALFORMEDDATA_ERROR, ICAL_ERROR_NONFATAL);
  }
  ~NonFatalParseErrors() {
    icalerror_set_error_state(ICAL_MALFORMEDDATA_ERROR, saved_);
    icalerror_clear_errno();
  }
  NonFatalParseErrors(const NonFatalParseErrors&) = delete;
  NonFatalParseErrors& operator=(const NonFatalParseErrors&) = delete;

 private:
  icalerrorstate saved_;
};

// An open component: its name as its BEGIN line gives it, and that line.
struct Open {
  std::string name;
  std::size_t line = 0;
};

Error bad_line(const std::string& source, std::size_t line, const std::string& message) {
  return Error(source + ": line " + std::to_string(line) + ": " + message, ErrorKind::usage);
}

// The start of a content line for a message: at most 60 bytes, cut on a UTF-8 boundary.
std::string excerpt(std::string_view text) {
  constexpr std::size_t most = 60;
  if (text.size() <= most) return "\"" + std::string(text) + "\"";
  std::size_t cut = most;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) --cut;
  return "\"" + std::string(text.substr(0, cut)) + "...\"";
}

bool is_blank(std::string_view text) { return text.find_first_not_of(" \t") == std::string_view::npos; }

// An RFC 5545 name: letters, digits and dashes.
bool is_name(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-';
  });
}

// The component a BEGIN or END line names (what follows "BEGIN:" or "END:").
std::string component_name(std::string_view line, std::size_t keyword) {
  return ascii_lower(trim(line.size() > keyword ? line.substr(keyword + 1) : std::string_view()));
}

// The property name of a content line, lower-cased: up to its first ';' or ':'.
std::string keyword_of(std::string_view line) {
  return ascii_lower(trim(line.substr(0, std::min(line.find_first_of(";:"), line.size()))));
}

// Parameters of a content line: the ';' before the first ':' outside double quotes.
std::size_t parameters_of(std::string_view line) {
  std::size_t count = 0;
  bool quoted = false;
  for (const char ch : line) {
    if (ch == '"') quoted = !quoted;
    if (!quoted && ch == ':') break;
    if (!quoted && ch == ';') ++count;
  }
  return count;
}

std::string first_error(icalcomponent* component) {
  auto* property = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY);
  const char* text = property == nullptr ? nullptr : icalproperty_get_xlicerror(property);
  return text == nullptr ? std::string() : std::string(text);
}

// What libical says of one content line on its own, inside an empty VCALENDAR ("" when nothing).
std::string probe(const std::string& line) {
  ParserPtr parser(icalparser_new());
  if (!parser) return {};
  std::string begin = "BEGIN:VCALENDAR";
  std::string copy = line;
  std::string end = "END:VCALENDAR";
  icalparser_add_line(parser.get(), begin.data());
  icalparser_add_line(parser.get(), copy.data());
  const ComponentPtr root(icalparser_add_line(parser.get(), end.data()));
  return root ? first_error(root.get()) : std::string();
}

// libical's complaints that are no error: a property without a value, an unknown property or
// component with a well-formed name (RFC 5545: ignored). libical drops them from its tree.
bool harmless(std::string_view message) {
  if (message.rfind("No value for ", 0) == 0) return true;
  for (const std::string_view prefix : {"Parse error in property name: ", "Parse error in component name: "}) {
    if (message.rfind(prefix, 0) == 0) return is_name(message.substr(prefix.size()));
  }
  return false;
}

// libical's message without the text it quotes and its note on what it did.
std::string tidy(std::string_view message) {
  message = message.substr(0, message.find(':'));
  const std::string_view removing = ". Removing entire property";
  if (message.size() >= removing.size() && message.substr(message.size() - removing.size()) == removing) {
    message.remove_suffix(removing.size());
  }
  return std::string(message);
}

Error malformed(const std::string& source, const ContentLine& line, const std::string& message) {
  return bad_line(source, line.line, "malformed line " + excerpt(line.text) + " (libical: " + tidy(message) + ")");
}

// The first non-harmless X-LIC-ERROR in a component tree ("" when none).
std::string unexplained_error(icalcomponent* component) {
  for (auto* property = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); property != nullptr;
       property = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
    const char* text = icalproperty_get_xlicerror(property);
    if (text != nullptr && !harmless(text)) return text;
  }
  for (auto* child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); child != nullptr;
       child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
    auto found = unexplained_error(child);
    if (!found.empty()) return found;
  }
  return {};
}

// An error libical left in the tree that no line was found to give: the first property line that
// gives it on its own.
[[noreturn]] void throw_located(std::string_view text, const std::string& source, const std::string& message) {
  ContentLines lines(text);
  ContentLine line;
  while (lines.next(line, source)) {
    const auto keyword = keyword_of(line.text);
    if (is_blank(line.text) || keyword == "begin" || keyword == "end") continue;
    const auto found = probe(line.text);
    if (!found.empty() && !harmless(found)) throw malformed(source, line, found);
  }
  throw Error(source + ": malformed calendar (libical: " + tidy(message) + ")", ErrorKind::usage);
}

// Follows libical's parser state after one line; throws on what makes the file unreadable.
class Structure {
 public:
  explicit Structure(const std::string& source) : source_(source) {}

  // Text outside any component is refused before libical sees it (an END there makes it print a
  // warning on standard error).
  void before(const ContentLine& line) const {
    if (open_.empty() && keyword_of(line.text) != "begin") throw outside(line);
  }

  void after(icalparser_state state, const ContentLine& line) {
    if (state == ICALPARSER_BEGIN_COMP) return begin(line);
    if (state == ICALPARSER_END_COMP || state == ICALPARSER_SUCCESS) return end(line);
    if (state == ICALPARSER_IN_PROGRESS && parameters_of(line.text) > 0) {
      // libical skips a parameter it cannot read without flagging the line: ask it of this line.
      const auto message = probe(line.text);
      if (!message.empty() && !harmless(message)) throw malformed(source_, line, message);
    }
    if (state != ICALPARSER_ERROR) return;
    if (open_.empty()) throw outside(line);
    const auto message = probe(line.text);
    if (!harmless(message)) throw malformed(source_, line, message.empty() ? "not a content line" : message);
  }

  void finish() const {
    if (open_.empty()) return;
    const auto& last = open_.back();
    throw bad_line(source_, last.line, "BEGIN:" + upper(last.name) + " is never closed (no END:" + upper(last.name) + ")");
  }

 private:
  static std::string upper(std::string text) {
    for (auto& ch : text) ch = ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch;
    return text;
  }

  Error outside(const ContentLine& line) const {
    return bad_line(source_, line.line, excerpt(line.text) + " is outside BEGIN:VCALENDAR ... END:VCALENDAR");
  }

  void begin(const ContentLine& line) {
    auto name = component_name(line.text, 5);
    if (!is_name(name)) throw malformed(source_, line, "Parse error in component name");
    if (open_.size() >= max_depth) {
      throw bad_line(source_, line.line, "components nested more than " + std::to_string(max_depth) + " deep");
    }
    if (name == "vevent" && ++events_ > max_events) {
      throw bad_line(source_, line.line, "more than " + std::to_string(max_events) +
                                             " events: a calendar may hold at most " + std::to_string(max_events));
    }
    open_.push_back({std::move(name), line.line});
  }

  void end(const ContentLine& line) {
    if (open_.empty()) throw outside(line);
    const auto name = component_name(line.text, 3);
    if (name != open_.back().name) {
      throw bad_line(source_, line.line, excerpt(line.text) + " closes BEGIN:" + upper(open_.back().name) +
                                             " of line " + std::to_string(open_.back().line));
    }
    open_.pop_back();
  }

  const std::string& source_;
  std::vector<Open> open_;
  std::size_t events_ = 0;
};

}  // namespace

ContentLines::ContentLines(std::string_view text) : text_(text) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

std::string_view ContentLines::physical() {
  auto end = lf_ahead_ ? text_.find('\n', pos_) : std::string_view::npos;
  if (end == std::string_view::npos) {
    lf_ahead_ = false;  // libical's reader then ends lines at CR
    end = text_.find('\r', pos_);
  }
  const auto stop = end == std::string_view::npos ? text_.size() : end;
  auto line = text_.substr(pos_, stop - pos_);
  pos_ = end == std::string_view::npos ? text_.size() : end + 1;
  ++line_;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool ContentLines::next(ContentLine& out, const std::string& source) {
  if (pos_ >= text_.size()) return false;
  out.line = line_ + 1;
  out.text.clear();
  for (auto part = physical();; part = physical().substr(1)) {
    if (out.text.size() + part.size() > max_line_bytes) {
      throw bad_line(source, out.line, "a content line of more than " + std::to_string(max_line_bytes / 1024) +
                                           " KiB: a calendar line may hold at most that");
    }
    out.text.append(part);
    if (pos_ >= text_.size() || (text_[pos_] != ' ' && text_[pos_] != '\t')) return true;
  }
}

std::vector<ComponentPtr> parse_calendar_text(std::string_view text, const std::string& source) {
  const NonFatalParseErrors guard;
  ParserPtr parser(icalparser_new());
  if (!parser) throw Error(source + ": libical could not start its parser");
  std::vector<ComponentPtr> roots;
  Structure structure(source);
  std::size_t values = 0;
  ContentLines lines(text);
  ContentLine line;
  while (lines.next(line, source)) {
    if (is_blank(line.text)) continue;
    if (parameters_of(line.text) > max_parameters) {
      throw bad_line(source, line.line, "more than " + std::to_string(max_parameters) + " parameters on one line");
    }
    values += 1 + static_cast<std::size_t>(std::count(line.text.begin(), line.text.end(), ','));
    if (values > max_values) {
      throw bad_line(source, line.line, "more than " + std::to_string(max_values) +
                                            " content lines and comma-separated values: a calendar may hold at most that");
    }
    structure.before(line);
    if (auto* done = icalparser_add_line(parser.get(), line.text.data())) roots.emplace_back(done);
    structure.after(icalparser_get_state(parser.get()), line);
  }
  structure.finish();
  for (const auto& root : roots) {
    const auto message = unexplained_error(root.get());
    if (!message.empty()) throw_located(text, source, message);
  }
  return roots;
}

}  // namespace rs::calendar

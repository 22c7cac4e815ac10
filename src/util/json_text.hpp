#pragma once
// JSON text of simple values, written directly (no document built first): for the lists of names
// and slugs the library writer hands SQLite's json_each() once per article.

#include <string>
#include <string_view>

namespace rs {

/// Appends `text` to `out` as a JSON string: quoted, with '"', '\' and control characters escaped.
/// `text` must be valid UTF-8 (it is copied as it is).
void append_json_string(std::string& out, std::string_view text);

}  // namespace rs

#pragma once
// Reading a whole input file (a schedule, a calendar, a log file, a content file) into memory:
// the one copy of that loop; each caller words its own error.

#include <filesystem>
#include <optional>
#include <string>

namespace rs {

/// The bytes of the file at `path`, or nullopt when it cannot be opened or read to its end.
std::optional<std::string> read_whole_file(const std::filesystem::path& path);

}  // namespace rs

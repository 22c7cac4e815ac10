#pragma once
// Writing an output file so that a failure never leaves half a file: write a temporary file in the
// same folder, flush it to disk, then rename it over the target.

#include <filesystem>
#include <string_view>

namespace rs {

/// Replaces `path` with `content` atomically (temporary file + rename in the same folder). The new
/// file gets mode 0644. Throws rs::Error naming the path on any failure; the target is then untouched.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace rs

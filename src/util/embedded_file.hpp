#pragma once
// A file embedded into the binary at build time (see cmake/EmbedFiles.cmake).

#include <string_view>
#include <vector>

namespace rs {

/// One embedded file: its base name and its exact bytes.
struct EmbeddedFile {
  std::string_view name;  ///< File name without folder, e.g. "0001_library.sql".
  std::string_view data;  ///< The file's bytes.
};

/// The migrations/NNNN_name.sql files, sorted by name (generated at build time).
const std::vector<EmbeddedFile>& embedded_migrations();

/// The src/exporters/templates/*.mustache files, sorted by name (generated at build time).
const std::vector<EmbeddedFile>& embedded_templates();

}  // namespace rs

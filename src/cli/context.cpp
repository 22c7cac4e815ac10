#include "cli/context.hpp"

#include "util/paths.hpp"

namespace rs::cli {

Context::Context(std::ostream& out_stream, std::ostream& err_stream) : out(out_stream), err(err_stream) {}

std::filesystem::path Context::library_path() const { return resolve_library_path(db_option, process_env()); }

const Terminal& Context::terminal() {
  if (!terminal_) terminal_ = detect_terminal(color_mode, no_pager);
  return *terminal_;
}

store::Database& Context::library() { return library_file().db(); }

app::Library& Context::library_file() {
  if (!library_) library_.emplace(library_path());
  return *library_;
}

}  // namespace rs::cli

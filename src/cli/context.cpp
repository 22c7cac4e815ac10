#include "cli/context.hpp"

#include "util/paths.hpp"

namespace rs::cli {

Context::Context(std::ostream& out_stream, std::ostream& err_stream) : out(out_stream), err(err_stream) {}

std::filesystem::path Context::library_path() const { return resolve_library_path(db_option, process_env()); }

store::Database& Context::library() {
  if (!library_) library_.emplace(store::Database::open(library_path()));
  return *library_;
}

}  // namespace rs::cli

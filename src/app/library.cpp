#include "app/library.hpp"

#include <system_error>
#include <utility>

namespace rs::app {

Library::Library(std::filesystem::path path) : path_(std::move(path)) {}

bool Library::exists() const {
  std::error_code error;
  return db_.has_value() || std::filesystem::exists(path_, error);
}

store::Database& Library::db() {
  if (!db_) db_.emplace(store::Database::open(path_));
  return *db_;
}

}  // namespace rs::app

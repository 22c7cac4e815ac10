#include "server/connection_pool.hpp"

namespace rs::server {

ConnectionPool::ConnectionPool(std::filesystem::path path, store::Database first) : path_(std::move(path)) {
  idle_.push_back(std::make_unique<store::Database>(std::move(first)));
}

ConnectionPool::Lease ConnectionPool::lease() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto db = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(db));
    }
  }
  return Lease(*this, std::make_unique<store::Database>(store::Database::open(path_)));
}

void ConnectionPool::give_back(std::unique_ptr<store::Database> db) {
  if (!db) return;
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(db));
}

}  // namespace rs::server

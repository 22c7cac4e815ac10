#include "server/connection_pool.hpp"

namespace rs::server {

ConnectionPool::ConnectionPool(std::filesystem::path path, store::Database first) : path_(std::move(path)) {
  idle_.push_back(std::make_unique<Slot>(Slot{std::move(first), {}}));
}

ConnectionPool::Lease ConnectionPool::lease() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto slot = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(slot));
    }
  }
  return Lease(*this, std::make_unique<Slot>(Slot{store::Database::open(path_), {}}));
}

void ConnectionPool::give_back(std::unique_ptr<Slot> slot) {
  if (!slot) return;
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(slot));
}

}  // namespace rs::server

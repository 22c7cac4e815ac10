#pragma once
// One library connection per worker at a time: store::Database is single-threaded, so the
// server's workers lease a connection (with the feeds cached on it), use it for one request and
// give it back.

#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "app/serve.hpp"
#include "store/database.hpp"

namespace rs::server {

/// Connections to one library file, opened on demand and kept for reuse.
class ConnectionPool {
 public:
  /// A pool over the library at `path`, holding `first` (the connection opened at start-up).
  ConnectionPool(std::filesystem::path path, store::Database first);

  /// A connection and the feeds cached on it.
  struct Slot {
    store::Database db;     ///< The connection.
    app::FeedCache feeds;   ///< Feeds read through it.
  };

  /// A connection leased to one thread; returned to the pool when destroyed.
  class Lease {
   public:
    /// Leases `slot` from `pool`.
    Lease(ConnectionPool& pool, std::unique_ptr<Slot> slot) : pool_(pool), slot_(std::move(slot)) {}
    ~Lease() { pool_.give_back(std::move(slot_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    /// The leased connection.
    store::Database& db() { return slot_->db; }
    /// The feeds cached on it.
    app::FeedCache& feeds() { return slot_->feeds; }

   private:
    ConnectionPool& pool_;
    std::unique_ptr<Slot> slot_;
  };

  /// An idle connection, or a new one. Throws rs::Error when the library cannot be opened.
  Lease lease();

 private:
  void give_back(std::unique_ptr<Slot> slot);

  std::filesystem::path path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Slot>> idle_;
};

}  // namespace rs::server

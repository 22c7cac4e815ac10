#pragma once
// One library connection per worker at a time: store::Database is single-threaded, so the
// server's workers lease a connection, use it for one request and give it back.

#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "store/database.hpp"

namespace rs::server {

/// Connections to one library file, opened on demand and kept for reuse.
class ConnectionPool {
 public:
  /// A pool over the library at `path`, holding `first` (the connection opened at start-up).
  ConnectionPool(std::filesystem::path path, store::Database first);

  /// A connection leased to one thread; returned to the pool when destroyed.
  class Lease {
   public:
    /// Leases `db` from `pool`.
    Lease(ConnectionPool& pool, std::unique_ptr<store::Database> db) : pool_(pool), db_(std::move(db)) {}
    ~Lease() { pool_.give_back(std::move(db_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    /// The leased connection.
    store::Database& db() { return *db_; }

   private:
    ConnectionPool& pool_;
    std::unique_ptr<store::Database> db_;
  };

  /// An idle connection, or a new one. Throws rs::Error when the library cannot be opened.
  Lease lease();

 private:
  void give_back(std::unique_ptr<store::Database> db);

  std::filesystem::path path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<store::Database>> idle_;
};

}  // namespace rs::server

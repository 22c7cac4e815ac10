#pragma once
// A deadline on every connection to the server. cpp-httplib's timeouts apply to each read and
// write, so a client sending one byte a second would hold a worker for ever; the watchdog looks at
// the process's accepted sockets on the server's port every quarter second and shuts down (without
// closing: the worker then sees the end and closes it) any older than the deadline, whether it is
// being served or still waiting for a worker.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace rs::server {

/// Shuts down connections to `port` older than `deadline` until destroyed.
class ConnectionWatchdog {
 public:
  /// Starts watching connections accepted on local port `port`.
  ConnectionWatchdog(int port, std::chrono::seconds deadline);
  ~ConnectionWatchdog();
  ConnectionWatchdog(const ConnectionWatchdog&) = delete;
  ConnectionWatchdog& operator=(const ConnectionWatchdog&) = delete;

  /// Connections shut down so far.
  [[nodiscard]] long cut() const { return cut_.load(); }

 private:
  void run();

  int port_;
  std::chrono::seconds deadline_;
  std::atomic<long> cut_{0};
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace rs::server

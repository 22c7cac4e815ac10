#include "server/watchdog.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <system_error>

namespace rs::server {

namespace {

using Clock = std::chrono::steady_clock;

// The socket inode behind descriptor `fd` ("socket:[12345]"), or 0.
unsigned long socket_inode(int fd) {
  std::array<char, 64> target{};
  const auto link = "/proc/self/fd/" + std::to_string(fd);
  const ssize_t length = readlink(link.c_str(), target.data(), target.size() - 1);
  if (length <= 8 || std::string_view(target.data(), 8) != "socket:[") return 0;
  return std::strtoul(target.data() + 8, nullptr, 10);
}

// True when `fd` is a connected (not listening) TCP socket whose local port is `port`.
bool accepted_on(int fd, int port) {
  int listening = 0;
  socklen_t size = sizeof(listening);
  if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) != 0 || listening != 0) return false;
  sockaddr_storage local{};
  socklen_t local_size = sizeof(local);
  if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &local_size) != 0) return false;
  if (local.ss_family == AF_INET) return ntohs(reinterpret_cast<sockaddr_in*>(&local)->sin_port) == port;
  if (local.ss_family == AF_INET6) return ntohs(reinterpret_cast<sockaddr_in6*>(&local)->sin6_port) == port;
  return false;
}

}  // namespace

ConnectionWatchdog::ConnectionWatchdog(int port, std::chrono::seconds deadline)
    : port_(port), deadline_(deadline), thread_([this] { run(); }) {}

ConnectionWatchdog::~ConnectionWatchdog() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void ConnectionWatchdog::run() {
  std::map<unsigned long, Clock::time_point> first_seen;  // by socket inode: never reused while open
  std::unique_lock lock(mutex_);
  while (!wake_.wait_for(lock, std::chrono::milliseconds(250), [this] { return stop_; })) {
    const auto now = Clock::now();
    std::map<unsigned long, Clock::time_point> seen;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", error)) {
      const int fd = std::atoi(entry.path().filename().c_str());
      const auto inode = socket_inode(fd);
      if (inode == 0 || !accepted_on(fd, port_)) continue;
      const auto known = first_seen.find(inode);
      const auto since = known == first_seen.end() ? now : known->second;
      seen[inode] = since;
      if (now - since > deadline_ && shutdown(fd, SHUT_RDWR) == 0) cut_.fetch_add(1);
    }
    first_seen = std::move(seen);
  }
}

}  // namespace rs::server

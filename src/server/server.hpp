#pragma once
// `runstrength serve`: a read-only HTTP/1.1 server (cpp-httplib) for the athletes' calendar
// subscriptions. Routes in server/route.hpp; feeds from app/serve.hpp; docs/serve.md.

#include <filesystem>
#include <functional>
#include <string>

namespace rs::server {

/// Where and how the server listens.
struct ServeOptions {
  std::string host = "127.0.0.1";  ///< Address to bind (`--listen HOST:PORT`).
  int port = 8080;                 ///< Port; 0 picks a free one (tests).
  int threads = 8;                 ///< Worker threads: requests served at once.
  int timeout_seconds = 5;         ///< Longest wait for each read from and write to a client.
  int deadline_seconds = 15;       ///< Longest life of a connection, waiting or served; 0: none.
};

/// Reads `--listen HOST:PORT` ("127.0.0.1:8080", "0.0.0.0:80", "[::1]:8080") into `options`.
/// Throws rs::Error (usage) for anything else or a port outside 0..65535.
void parse_listen(std::string_view text, ServeOptions& options);

/// True when `host` is a loopback address (127.0.0.0/8, ::1, localhost).
bool is_loopback(std::string_view host);

/// Receives one line of the server's output (the CLI writes it to standard error).
using LogSink = std::function<void(const std::string& line)>;

/// Serves the library at `library` until SIGINT or SIGTERM, then lets the requests in flight
/// finish and returns. Logs "listening on http://HOST:PORT" once bound, one line per request
/// (UTC time, status, body bytes, milliseconds, method, path with tokens redacted) and "stopped".
/// Throws rs::Error when the library cannot be served (app::open_served_library) or the address
/// cannot be bound.
void serve(const std::filesystem::path& library, const ServeOptions& options, const LogSink& log);

}  // namespace rs::server

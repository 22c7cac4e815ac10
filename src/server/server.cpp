// The HTTP glue of `runstrength serve`: the only code that includes cpp-httplib. Every request is
// answered by the pre-routing handler (so httplib's own routing, file serving and body reading
// never run), errors httplib answers itself (400, 414, 416) get the same body as a 404, and the
// logger writes one redacted line per request.
#include "server/server.hpp"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <thread>

#include "app/serve.hpp"
#include "server/connection_pool.hpp"
#include "server/http_date.hpp"
#include "server/route.hpp"
#include "server/watchdog.hpp"
#include "util/date.hpp"
#include "util/error.hpp"
#include "util/sha256.hpp"

namespace rs::server {

namespace {

using Clock = std::chrono::steady_clock;

const std::string refusal_body = "not found\n";
thread_local std::optional<Clock::time_point> request_start;

void refuse(httplib::Response& res, int status) {
  res.status = status;
  if (status == 405) res.set_header("Allow", "GET, HEAD");
  res.set_content(refusal_body, "text/plain; charset=utf-8");
}

// A feed with its validators, or 304 when the client's copy is current.
void answer_feed(const httplib::Request& req, httplib::Response& res, const app::Feed& feed, const char* type) {
  const std::string etag = "\"" + sha256_hex(feed.body).substr(0, 32) + "\"";
  const auto modified = parse_basic_utc(feed.saved_at).value_or(0);
  res.set_header("ETag", etag);
  res.set_header("Last-Modified", format_http_date(modified));
  res.set_header("Cache-Control", "no-cache");
  res.set_header("X-Content-Type-Options", "nosniff");
  // The page is self-contained (its style inline, no script, no image): nothing else may load.
  res.set_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  res.set_header("Referrer-Policy", "no-referrer");  // the URL holds the token
  if (not_modified(req.get_header_value("If-None-Match"), req.get_header_value("If-Modified-Since"), etag, modified)) {
    res.status = 304;
    return;
  }
  res.status = 200;
  res.set_content(feed.body, type);
}

void answer(ConnectionPool& pool, const httplib::Request& req, httplib::Response& res) {
  const auto route = route_request(req.method, req.path);
  switch (route.kind) {
    case RouteKind::health:
      res.status = 200;
      res.set_content("ok\n", "text/plain; charset=utf-8");
      return;
    case RouteKind::method_not_allowed:
      refuse(res, 405);
      return;
    case RouteKind::not_found:
      refuse(res, 404);
      return;
    case RouteKind::calendar:
    case RouteKind::page:
      break;
  }
  const bool calendar = route.kind == RouteKind::calendar;
  auto lease = pool.lease();
  const auto feed = lease.feeds().get(lease.db(), route.token, calendar ? app::FeedKind::calendar : app::FeedKind::page);
  if (!feed) {
    refuse(res, 404);
    return;
  }
  answer_feed(req, res, *feed, calendar ? "text/calendar; charset=utf-8" : "text/html; charset=utf-8");
}

std::string log_line(const httplib::Request& req, const httplib::Response& res) {
  double ms = 0;
  if (request_start) ms = std::chrono::duration<double, std::milli>(Clock::now() - *request_start).count();
  request_start.reset();
  std::array<char, 32> millis{};
  std::snprintf(millis.data(), millis.size(), "%.1f", ms);
  const auto bytes = req.method == "HEAD" ? 0 : res.body.size();
  return utc_now_iso8601() + " " + std::to_string(res.status) + " " + std::to_string(bytes) + " " + millis.data() +
         "ms " + redact_path(req.method) + " " + redact_path(req.path);
}

// Blocks SIGINT and SIGTERM in this thread and the threads it starts; restores the mask on exit.
class BlockedStopSignals {
 public:
  BlockedStopSignals() {
    sigemptyset(&set_);
    sigaddset(&set_, SIGINT);
    sigaddset(&set_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set_, &previous_);
  }
  ~BlockedStopSignals() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
  BlockedStopSignals(const BlockedStopSignals&) = delete;
  BlockedStopSignals& operator=(const BlockedStopSignals&) = delete;
  /// The signals blocked.
  const sigset_t& set() const { return set_; }

 private:
  sigset_t set_{};
  sigset_t previous_{};
};

// Connections the kernel queues for accept() while every worker is busy. cpp-httplib's build in
// Debian listens with a backlog of 5, which turns a burst of subscribers into SYN retries of
// seconds; the listening socket is given this one once bound (Linux updates a listening
// socket's backlog on a second listen()).
constexpr int listen_backlog = 1024;

void configure(httplib::Server& http, ConnectionPool& pool, const ServeOptions& options, const LogSink& log,
               int& listening_socket) {
  // SO_REUSEADDR only (cpp-httplib's default adds SO_REUSEPORT, which would let a second server
  // share the port); the socket is kept to raise its backlog after binding.
  http.set_socket_options([&listening_socket](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    listening_socket = sock;
  });
  const auto threads = static_cast<std::size_t>(options.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_read_timeout(options.timeout_seconds, 0);
  http.set_write_timeout(options.timeout_seconds, 0);
  http.set_keep_alive_timeout(options.timeout_seconds);
  // One request per connection: a subscriber polls once, and an idle keep-alive connection would
  // hold a worker thread (cpp-httplib serves a connection on one thread) until its timeout.
  http.set_keep_alive_max_count(1);
  http.set_payload_max_length(0);
  http.set_pre_routing_handler([&pool, &log](const httplib::Request& req, httplib::Response& res) {
    request_start = Clock::now();
    try {
      answer(pool, req, res);
    } catch (const std::exception& error) {  // the library could not be read: say so, serve on
      res.status = 503;
      res.set_content("unavailable\n", "text/plain; charset=utf-8");
      log(utc_now_iso8601() + " error: " + redact_path(error.what()));
    }
    return httplib::Server::HandlerResponse::Handled;
  });
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.status != 503) refuse(res, res.status == 405 ? 405 : res.status);
  });
  http.set_logger([&log](const httplib::Request& req, const httplib::Response& res) { log(log_line(req, res)); });
}

}  // namespace

void serve(const std::filesystem::path& library, const ServeOptions& options, const LogSink& sink) {
  std::mutex log_mutex;  // the workers log at once; the sink sees whole lines one at a time
  const LogSink log = [&](const std::string& line) {
    const std::lock_guard lock(log_mutex);
    sink(line);
  };
  ConnectionPool pool(library, app::open_served_library(library));
  const BlockedStopSignals blocked;
  httplib::Server http;
  int listening_socket = -1;
  configure(http, pool, options, log, listening_socket);
  int port = options.port;
  if (port == 0) {
    port = http.bind_to_any_port(options.host);
  } else if (!http.bind_to_port(options.host, port)) {
    port = -1;
  }
  if (port < 0) throw Error("cannot listen on " + options.host + ":" + std::to_string(options.port));
  if (listening_socket >= 0) ::listen(listening_socket, listen_backlog);
  std::optional<ConnectionWatchdog> watchdog;
  if (options.deadline_seconds > 0) watchdog.emplace(port, std::chrono::seconds(options.deadline_seconds));
  const bool v6 = options.host.find(':') != std::string::npos;
  log("listening on http://" + (v6 ? "[" + options.host + "]" : options.host) + ":" + std::to_string(port));
  std::atomic<bool> signalled = false;
  std::thread stopper([&] {
    int signal = 0;
    sigwait(&blocked.set(), &signal);
    signalled = true;
    http.stop();  // stops accepting; the workers finish the requests in flight
  });
  const bool clean = http.listen_after_bind();
  if (!signalled) pthread_kill(stopper.native_handle(), SIGTERM);  // wakes the stopper: no signal came
  stopper.join();
  if (!clean && http.is_running()) throw Error("the server stopped on an error");
  log("stopped");
}

}  // namespace rs::server

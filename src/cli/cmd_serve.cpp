// `runstrength serve [--listen 127.0.0.1:8080]`: the athletes' calendar subscriptions over HTTP.
// The server lives in src/server; this file parses options and prints its log to standard error.
#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <string>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "server/server.hpp"

namespace rs::cli {

namespace {
struct ServeCliOptions {
  std::string listen = "127.0.0.1:8080";
  server::ServeOptions server;
};
}  // namespace

void setup_serve(CLI::App& command, Context& context) {
  auto options = std::make_shared<ServeCliOptions>();
  command.add_option("--listen", options->listen, "HOST:PORT to listen on (default 127.0.0.1:8080; port 0: any)");
  command.add_option("--threads", options->server.threads, "Requests served at once, 1 to 64 (default 8)")
      ->check(CLI::Range(1, 64));
  command.add_option("--timeout", options->server.timeout_seconds,
                     "Seconds to wait for each read from or write to a client, 1 to 60 (default 5)")
      ->check(CLI::Range(1, 60));
  command.add_option("--deadline", options->server.deadline_seconds,
                     "Seconds a connection may last, waiting or served, 1 to 3600 (default 15)")
      ->check(CLI::Range(1, 3600));
  command.callback([&context, options] {
    server::parse_listen(options->listen, options->server);
    if (!server::is_loopback(options->server.host)) {
      context.err << "runstrength: note: listening beyond this machine over plain HTTP: put a reverse proxy with "
                     "TLS in front (docs/serve.md)\n";
    }
    server::serve(context.library_path(), options->server,
                  [&context](const std::string& line) { context.err << line << std::endl; });
  });
}

}  // namespace rs::cli

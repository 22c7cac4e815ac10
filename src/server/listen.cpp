// `--listen HOST:PORT` and the loopback check behind the note that TLS belongs to a reverse proxy.
#include <charconv>

#include "server/server.hpp"
#include "util/error.hpp"

namespace rs::server {

void parse_listen(std::string_view text, ServeOptions& options) {
  const auto colon = text.rfind(':');
  if (colon == std::string_view::npos || colon == 0) {
    throw_usage("--listen takes HOST:PORT, e.g. 127.0.0.1:8080 (not \"" + std::string(text) + "\")");
  }
  auto host = text.substr(0, colon);
  if (host.front() == '[') {
    if (host.size() < 3 || host.back() != ']') throw_usage("--listen: a bracketed IPv6 address, e.g. [::1]:8080");
    host = host.substr(1, host.size() - 2);
  } else if (host.find(':') != std::string_view::npos) {
    throw_usage("--listen: write an IPv6 address in brackets, e.g. [::1]:8080");
  }
  const auto port_text = text.substr(colon + 1);
  int port = -1;
  const auto [end, error] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (error != std::errc{} || end != port_text.data() + port_text.size() || port < 0 || port > 65535) {
    throw_usage("--listen: the port is a number from 0 to 65535 (not \"" + std::string(port_text) + "\")");
  }
  options.host = std::string(host);
  options.port = port;
}

bool is_loopback(std::string_view host) {
  return host == "localhost" || host == "::1" || host.substr(0, 4) == "127.";
}

}  // namespace rs::server

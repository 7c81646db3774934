#include "server/access/bind_policy.h"

#include <arpa/inet.h>

#include <string>

namespace kb {

bool is_loopback_address(std::string_view address) {
  if (address == "localhost" || address == "::1") return true;
  in_addr ipv4{};
  const std::string text(address);
  if (inet_pton(AF_INET, text.c_str(), &ipv4) != 1) return false;
  return (ntohl(ipv4.s_addr) >> 24) == 127;
}

Status check_bind_policy(std::string_view bind, Auth auth) {
  if (auth == Auth::kApiKeys || is_loopback_address(bind)) return Status::ok();
  return Status::invalid_argument(
      "refusing to listen on " + std::string(bind) +
          " without API keys: anyone who can reach it could read every client's articles. Pass "
          "--keys FILE (make keys with `kb-server keys add`), or bind to 127.0.0.1",
      {"", 0, "bind"});
}

}  // namespace kb

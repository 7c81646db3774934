// The access check run before every route handler: register_routes() wraps
// each handler of the route table in it, so a route is covered the moment it
// is in the table. It reads the route's Access and, when the route's path
// names a {client}, that path capture, and asks the AccessPolicy about the
// request's bearer secret.
//
// Thread safety: as AccessPolicy (any thread).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/access/access_policy.h"
#include "server/http/routes.h"

namespace httplib {
struct Request;
}

namespace kb::http {

// A refused request's answer: 401, 403 or 429 with the error body's code and
// message, and the headers that go with it (WWW-Authenticate, Retry-After).
struct AccessRefusal {
  int status = 0;
  std::string api_code;
  std::string message;
  std::vector<std::pair<std::string, std::string>> headers;
};

// Which path capture (1-based, as in Request::matches) holds the client: the
// position of "{client}" among the route path's parameters. 0 = none.
size_t client_capture(const RouteInfo& route);

// The secret of an "Authorization: Bearer <secret>" header; nullopt when the
// header is missing or of another scheme.
std::optional<std::string_view> bearer_secret(const httplib::Request& req);

// nullopt when `req` may go on to `route`'s handler (*caller is then the key,
// or nullptr on a public route); else the answer to send instead.
std::optional<AccessRefusal> check_access(AccessPolicy& policy, const RouteInfo& route,
                                          const httplib::Request& req, const ApiKey** caller);

}  // namespace kb::http

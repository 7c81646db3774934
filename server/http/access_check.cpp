#include "server/http/access_check.h"

#include <httplib.h>

namespace kb::http {

size_t client_capture(const RouteInfo& route) {
  size_t index = 0;
  for (size_t open = route.path.find('{'); open != std::string::npos;
       open = route.path.find('{', open + 1)) {
    ++index;
    if (route.path.compare(open, 8, "{client}") == 0) return index;
  }
  return 0;
}

std::optional<std::string_view> bearer_secret(const httplib::Request& req) {
  const auto header = req.headers.find("Authorization");
  if (header == req.headers.end()) return std::nullopt;
  std::string_view value = header->second;
  constexpr std::string_view kScheme = "Bearer ";
  if (value.size() < kScheme.size()) return std::nullopt;
  for (size_t i = 0; i < kScheme.size(); ++i) {
    // The scheme name is case-insensitive (RFC 7235).
    if (std::tolower(static_cast<unsigned char>(value[i])) !=
        std::tolower(static_cast<unsigned char>(kScheme[i]))) {
      return std::nullopt;
    }
  }
  value.remove_prefix(kScheme.size());
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
  return value;
}

std::optional<AccessRefusal> check_access(AccessPolicy& policy, const RouteInfo& route,
                                          const httplib::Request& req, const ApiKey** caller) {
  *caller = nullptr;
  const size_t capture = client_capture(route);
  const std::string client = capture && capture < req.matches.size() ? req.matches[capture].str()
                                                                       : std::string();
  const AccessDecision decision = policy.decide(bearer_secret(req), route.access, client);
  switch (decision.outcome) {
    case AccessOutcome::kAllowed:
      *caller = decision.key;
      return std::nullopt;
    case AccessOutcome::kUnauthenticated:
      return AccessRefusal{401, "unauthorized", decision.message,
                           {{"WWW-Authenticate", "Bearer realm=\"kbsearch\""}}};
    case AccessOutcome::kForbidden:
      return AccessRefusal{403, "forbidden", decision.message, {}};
    case AccessOutcome::kRateLimited:
      return AccessRefusal{429,
                           "rate_limited",
                           decision.message,
                           {{"Retry-After", std::to_string(decision.retry_after_seconds)}}};
  }
  return AccessRefusal{500, "internal", "unknown access decision", {}};
}

}  // namespace kb::http

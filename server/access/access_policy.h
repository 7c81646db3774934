// AccessPolicy: decides whether a request may go on, from the secret it
// carries, what its route asks (Access) and the client the route names.
// Knows nothing of HTTP: server/http/ reads the Authorization header and
// turns a refusal into 401, 403 or 429.
//
// The keys are fixed at construction (kb-server reads the key file once).
// Thread safety: decide() may be called from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/access/api_key.h"
#include "server/access/rate_limiter.h"

namespace kb {

struct AccessPolicyOptions {
  // The limit of keys that have none of their own. Default: 50 requests/s
  // sustained, bursts of 100.
  RateLimit default_rate_limit{50, 100};
};

enum class AccessOutcome {
  kAllowed,
  kUnauthenticated,  // no key, or one that is not in the file (HTTP 401)
  kForbidden,        // the key may not use this route or client (HTTP 403)
  kRateLimited,      // the key's bucket is empty (HTTP 429)
};

struct AccessDecision {
  AccessOutcome outcome = AccessOutcome::kAllowed;
  const ApiKey* key = nullptr;  // the caller's key, when one was recognised
  std::string message;          // for a refusal: what is wrong and what to do
  int retry_after_seconds = 0;  // kRateLimited only
};

class AccessPolicy {
 public:
  AccessPolicy(std::vector<ApiKey> keys, AccessPolicyOptions options = {});

  // `secret`: the bearer secret, nullopt when the request has none.
  // `client`: the client the route names, empty when it names none.
  // Public routes are allowed without looking at the secret.
  AccessDecision decide(std::optional<std::string_view> secret, Access required,
                        std::string_view client,
                        RateLimiter::Clock::time_point now = RateLimiter::Clock::now());

  // The key whose secret this is, or nullptr. Compares the secret's hash
  // with every key's in constant time, so timing tells nothing about which
  // key, or how much of one, was close.
  const ApiKey* find(std::string_view secret) const;

 private:
  std::vector<ApiKey> keys_;
  AccessPolicyOptions options_;
  RateLimiter limiter_;
};

}  // namespace kb

#include "server/access/access_policy.h"

#include <sstream>

#include "server/access/secret.h"
#include "server/access/sha256.h"

namespace kb {

namespace {

// 50 -> "50", 0.5 -> "0.5".
std::string number_text(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

}  // namespace

AccessPolicy::AccessPolicy(std::vector<ApiKey> keys, AccessPolicyOptions options)
    : keys_(std::move(keys)), options_(options) {}

const ApiKey* AccessPolicy::find(std::string_view secret) const {
  const std::string digest = sha256_hex(secret);
  const ApiKey* found = nullptr;
  for (const ApiKey& key : keys_) {
    if (constant_time_equal(digest, key.secret_sha256)) found = &key;
  }
  return found;
}

AccessDecision AccessPolicy::decide(std::optional<std::string_view> secret, Access required,
                                    std::string_view client, RateLimiter::Clock::time_point now) {
  if (required == Access::kPublic) return {};
  if (!secret) {
    return {AccessOutcome::kUnauthenticated, nullptr,
            "an API key is required; send the header 'Authorization: Bearer <secret>'"};
  }
  const ApiKey* key = find(*secret);
  if (!key) {
    return {AccessOutcome::kUnauthenticated, nullptr,
            "the API key is not known; check the secret, or ask for a key with `kb-server keys "
            "add`"};
  }
  if (!key->allows(required)) {
    return {AccessOutcome::kForbidden, key,
            "key '" + key->name + "' has the role " + std::string(role_name(key->role)) +
                "; this route needs an admin key"};
  }
  if (!client.empty() && !key->allows_client(client)) {
    return {AccessOutcome::kForbidden, key,
            "key '" + key->name + "' may not use client '" + std::string(client) + "'"};
  }
  const RateLimit& limit = key->rate_limit ? *key->rate_limit : options_.default_rate_limit;
  const RateDecision rate = limiter_.take(key->name, limit, now);
  if (!rate.allowed) {
    return {AccessOutcome::kRateLimited, key,
            "key '" + key->name + "' is over its limit of " +
                number_text(limit.requests_per_second) + " requests per second; retry after " + std::to_string(rate.retry_after_seconds) +
                " s",
            rate.retry_after_seconds};
  }
  return {AccessOutcome::kAllowed, key, "", 0};
}

}  // namespace kb

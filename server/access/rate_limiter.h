// RateLimiter: one token bucket per API key. A bucket holds up to `burst`
// tokens, refills at `requests_per_second`, and each request takes one; a
// request finding it empty is refused and told when a token will be there.
//
// Thread safety: take() may be called from any thread (one mutex).
#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "server/access/api_key.h"

namespace kb {

struct RateDecision {
  bool allowed = true;
  int retry_after_seconds = 0;  // when refused: whole seconds until a token is back (>= 1)
};

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  // Takes a token from the bucket of `key` under `limit` at time `now`.
  // An unlimited `limit` (requests_per_second 0) always allows.
  RateDecision take(std::string_view key, const RateLimit& limit, Clock::time_point now);

 private:
  struct Bucket {
    double tokens = 0;
    Clock::time_point updated;
  };

  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace kb

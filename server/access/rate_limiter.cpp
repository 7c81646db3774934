#include "server/access/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace kb {

RateDecision RateLimiter::take(std::string_view key, const RateLimit& limit,
                               Clock::time_point now) {
  if (limit.requests_per_second <= 0) return {};
  const double burst = std::max(1.0, limit.burst);
  std::lock_guard<std::mutex> lock(mutex_);
  auto [it, created] = buckets_.try_emplace(std::string(key), Bucket{burst, now});
  Bucket& bucket = it->second;
  if (!created && now > bucket.updated) {
    const double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
    bucket.tokens = std::min(burst, bucket.tokens + elapsed * limit.requests_per_second);
    bucket.updated = now;
  }
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return {};
  }
  const double wait = (1 - bucket.tokens) / limit.requests_per_second;
  return {false, std::max(1, static_cast<int>(std::ceil(wait)))};
}

}  // namespace kb

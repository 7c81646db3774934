#include "server/access/rate_limiter.h"

#include <gtest/gtest.h>

namespace kb {
namespace {

using std::chrono::milliseconds;

TEST(RateLimiterTest, AllowsABurstThenRefusesWithRetryAfter) {
  RateLimiter limiter;
  const RateLimit limit{2, 3};  // 2 per second, bursts of 3
  const auto t0 = RateLimiter::Clock::time_point{} + std::chrono::hours(1);
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.take("k", limit, t0).allowed) << i;
  const RateDecision refused = limiter.take("k", limit, t0);
  EXPECT_FALSE(refused.allowed);
  EXPECT_EQ(refused.retry_after_seconds, 1);
  // Half a second refills one token at 2/s.
  EXPECT_TRUE(limiter.take("k", limit, t0 + milliseconds(500)).allowed);
  EXPECT_FALSE(limiter.take("k", limit, t0 + milliseconds(500)).allowed);
  // A long pause refills up to the burst only.
  const auto later = t0 + std::chrono::seconds(60);
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.take("k", limit, later).allowed) << i;
  EXPECT_FALSE(limiter.take("k", limit, later).allowed);
}

TEST(RateLimiterTest, KeysHaveTheirOwnBuckets) {
  RateLimiter limiter;
  const RateLimit limit{1, 1};
  const auto t0 = RateLimiter::Clock::time_point{} + std::chrono::hours(1);
  EXPECT_TRUE(limiter.take("a", limit, t0).allowed);
  EXPECT_FALSE(limiter.take("a", limit, t0).allowed);
  EXPECT_TRUE(limiter.take("b", limit, t0).allowed);
}

TEST(RateLimiterTest, SlowRatesAskForALongerWait) {
  RateLimiter limiter;
  const RateLimit limit{0.1, 1};  // one request per 10 s
  const auto t0 = RateLimiter::Clock::time_point{} + std::chrono::hours(1);
  EXPECT_TRUE(limiter.take("k", limit, t0).allowed);
  EXPECT_EQ(limiter.take("k", limit, t0).retry_after_seconds, 10);
  EXPECT_EQ(limiter.take("k", limit, t0 + std::chrono::seconds(4)).retry_after_seconds, 6);
}

TEST(RateLimiterTest, ZeroRateIsUnlimited) {
  RateLimiter limiter;
  const auto t0 = RateLimiter::Clock::time_point{} + std::chrono::hours(1);
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(limiter.take("k", RateLimit{0, 0}, t0).allowed);
}

}  // namespace
}  // namespace kb

#include "bench/latency_stats.h"

#include <gtest/gtest.h>
#include <sys/mman.h>

#include <cstring>

#include <vector>

namespace kb::bench {
namespace {

TEST(SummarizeLatencies, NearestRankPercentiles) {
  std::vector<double> ms;
  for (int i = 100; i >= 1; --i) ms.push_back(i);  // order does not matter
  const LatencySummary s = summarize_latencies(ms);
  EXPECT_EQ(s.count, 100u);
  EXPECT_DOUBLE_EQ(s.p50_ms, 50);
  EXPECT_DOUBLE_EQ(s.p95_ms, 95);
  EXPECT_DOUBLE_EQ(s.p99_ms, 99);
  EXPECT_DOUBLE_EQ(s.max_ms, 100);
  EXPECT_DOUBLE_EQ(s.mean_ms, 50.5);

  const LatencySummary one = summarize_latencies({7});
  EXPECT_DOUBLE_EQ(one.p50_ms, 7);
  EXPECT_DOUBLE_EQ(one.p99_ms, 7);

  const LatencySummary none = summarize_latencies({});
  EXPECT_EQ(none.count, 0u);
  EXPECT_DOUBLE_EQ(none.p99_ms, 0);
}

TEST(Ratio, ZeroWhenTheOtherIsZero) {
  EXPECT_DOUBLE_EQ(ratio(3, 2), 1.5);
  EXPECT_DOUBLE_EQ(ratio(3, 0), 0);
}

TEST(PeakRss, ResetFollowsAnAllocation) {
  ASSERT_TRUE(reset_peak_rss());
  const size_t before = peak_rss_bytes();
  EXPECT_GT(before, 0u);
  {
    // Mapped and unmapped directly: a sanitizer's allocator would keep a
    // freed vector resident (quarantine), and the reset would see it.
    const size_t size = 64u << 20;
    void* big = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ASSERT_NE(big, MAP_FAILED);
    std::memset(big, 1, size);  // touched, so resident
    EXPECT_GE(peak_rss_bytes(), before + (60u << 20));
    munmap(big, size);
  }
  ASSERT_TRUE(reset_peak_rss());
  EXPECT_LT(peak_rss_bytes(), before + (60u << 20));
}

}  // namespace
}  // namespace kb::bench

#include "server/admin/search_analytics.h"

#include <filesystem>

#include "indexer/common/utc_time.h"
#include "tests/test_util.h"

namespace kb {
namespace {

constexpr std::int64_t kDayMs = 24 * 60 * 60 * 1000;

// 2026-11-20T10:00:00Z plus `days`.
std::int64_t at_day(int days) { return (1795168800LL + days * 86400LL) * 1000; }

// A record whose search found a confident hit when its best score is 4 or more.
SearchRecord rec(std::int64_t time_ms, const std::string& client, const std::string& query,
                 size_t hits, double score) {
  return {time_ms, client, query, hits, score, score >= 4};
}

TEST(SearchRecordTest, TheConfidentFlagIsTheSearchsOwnNotAScoreThreshold) {
  SearchResults results;
  results.client = "bank";
  results.query = "card";
  results.total = 1;
  results.hits.resize(1);
  results.hits[0].score = 25;
  results.confident = false;  // a high raw score, yet a weak match for this query
  SearchRecord record = search_record(results);
  EXPECT_FALSE(record.confident);
  EXPECT_EQ(record.best_score, 25);
  EXPECT_EQ(record.hits, 1u);
  EXPECT_EQ(record.client, "bank");
  EXPECT_EQ(record.query, "card");

  results.hits[0].score = 0.5;
  results.confident = true;  // a low raw score that matches all the query could
  EXPECT_TRUE(search_record(results).confident);
}

TEST(SearchAnalyticsTest, CountsAKnownSequenceOfSearches) {
  testing::TempDir dir;
  SearchAnalytics analytics({.dir = dir.path().string()});
  ASSERT_EQ(utc_day(at_day(0) / 1000), "2026-11-20");
  const SearchRecord records[] = {
      rec(at_day(0), "bank", "UPI  failed", 12, 9.5),
      rec(at_day(0), "bank", "upi failed", 12, 9.5),
      rec(at_day(0), "bank", "lottery", 0, 0),
      rec(at_day(0) + 1000, "bank", "the", 20, 2.5),
      rec(at_day(1), "bank", "Lottery", 0, 0),
      rec(at_day(1), "bank", "upi failed", 12, 9.5),
      rec(at_day(1), "shop", "lottery", 0, 0),          // another client
      rec(at_day(5), "bank", "upi failed", 12, 9.5),    // after the range
      rec(at_day(-1), "bank", "upi failed", 12, 9.5),   // before the range
  };
  for (const auto& r : records) analytics.record(r);
  analytics.flush();
  auto report = analytics.report({"bank", "2026-11-20", "2026-11-21"});
  ASSERT_OK(report);
  EXPECT_EQ(report->searches, 6u);
  ASSERT_EQ(report->top_queries.size(), 3u);
  EXPECT_EQ(report->top_queries[0].query, "upi failed");
  EXPECT_EQ(report->top_queries[0].count, 3u);
  EXPECT_EQ(report->top_queries[1].query, "lottery");
  EXPECT_EQ(report->top_queries[1].count, 2u);
  ASSERT_EQ(report->no_hits.size(), 1u);
  EXPECT_EQ(report->no_hits[0].query, "lottery");
  EXPECT_EQ(report->no_hits[0].count, 2u);
  ASSERT_EQ(report->no_confident_hit.size(), 2u);
  EXPECT_EQ(report->no_confident_hit[0].query, "lottery");
  EXPECT_EQ(report->no_confident_hit[1].query, "the");
  ASSERT_EQ(report->per_day.size(), 2u);
  EXPECT_EQ(report->per_day[0].day, "2026-11-20");
  EXPECT_EQ(report->per_day[0].searches, 4u);
  EXPECT_EQ(report->per_day[0].no_hits, 1u);
  EXPECT_EQ(report->per_day[0].no_confident_hit, 2u);
  EXPECT_EQ(report->per_day[1].searches, 2u);
}

TEST(SearchAnalyticsTest, QueriesWithTabsAndNewlinesSurviveTheStore) {
  testing::TempDir dir;
  SearchAnalytics analytics({.dir = dir.path().string()});
  analytics.record(rec(at_day(0), "bank", "a\\tb\tc\nd", 1, 5));
  analytics.flush();
  auto report = analytics.report({"bank", "2026-11-20", "2026-11-20"});
  ASSERT_OK(report);
  ASSERT_EQ(report->top_queries.size(), 1u);
  EXPECT_EQ(report->top_queries[0].query, "a\\tb c d");
}

TEST(SearchAnalyticsTest, TheStoreRotatesAndStaysBounded) {
  testing::TempDir dir;
  {
    SearchAnalytics analytics({.dir = dir.path().string(), .max_file_bytes = 200, .max_files = 3});
    for (int i = 0; i < 200; ++i) {
      analytics.record(rec(at_day(0) + i, "bank", "query " + std::to_string(i), 1, 5));
      analytics.flush();  // one write each, so files rotate as they fill
    }
    auto report = analytics.report({"bank", "2026-11-20", "2026-11-20"});
    ASSERT_OK(report);
    EXPECT_LT(report->searches, 200u) << "the oldest records were dropped";
    EXPECT_GT(report->searches, 0u);
  }
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    ++files;
    EXPECT_LT(std::filesystem::file_size(entry.path()), 400u) << entry.path();
  }
  EXPECT_EQ(files, 3u);
}

TEST(SearchAnalyticsTest, AFullQueueDropsRecordsInsteadOfWaiting) {
  testing::TempDir dir;
  SearchAnalytics analytics({.dir = dir.path().string(), .queue_capacity = 0});
  analytics.record(rec(at_day(0), "bank", "x", 1, 5));
  EXPECT_EQ(analytics.dropped(), 1u);
}

TEST(SearchAnalyticsTest, BadDaysAreInvalidArguments) {
  testing::TempDir dir;
  SearchAnalytics analytics({.dir = dir.path().string()});
  const std::pair<AnalyticsQuery, std::string> cases[] = {
      {{"bank", "2026-11-31", "2026-12-01"}, "from"},
      {{"bank", "yesterday", ""}, "from"},
      {{"bank", "", "2026-1-1"}, "to"},
      {{"bank", "2026-11-22", "2026-11-21"}, "from"},
  };
  for (const auto& [query, field] : cases) {
    auto report = analytics.report(query);
    ASSERT_FALSE(report.is_ok()) << query.from << " " << query.to;
    EXPECT_EQ(report.status().where().field, field);
  }
  auto defaults = analytics.report({"bank", "", ""});
  ASSERT_OK(defaults);
  EXPECT_EQ(defaults->to, utc_day(std::time(nullptr)));
  EXPECT_EQ(defaults->from, utc_day(std::time(nullptr) - 6 * 86400));
}

}  // namespace
}  // namespace kb

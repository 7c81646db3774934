#include "eval/metrics.h"

#include <cmath>

#include "tests/test_util.h"

namespace kb::eval {
namespace {

TEST(MetricsTest, ScoresRankingsAgainstJudgments) {
  struct Case {
    std::vector<std::string> ranked;
    std::set<std::string> relevant;
    double rr, ndcg, recall;
  };
  const double ndcg_rank2 = 1.0 / std::log2(3.0);
  const Case cases[] = {
      {{"a", "b"}, {"a"}, 1.0, 1.0, 1.0},
      {{"x", "a"}, {"a"}, 0.5, ndcg_rank2, 1.0},
      {{"x", "y"}, {"a"}, 0.0, 0.0, 0.0},
      {{}, {"a"}, 0.0, 0.0, 0.0},
      {{"a", "x", "b"}, {"a", "b"}, 1.0, (1.0 + 0.5) / (1.0 + ndcg_rank2), 1.0},
      {{"x", "a"}, {"a", "b"}, 0.5, ndcg_rank2 / (1.0 + ndcg_rank2), 0.5},
  };
  for (const auto& c : cases) {
    const RankingScores s = score_ranking(c.ranked, c.relevant, 10);
    EXPECT_NEAR(s.reciprocal_rank, c.rr, 1e-9);
    EXPECT_NEAR(s.ndcg, c.ndcg, 1e-9);
    EXPECT_NEAR(s.recall, c.recall, 1e-9);
  }
}

TEST(MetricsTest, OnlyTheFirstKCount) {
  std::vector<std::string> ranked(10, "x");
  ranked.push_back("a");
  const RankingScores s = score_ranking(ranked, {"a"}, 10);
  EXPECT_EQ(s.reciprocal_rank, 0.0);
  EXPECT_EQ(s.recall, 0.0);
}

TEST(MetricsTest, MeansAndPercentiles) {
  MeanScores mean;
  mean.add({1.0, 1.0, 1.0});
  mean.add({0.0, 0.5, 0.0});
  EXPECT_EQ(mean.count(), 2u);
  EXPECT_DOUBLE_EQ(mean.mean().reciprocal_rank, 0.5);
  EXPECT_DOUBLE_EQ(mean.mean().ndcg, 0.75);
  std::vector<double> values;
  for (int i = 1; i <= 100; ++i) values.push_back(i);
  EXPECT_EQ(percentile(values, 50), 50);
  EXPECT_EQ(percentile(values, 99), 99);
  EXPECT_EQ(percentile(values, 100), 100);
  EXPECT_EQ(percentile({}, 50), 0);
}

}  // namespace
}  // namespace kb::eval

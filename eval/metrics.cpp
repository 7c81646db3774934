#include "eval/metrics.h"

#include <algorithm>
#include <cmath>

namespace kb::eval {

RankingScores score_ranking(const std::vector<std::string>& ranked,
                            const std::set<std::string>& relevant, size_t k) {
  RankingScores s;
  if (relevant.empty()) return s;
  double dcg = 0;
  size_t found = 0;
  const size_t n = std::min(k, ranked.size());
  for (size_t i = 0; i < n; ++i) {
    if (!relevant.count(ranked[i])) continue;
    if (found == 0) s.reciprocal_rank = 1.0 / static_cast<double>(i + 1);
    dcg += 1.0 / std::log2(static_cast<double>(i + 2));
    ++found;
  }
  double ideal = 0;
  for (size_t i = 0; i < std::min(k, relevant.size()); ++i) {
    ideal += 1.0 / std::log2(static_cast<double>(i + 2));
  }
  s.ndcg = dcg / ideal;
  s.recall = static_cast<double>(found) / static_cast<double>(relevant.size());
  return s;
}

void MeanScores::add(const RankingScores& s) {
  sum_.reciprocal_rank += s.reciprocal_rank;
  sum_.ndcg += s.ndcg;
  sum_.recall += s.recall;
  ++count_;
}

RankingScores MeanScores::mean() const {
  if (count_ == 0) return {};
  const double n = static_cast<double>(count_);
  return {sum_.reciprocal_rank / n, sum_.ndcg / n, sum_.recall / n};
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const double rank = std::ceil(p / 100.0 * static_cast<double>(values.size()));
  const size_t index = rank < 1 ? 0 : static_cast<size_t>(rank) - 1;
  return values[std::min(index, values.size() - 1)];
}

}  // namespace kb::eval

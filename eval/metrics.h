// Ranking metrics with binary relevance: reciprocal rank, nDCG and recall,
// each cut at k, and their means.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace kb::eval {

struct RankingScores {
  double reciprocal_rank = 0;  // 1 / rank of the first relevant hit within k, else 0
  double ndcg = 0;             // DCG of the ranking / DCG of the ideal one, within k
  double recall = 0;           // relevant hits within k / all relevant
};

// `ranked`: document ids, best first. `relevant` must not be empty.
RankingScores score_ranking(const std::vector<std::string>& ranked,
                            const std::set<std::string>& relevant, size_t k);

// Running means of RankingScores.
class MeanScores {
 public:
  void add(const RankingScores& s);
  size_t count() const { return count_; }
  RankingScores mean() const;

 private:
  RankingScores sum_;
  size_t count_ = 0;
};

// The p-th percentile (0..100) of `values` by nearest rank; 0 when empty.
double percentile(std::vector<double> values, double p);

}  // namespace kb::eval

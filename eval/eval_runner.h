// EvalRunner: indexes an evaluation set's documents through the normal
// loader and IndexWriter (one database per client), runs every query
// through Searcher within its client, and scores the rankings.
#pragma once

#include <string>
#include <vector>

#include "eval/eval_data.h"
#include "eval/metrics.h"
#include "indexer/common/result.h"
#include "indexer/index/document_builder.h"
#include "server/search/searcher.h"

namespace kb::eval {

struct EvalOptions {
  std::string data_dir;  // docs.jsonl, queries.jsonl, qrels.tsv
  std::string work_dir;  // scratch space for the corpus and index; required
  FieldWeights weights;
  SearcherOptions searcher;
  size_t k = 10;
  // Query noise (query_noise.h): one random edit per query when typos > 0
  // (seeded by `seed`), or the last word cut to `prefix_graphemes` when > 0.
  size_t typos = 0;
  uint64_t seed = 1;
  size_t prefix_graphemes = 0;
};

struct ClientScores {
  std::string client;
  RankingScores mean;
  size_t queries = 0;
};

struct EvalReport {
  std::vector<ClientScores> clients;  // judged queries per client, sorted by name
  RankingScores overall;
  size_t judged_queries = 0;
  std::vector<double> latencies_ms;  // one per query: Searcher::search, single thread
  // SearchResults::confidence of every judged query and of every query of
  // queries_oos.jsonl (no article answers them), to choose the threshold.
  std::vector<double> in_scope_confidence;
  std::vector<double> out_of_scope_confidence;
  double index_seconds = 0;
  size_t documents = 0;
  size_t rejected_documents = 0;
};

Result<EvalReport> run_eval(const EvalOptions& options);

}  // namespace kb::eval

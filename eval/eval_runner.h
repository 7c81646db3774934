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
  double index_seconds = 0;
  size_t documents = 0;
  size_t rejected_documents = 0;
};

Result<EvalReport> run_eval(const EvalOptions& options);

}  // namespace kb::eval

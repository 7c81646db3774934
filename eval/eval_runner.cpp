#include "eval/eval_runner.h"

#include <chrono>
#include <filesystem>
#include <map>

#include "eval/query_noise.h"
#include "indexer/index/corpus_indexer.h"

namespace kb::eval {

namespace fs = std::filesystem;

namespace {

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

Result<EvalReport> run_eval(const EvalOptions& options) {
  auto set = read_eval_set(options.data_dir);
  if (!set.is_ok()) return set.status();

  const std::string corpus = (fs::path(options.work_dir) / "corpus").string();
  const std::string index = (fs::path(options.work_dir) / "index").string();
  std::error_code ec;
  fs::remove_all(corpus, ec);
  fs::remove_all(index, ec);
  Status written = write_eval_corpus((fs::path(options.data_dir) / "docs.jsonl").string(), corpus);
  if (!written.is_ok()) return written;

  EvalReport report;
  CorpusIndexerOptions build;
  build.corpus_root = corpus;
  build.index_root = index;
  build.weights = options.weights;
  build.transliteration = options.searcher.ranking.transliteration_weight > 0;
  build.romanizer = options.searcher.romanizer;
  build.load.allow_empty_title = true;
  build.force = true;
  const CorpusReport built = build_corpus(build);
  if (!built.failure.is_ok()) return built.failure;
  report.index_seconds = built.seconds;
  report.rejected_documents = built.rejected.size();
  for (const auto& client : built.clients) report.documents += client.documents;

  Catalog catalog(index);
  Searcher searcher(catalog, options.searcher);
  std::map<std::string, MeanScores> per_client;
  MeanScores overall;
  std::mt19937_64 rng(options.seed);
  auto request_of = [&](const EvalQuery& query) {
    SearchRequest request;
    request.client = query.client;
    request.query = query.text;
    for (size_t i = 0; i < options.typos; ++i) request.query = add_typo(request.query, rng);
    if (options.prefix_graphemes > 0) {
      request.query = cut_last_word(request.query, options.prefix_graphemes);
    }
    request.language = query.language;
    request.limit = options.k;
    return request;
  };
  for (const EvalQuery& query : set->out_of_scope) {
    auto results = searcher.search(request_of(query));
    if (results.is_ok()) report.out_of_scope_confidence.push_back(results->confidence);
  }
  for (const EvalQuery& query : set->queries) {
    const SearchRequest request = request_of(query);
    const auto start = std::chrono::steady_clock::now();
    auto results = searcher.search(request);
    report.latencies_ms.push_back(ms_since(start));
    if (!set->has_judgments) continue;
    auto relevant = set->relevant.find(query.qid);
    if (relevant == set->relevant.end()) continue;
    std::vector<std::string> ranked;
    if (results.is_ok()) {
      report.in_scope_confidence.push_back(results->confidence);
      for (const auto& hit : results->hits) ranked.push_back(hit.document.id);
    } else if (results.status().code() != StatusCode::kInvalidArgument) {
      return results.status();  // an empty query scores 0; anything else is a bug
    }
    const RankingScores scores = score_ranking(ranked, relevant->second, options.k);
    per_client[query.client].add(scores);
    overall.add(scores);
  }
  for (const auto& [client, mean] : per_client) {
    report.clients.push_back({client, mean.mean(), mean.count()});
  }
  report.overall = overall.mean();
  report.judged_queries = overall.count();
  return report;
}

}  // namespace kb::eval

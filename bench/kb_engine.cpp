#include "bench/kb_engine.h"

#include "indexer/index/index_writer.h"

namespace kb::bench {

namespace {

class KbRunner : public QueryRunner {
 public:
  KbRunner(const Catalog& catalog, const KbEngineOptions& options,
           std::shared_ptr<SearchCaches> caches)
      : searcher_(catalog, options.searcher, std::move(caches)), features_(options.features) {}

  Result<size_t> run(const BenchQuery& query, QueryMode mode) override {
    auto results = searcher_.search(kb_search_request(query, mode, features_));
    if (!results.is_ok()) return results.status();
    return results->hits.size();
  }

 private:
  Searcher searcher_;
  KbFeatures features_;
};

}  // namespace

SearchRequest kb_search_request(const BenchQuery& query, QueryMode mode,
                                const KbFeatures& features) {
  SearchRequest request;
  request.client = query.client;
  request.query = query.text;
  request.limit = 10;
  request.exact = false;  // typo correction, prefix completion, synonyms, transliteration
  if (mode == QueryMode::kSearch && features.facets) {
    request.facets = {"type", "language", "product", "tag"};
  }
  return request;
}

KbEngine::KbEngine(KbEngineOptions options)
    : options_(std::move(options)),
      catalog_(options_.root),
      caches_(std::make_shared<SearchCaches>()) {}

Status KbEngine::build(const BenchCorpus& corpus) {
  if (options_.reuse_index) return Status::ok();
  // One thread, as the floor: the single-threaded figure of the issue.
  IndexWriter writer({.index_root = options_.root, .force = true, .build_ahead = false});
  for (size_t c = 0; c < corpus.clients.size(); ++c) {
    auto built = writer.build_client({corpus.clients[c], corpus.documents[c], {}});
    if (!built.is_ok()) return built.status();
  }
  return Status::ok();
}

Result<std::unique_ptr<QueryRunner>> KbEngine::open_runner() {
  return std::unique_ptr<QueryRunner>(std::make_unique<KbRunner>(catalog_, options_, caches_));
}

}  // namespace kb::bench

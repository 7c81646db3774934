// kbsearch itself under the benchmark: IndexWriter builds each client's
// database (the code kb-indexer runs), Searcher answers through the whole
// pipeline (analysis, query building, matching, snippets). Which Searcher
// features a benchmark query switches on is decided in one place,
// kb_search_request(). Variants ("kbsearch-no-snippets": no body is scanned
// for a passage; "kbsearch-no-facets") search the same index, to show what
// each part costs.
//
// Thread safety: see BenchEngine.
#pragma once

#include <memory>
#include <string>

#include "bench/bench_engine.h"
#include "indexer/index/catalog.h"
#include "server/search/searcher.h"

namespace kb::bench {

// The Searcher features a benchmark request switches on, beyond the
// Searcher's defaults (typo tolerance, completion, synonyms, transliteration).
struct KbFeatures {
  bool facets = true;  // facets on every field for a full search
};

struct KbEngineOptions {
  std::string name = "kbsearch";
  std::string root;  // required: an index root, as kb-indexer writes it
  SearcherOptions searcher;
  KbFeatures features;
  // Search an index another KbEngine built under `root` instead of building
  // one (build() does nothing): a variant of the searcher on the same index.
  bool reuse_index = false;
};

class KbEngine : public BenchEngine {
 public:
  explicit KbEngine(KbEngineOptions options);
  std::string name() const override { return options_.name; }
  Status build(const BenchCorpus& corpus) override;
  Result<std::unique_ptr<QueryRunner>> open_runner() override;
  size_t disk_bytes() const override { return folder_bytes(options_.root); }

 private:
  KbEngineOptions options_;
  Catalog catalog_;
  // One per engine, shared by its runners, as kb-server's SearcherPool shares one.
  std::shared_ptr<SearchCaches> caches_;
};

// The request the benchmark sends for `query`: the first 10 hits with
// snippets and every feature an agent has on: typo tolerance, completion of
// the word being typed, synonyms and transliteration (Searcher's defaults),
// and, for a full search, facets on every field (KbFeatures).
SearchRequest kb_search_request(const BenchQuery& query, QueryMode mode,
                                const KbFeatures& features = {});

}  // namespace kb::bench

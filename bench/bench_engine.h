// The interface kb-bench drives: an engine that builds an index of the scale
// corpus and answers its queries. Three implement it, measured in one run on
// the same documents and queries: kbsearch itself (kb_engine.h), the plain
// Xapian engine floor (floor_engine.h) and SQLite FTS5 (fts5_engine.h).
//
// Thread safety: build() from one thread; each thread that searches opens a
// QueryRunner of its own.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bench/query_set.h"
#include "indexer/common/result.h"
#include "indexer/document/document.h"

namespace kb::bench {

// The corpus, loaded once through kbsearch's own loader; every engine
// indexes the same `text` (the plain text of the Markdown body) and title.
struct BenchCorpus {
  std::vector<ClientInfo> clients;
  std::vector<std::vector<Document>> documents;  // per client, same order
  size_t total_documents() const;
};

// How a query is asked.
enum class QueryMode {
  kSearch,     // the agent pressed enter: a full search
  kKeystroke,  // typing: the last word is a prefix (and kbsearch also suggests)
};

class QueryRunner {
 public:
  virtual ~QueryRunner() = default;
  // Runs one query and reads what a result list shows; returns the number
  // of hits. An error is counted by the caller, not fatal.
  virtual Result<size_t> run(const BenchQuery& query, QueryMode mode) = 0;
};

class BenchEngine {
 public:
  virtual ~BenchEngine() = default;
  virtual std::string name() const = 0;
  // Builds the index under the engine's folder, single-threaded, one index per client.
  virtual Status build(const BenchCorpus& corpus) = 0;
  // A runner for the calling thread, over the built index.
  virtual Result<std::unique_ptr<QueryRunner>> open_runner() = 0;
  // Bytes on disk of the built index.
  virtual size_t disk_bytes() const = 0;
};

// Sum of the sizes of the regular files below `dir`.
size_t folder_bytes(const std::string& dir);

}  // namespace kb::bench

// The engine floor: what plain Xapian does with the same corpus and queries,
// the least any Xapian-based search can cost. Indexing: TermGenerator with
// the English stemmer over title and text, the id and title as document
// data, one database per client. Searching: QueryParser with its default
// flags (FLAG_PARTIAL too when typing), BM25 defaults, the first 10 matches
// and their data; no snippets, no typo tolerance, no multilingual analysis.
//
// Thread safety: see BenchEngine.
#pragma once

#include <string>

#include "bench/bench_engine.h"

namespace kb::bench {

class FloorEngine : public BenchEngine {
 public:
  explicit FloorEngine(std::string root) : root_(std::move(root)) {}
  std::string name() const override { return "xapian-floor"; }
  Status build(const BenchCorpus& corpus) override;
  Result<std::unique_ptr<QueryRunner>> open_runner() override;
  size_t disk_bytes() const override { return folder_bytes(root_); }

 private:
  std::string root_;  // one database per client below it
};

}  // namespace kb::bench

// What kb-bench (and kb-bench-floor) run for one corpus size: load the
// corpus once, run each engine on it and the query set (bench_runner.h),
// and kb-indexer's parallel build, all in this process.
//
// Thread safety: one at a time per process.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "bench/bench_report.h"
#include "indexer/common/result.h"

namespace kb::bench {

struct SizeBenchmarkOptions {
  std::string corpus_root;   // required: a corpus made by kb-make-scale-corpus
  std::string work_dir;      // required: one folder per engine, each must be new or empty
  std::string queries_path;  // "" = <corpus_root>/queries.tsv
  std::string label;         // "" = the article count
  // Run in this order; kbsearch first (the report's ratios are to the first
  // engine). The variants kbsearch-reused (every feature),
  // kbsearch-no-snippets and kbsearch-no-facets search the index kbsearch
  // built in the same work folder, so come after it (or in a later run on
  // that folder, to measure search alone).
  std::vector<std::string> engines = {"kbsearch", "kbsearch-no-snippets", "kbsearch-no-facets",
                                      "xapian-floor", "sqlite-fts5"};
  bool parallel_build = true;  // also time kb-indexer's build_corpus (one writer per client)
  BenchRunOptions run;
  std::function<void(const std::string&)> progress;  // one line per step; may be empty
};

// InvalidArgument for an unknown engine name, a non-empty engine folder or a
// corpus with invalid articles (the first one named); the engine's error
// when a build fails.
Result<SizeReport> run_size_benchmark(const SizeBenchmarkOptions& options);

}  // namespace kb::bench

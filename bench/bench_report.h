// The benchmark's Markdown: one table of engines per corpus size and one of
// kbsearch's ratios to the others, measured in the same run.
//
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "bench/bench_runner.h"

namespace kb::bench {

struct SizeReport {
  std::string label;          // "100k"
  size_t documents = 0;
  size_t clients = 0;
  size_t queries = 0;
  size_t typed_prefixes = 0;
  double load_seconds = 0;    // kbsearch's loader and validator, once for all engines
  double parallel_build_seconds = 0;  // kb-indexer's build_corpus, one writer per client, loading included
  unsigned parallel_jobs = 0;
  std::vector<EngineResult> engines;  // kbsearch first
};

std::string markdown_report(const SizeReport& report);

}  // namespace kb::bench

// Runs one engine through the benchmark: build (timed, peak RSS), then the
// query set single-threaded (latency per query), the typing set (every
// prefix of some queries, as sent while typing), and the query set on
// several threads at once (throughput).
//
// Thread safety: one run at a time per process (peak RSS is per process).
#pragma once

#include <string>
#include <vector>

#include "bench/bench_engine.h"
#include "bench/latency_stats.h"

namespace kb::bench {

struct BenchRunOptions {
  size_t warmup_queries = 200;     // run once, untimed, before measuring
  size_t typed_queries = 200;      // queries typed character by character
  unsigned threads = 2;            // for the throughput figure
};

// A query and what it cost, to say where the tail comes from.
struct TimedQuery {
  std::string client;
  std::string text;
  double cpu_ms = 0;
};

struct EngineResult {
  std::string engine;
  size_t documents = 0;
  double build_seconds = 0;
  double build_cpu_seconds = 0;  // of the building thread: what contention for the cores does not change
  size_t disk_bytes = 0;
  size_t build_peak_rss = 0;   // process peak during the build (the loaded corpus included)
  LatencySummary search;       // wall clock per query
  LatencySummary search_cpu;   // the thread's CPU time per query (robust on a shared machine)
  LatencySummary keystroke;
  std::vector<TimedQuery> slowest;  // the query set's slowest, by CPU time, slowest first
  double queries_per_second = 0;  // `threads` threads, each with its own runner
  size_t search_peak_rss = 0;     // process peak while searching
  size_t errors = 0;
  std::string first_error;

  // 0 when nothing was built (an engine reusing another's index).
  double documents_per_second() const {
    return build_seconds > 1e-3 ? static_cast<double>(documents) / build_seconds : 0;
  }
};

// The typing set: each prefix (typing_prefixes) of the first `count`
// queries of kind "words".
std::vector<BenchQuery> typed_prefix_queries(const std::vector<BenchQuery>& queries, size_t count);

// Builds with `engine` and measures it. An engine's build failure is the
// error; query failures are counted in `errors`.
Result<EngineResult> run_engine(BenchEngine& engine, const BenchCorpus& corpus,
                                const std::vector<BenchQuery>& queries,
                                const BenchRunOptions& options);

}  // namespace kb::bench

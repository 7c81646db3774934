#include "bench/bench_runner.h"

#include <time.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace kb::bench {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time of the calling thread, in milliseconds.
double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

void count_error(EngineResult* result, const Status& status) {
  if (result->errors++ == 0) result->first_error = status.to_string();
}

struct Timings {
  std::vector<double> wall_ms;
  std::vector<double> cpu_ms;
};

Timings timed_run(QueryRunner& runner, const std::vector<BenchQuery>& queries, QueryMode mode,
                  EngineResult* result) {
  Timings t;
  t.wall_ms.reserve(queries.size());
  t.cpu_ms.reserve(queries.size());
  for (const auto& q : queries) {
    const double cpu_start = thread_cpu_ms();
    const auto start = Clock::now();
    auto hits = runner.run(q, mode);
    t.wall_ms.push_back(ms_since(start));
    t.cpu_ms.push_back(thread_cpu_ms() - cpu_start);
    if (!hits.is_ok()) count_error(result, hits.status());
  }
  return t;
}

// The `count` queries that took the most CPU time, slowest first.
std::vector<TimedQuery> slowest_queries(const std::vector<BenchQuery>& queries,
                                        const std::vector<double>& cpu_ms, size_t count) {
  std::vector<size_t> order(queries.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  count = std::min(count, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(count), order.end(),
                    [&](size_t a, size_t b) { return cpu_ms[a] > cpu_ms[b]; });
  std::vector<TimedQuery> out;
  for (size_t k = 0; k < count; ++k) {
    out.push_back({queries[order[k]].client, queries[order[k]].text, cpu_ms[order[k]]});
  }
  return out;
}

}  // namespace

std::vector<BenchQuery> typed_prefix_queries(const std::vector<BenchQuery>& queries, size_t count) {
  std::vector<BenchQuery> out;
  size_t taken = 0;
  for (const auto& q : queries) {
    if (taken == count) break;
    if (q.kind != "words") continue;
    ++taken;
    for (auto& prefix : typing_prefixes(q.text)) {
      out.push_back({q.client, q.language, "keystroke", std::move(prefix)});
    }
  }
  return out;
}

Result<EngineResult> run_engine(BenchEngine& engine, const BenchCorpus& corpus,
                                const std::vector<BenchQuery>& queries,
                                const BenchRunOptions& options) {
  EngineResult result;
  result.engine = engine.name();
  result.documents = corpus.total_documents();

  reset_peak_rss();
  const double build_cpu_start = thread_cpu_ms();
  const auto build_start = Clock::now();
  if (Status s = engine.build(corpus); !s.is_ok()) return s;
  result.build_seconds = ms_since(build_start) / 1000;
  result.build_cpu_seconds = (thread_cpu_ms() - build_cpu_start) / 1000;
  result.build_peak_rss = peak_rss_bytes();
  result.disk_bytes = engine.disk_bytes();

  reset_peak_rss();
  auto runner = engine.open_runner();
  if (!runner.is_ok()) return runner.status();
  const size_t warmup = std::min(options.warmup_queries, queries.size());
  for (size_t i = 0; i < warmup; ++i) (void)(*runner)->run(queries[i], QueryMode::kSearch);

  const Timings search = timed_run(**runner, queries, QueryMode::kSearch, &result);
  result.search = summarize_latencies(search.wall_ms);
  result.search_cpu = summarize_latencies(search.cpu_ms);
  result.slowest = slowest_queries(queries, search.cpu_ms, 5);
  result.keystroke = summarize_latencies(
      timed_run(**runner, typed_prefix_queries(queries, options.typed_queries),
                QueryMode::kKeystroke, &result)
          .wall_ms);

  // Throughput: every thread runs the whole set from its own starting point.
  const unsigned threads = std::max(1u, options.threads);
  std::vector<EngineResult> per_thread(threads);
  std::vector<std::thread> workers;
  const auto start = Clock::now();
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      auto own = engine.open_runner();
      if (!own.is_ok()) {
        count_error(&per_thread[t], own.status());
        return;
      }
      for (size_t i = 0; i < queries.size(); ++i) {
        auto hits = (*own)->run(queries[(i + t * queries.size() / threads) % queries.size()],
                                QueryMode::kSearch);
        if (!hits.is_ok()) count_error(&per_thread[t], hits.status());
      }
    });
  }
  for (auto& w : workers) w.join();
  const double seconds = ms_since(start) / 1000;
  result.queries_per_second = seconds > 0 ? threads * queries.size() / seconds : 0;
  for (const auto& t : per_thread) {
    if (t.errors > 0 && result.errors == 0) result.first_error = t.first_error;
    result.errors += t.errors;
  }
  result.search_peak_rss = peak_rss_bytes();
  return result;
}

}  // namespace kb::bench

#include "bench/bench_report.h"

#include <cstdio>

namespace kb::bench {

namespace {

std::string fixed(double v, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string mb(size_t bytes) { return fixed(static_cast<double>(bytes) / (1024.0 * 1024.0), 0); }

std::string times(double r) { return r > 0 ? fixed(r, 2) + "x" : "-"; }

std::string engine_row(const EngineResult& e) {
  return "| " + e.engine + " | " + fixed(e.build_seconds, 1) + " (" + fixed(e.build_cpu_seconds, 1) +
         ") | " +
         (e.documents_per_second() > 0 ? fixed(e.documents_per_second(), 0) : "-") + " | " +
         mb(e.disk_bytes) + " | " +
         fixed(e.search.p50_ms, 2) + " | " + fixed(e.search.p95_ms, 2) + " | " +
         fixed(e.search.p99_ms, 2) + " | " + fixed(e.search_cpu.p50_ms, 2) + " / " +
         fixed(e.search_cpu.p99_ms, 2) + " | " + fixed(e.keystroke.p50_ms, 2) + " | " +
         fixed(e.keystroke.p99_ms, 2) + " | " + fixed(e.queries_per_second, 0) + " | " +
         mb(e.build_peak_rss) + " / " + mb(e.search_peak_rss) + " | " + std::to_string(e.errors) +
         " |\n";
}

}  // namespace

std::string markdown_report(const SizeReport& r) {
  std::string out = "### " + r.label + ": " + std::to_string(r.documents) + " articles in " +
                    std::to_string(r.clients) + " clients, " + std::to_string(r.queries) +
                    " queries, " + std::to_string(r.typed_prefixes) + " typed prefixes\n\n";
  out +=
      "| engine | build s (CPU s) | docs/s | index MB | search p50 ms | p95 | p99 | CPU p50 / p99 "
      "| typing p50 ms | p99 | q/s, 2 threads | peak RSS MB build / search | errors |\n";
  out += "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n";
  for (const auto& e : r.engines) out += engine_row(e);
  if (r.parallel_build_seconds > 0) {
    out += "| kbsearch, kb-indexer build (" + std::to_string(r.parallel_jobs) +
           " writers, loading included) | " + fixed(r.parallel_build_seconds, 1) + " | " +
           fixed(r.documents / r.parallel_build_seconds, 0) +
           " | | | | | | | | | | |\n";
  }
  for (const auto& e : r.engines) {
    if (e.errors > 0) out += "\n" + e.engine + ", first error: " + e.first_error + "\n";
  }
  if (!r.engines.empty() && !r.engines.front().slowest.empty()) {
    out += "\nSlowest queries of " + r.engines.front().engine + " (CPU ms):";
    for (const auto& q : r.engines.front().slowest) {
      out += " " + fixed(q.cpu_ms, 1) + " `" + q.text + "` (" + q.client + ");";
    }
    out.back() = '.';
    out += "\n";
  }
  out += "\nLoading and validating the corpus once (kbsearch's loader, shared by all engines): " +
         fixed(r.load_seconds, 1) + " s.\n";
  if (r.engines.size() < 2) return out;

  const EngineResult& ours = r.engines.front();
  out += "\n| kbsearch / other, same run | search p50 | search p99 | CPU p50 | CPU p99 | typing p99 "
         "| docs/s | docs per CPU s | q/s |\n";
  out += "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n";
  for (size_t i = 1; i < r.engines.size(); ++i) {
    const EngineResult& other = r.engines[i];
    out += "| " + other.engine + " | " + times(ratio(ours.search.p50_ms, other.search.p50_ms)) +
           " | " + times(ratio(ours.search.p99_ms, other.search.p99_ms)) + " | " +
           times(ratio(ours.search_cpu.p50_ms, other.search_cpu.p50_ms)) + " | " +
           times(ratio(ours.search_cpu.p99_ms, other.search_cpu.p99_ms)) + " | " +
           times(ratio(ours.keystroke.p99_ms, other.keystroke.p99_ms)) + " | " +
           times(ratio(ours.documents_per_second(), other.documents_per_second())) + " | " +
           times(ours.documents_per_second() > 0 && other.documents_per_second() > 0
                     ? ratio(other.build_cpu_seconds, ours.build_cpu_seconds)
                     : 0) +
           " | " +
           times(ratio(ours.queries_per_second, other.queries_per_second)) + " |\n";
  }
  return out;
}

}  // namespace kb::bench

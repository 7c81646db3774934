#include "bench/latency_stats.h"

#include <sys/resource.h>

#include <algorithm>
#include <fstream>
#include <numeric>
#include <string>

#include "eval/metrics.h"

namespace kb::bench {

namespace {

// A "Name:   1234 kB" line of a /proc status file, in bytes; 0 when absent.
size_t status_field_bytes(const std::string& path, const std::string& name) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(name + ":", 0) == 0) return std::stoull(line.substr(name.size() + 1)) * 1024;
  }
  return 0;
}

}  // namespace

LatencySummary summarize_latencies(const std::vector<double>& ms) {
  LatencySummary s;
  if (ms.empty()) return s;
  s.count = ms.size();
  s.p50_ms = eval::percentile(ms, 50);
  s.p95_ms = eval::percentile(ms, 95);
  s.p99_ms = eval::percentile(ms, 99);
  s.mean_ms = std::accumulate(ms.begin(), ms.end(), 0.0) / static_cast<double>(ms.size());
  s.max_ms = *std::max_element(ms.begin(), ms.end());
  return s;
}

double ratio(double ours, double theirs) { return theirs > 0 ? ours / theirs : 0; }

bool reset_peak_rss() {
  std::ofstream out("/proc/self/clear_refs");
  out << "5";
  out.flush();
  return static_cast<bool>(out);
}

size_t peak_rss_bytes() {
  if (size_t hwm = status_field_bytes("/proc/self/status", "VmHWM"); hwm > 0) return hwm;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<size_t>(usage.ru_maxrss) * 1024;
}

}  // namespace kb::bench

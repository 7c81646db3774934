// What the benchmark reports about a set of timings, and the process's peak
// resident memory per phase.
//
// Thread-safe (the memory functions act on the whole process).
#pragma once

#include <cstddef>
#include <vector>

namespace kb::bench {

struct LatencySummary {
  size_t count = 0;
  double p50_ms = 0;
  double p95_ms = 0;
  double p99_ms = 0;
  double mean_ms = 0;
  double max_ms = 0;
};

// Nearest-rank percentiles (eval::percentile) of `ms`; all zero when empty.
LatencySummary summarize_latencies(const std::vector<double>& ms);

// `ours` / `theirs`, or 0 when `theirs` is 0 (a ratio that cannot be told).
double ratio(double ours, double theirs);

// Resets the kernel's peak-RSS mark to the current RSS (writes "5" to
// /proc/self/clear_refs, Linux 4.0+), so the next peak_rss_bytes() is the
// peak of the phase that follows. False when the kernel refuses.
bool reset_peak_rss();

// VmHWM of /proc/self/status in bytes; falls back to getrusage's ru_maxrss
// (peak of the whole process) when /proc is not readable.
size_t peak_rss_bytes();

}  // namespace kb::bench

// ProgressLine: shows how far a long indexing run is, from an IndexProgress
// that the writers count. On a terminal it redraws one line a few times a
// second ("1200/5000 documents  830/s  5 s left"); otherwise (a log file,
// a pipe) it writes a plain line every few seconds. Nothing is shown for a
// run shorter than a second. The line is cleared when it stops.
//
// Thread safety: owns a thread that reads the atomic counters; construct and
// destroy on one thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>

#include "indexer/index/index_writer.h"

namespace kb {

struct ProgressLineOptions {
  std::FILE* out = stderr;
  bool terminal = false;  // redraw in place (\r) rather than log lines
  std::chrono::milliseconds first_after{1000};
  std::chrono::milliseconds terminal_every{250};
  std::chrono::milliseconds log_every{5000};
};

class ProgressLine {
 public:
  ProgressLine(const IndexProgress& progress, ProgressLineOptions options);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // "done/total documents  rate/s  N s left", for `seconds` into the run.
  static std::string format(size_t done, size_t total, double seconds);

 private:
  void run();

  const IndexProgress& progress_;
  ProgressLineOptions options_;
  std::chrono::steady_clock::time_point start_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  bool drawn_ = false;
  std::thread thread_;
};

}  // namespace kb

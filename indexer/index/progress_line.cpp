#include "indexer/index/progress_line.h"

namespace kb {

ProgressLine::ProgressLine(const IndexProgress& progress, ProgressLineOptions options)
    : progress_(progress),
      options_(options),
      start_(std::chrono::steady_clock::now()),
      thread_([this] { run(); }) {}

ProgressLine::~ProgressLine() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
  if (drawn_ && options_.terminal) {
    std::fputs("\r\033[K", options_.out);
    std::fflush(options_.out);
  }
}

std::string ProgressLine::format(size_t done, size_t total, double seconds) {
  const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
  std::string line = std::to_string(done) + "/" + std::to_string(total) + " documents  " +
                     std::to_string(static_cast<long>(rate)) + "/s";
  if (rate > 0 && total >= done) {
    line += "  " + std::to_string(static_cast<long>((total - done) / rate + 0.5)) + " s left";
  }
  return line;
}

void ProgressLine::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (wake_.wait_for(lock, options_.first_after, [this] { return stop_; })) return;
  const auto every = options_.terminal ? options_.terminal_every : options_.log_every;
  do {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const std::string line = format(progress_.done, progress_.total, seconds);
    if (options_.terminal) {
      std::fprintf(options_.out, "\r\033[K%s", line.c_str());
    } else {
      std::fprintf(options_.out, "kb-indexer: %s\n", line.c_str());
    }
    std::fflush(options_.out);
    drawn_ = true;
  } while (!wake_.wait_for(lock, every, [this] { return stop_; }));
}

}  // namespace kb

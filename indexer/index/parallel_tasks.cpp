#include "indexer/index/parallel_tasks.h"

#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace kb {

void run_parallel(size_t count, unsigned threads, const std::function<void(size_t)>& task) {
  std::atomic<size_t> next{0};
  std::mutex mutex;
  std::exception_ptr first_error;
  auto work = [&] {
    for (size_t i = next++; i < count; i = next++) {
      try {
        task(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(mutex);
        if (!first_error) first_error = std::current_exception();
      }
    }
  };
  std::vector<std::thread> started;
  for (unsigned t = 1; t < threads && t < count; ++t) started.emplace_back(work);
  work();
  for (auto& t : started) t.join();
  if (first_error) std::rethrow_exception(first_error);
}

}  // namespace kb

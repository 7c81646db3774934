#include "bench/bench_engine.h"

#include <filesystem>

namespace kb::bench {

size_t BenchCorpus::total_documents() const {
  size_t n = 0;
  for (const auto& docs : documents) n += docs.size();
  return n;
}

size_t folder_bytes(const std::string& dir) {
  namespace fs = std::filesystem;
  size_t total = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  }
  return total;
}

}  // namespace kb::bench

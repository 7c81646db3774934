#include "server/search/searcher_pool.h"

namespace kb {

SearcherPool::Lease SearcherPool::acquire() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      auto searcher = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(searcher));
    }
  }
  return Lease(*this, std::make_unique<Searcher>(catalog_, options_, caches_));
}

void SearcherPool::release(std::unique_ptr<Searcher> searcher) {
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(std::move(searcher));
}

}  // namespace kb

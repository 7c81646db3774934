#include "server/search/searcher_pool.h"

namespace kb {

SearcherPool::Lease SearcherPool::acquire() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (!idle_.empty()) {
    auto searcher = std::move(idle_.back());
    idle_.pop_back();
    return Lease(*this, std::move(searcher));
  }
  if (created_ < max_searchers_) {
    ++created_;
    lock.unlock();
    return Lease(*this, std::make_unique<Searcher>(catalog_, options_, caches_));
  }
  Waiter waiter;
  waiters_.push_back(&waiter);
  waiter.handed.wait(lock, [&] { return waiter.searcher != nullptr; });
  return Lease(*this, std::move(waiter.searcher));
}

size_t SearcherPool::waiting() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return waiters_.size();
}

void SearcherPool::release(std::unique_ptr<Searcher> searcher) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (waiters_.empty()) {
    idle_.push_back(std::move(searcher));
    return;
  }
  Waiter* next = waiters_.front();
  waiters_.pop_front();
  next->searcher = std::move(searcher);
  // Under the lock: once it is released, the waiter may return and be gone.
  next->handed.notify_one();
}

}  // namespace kb

// SearcherPool: hands each request thread a Searcher of its own for the
// duration of a request. Searchers keep their open databases between
// requests. At most `max_searchers` exist; a request that finds them all
// busy waits, and waiting requests are served first come, first served.
// Searching is CPU-bound: with a worker thread per connection and 64
// connections on 2 cores, letting every thread search at once shared the
// cores 64 ways, and one search in a hundred took over 700 ms (some over
// 2 s) though each needs about 2 ms; in turn, each waits only for the
// searches ahead of it.
//
// Thread safety: acquire() may be called from any thread.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "server/search/searcher.h"

namespace kb {

class SearcherPool {
 public:
  // By default, one Searcher per core.
  SearcherPool(const Catalog& catalog, SearcherOptions options,
               size_t max_searchers = std::max(1u, std::thread::hardware_concurrency()))
      : catalog_(catalog),
        options_(options),
        max_searchers_(std::max<size_t>(1, max_searchers)),
        caches_(std::make_shared<SearchCaches>()) {}

  // Exclusive use of one Searcher until the Lease is destroyed; waits, in
  // turn, while all max_searchers are leased.
  class Lease {
   public:
    Lease(SearcherPool& pool, std::unique_ptr<Searcher> searcher)
        : pool_(pool), searcher_(std::move(searcher)) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { pool_.release(std::move(searcher_)); }
    Searcher* operator->() { return searcher_.get(); }
    Searcher& operator*() { return *searcher_; }

   private:
    SearcherPool& pool_;
    std::unique_ptr<Searcher> searcher_;
  };

  Lease acquire();

  // Requests waiting for a Searcher now: how far the server is behind.
  size_t waiting() const;

 private:
  // A request waiting for a Searcher; release() hands one over.
  struct Waiter {
    std::condition_variable handed;
    std::unique_ptr<Searcher> searcher;
  };

  void release(std::unique_ptr<Searcher> searcher);

  const Catalog& catalog_;
  SearcherOptions options_;
  const size_t max_searchers_;
  std::shared_ptr<SearchCaches> caches_;  // one per server, shared by its Searchers
  mutable std::mutex mutex_;
  size_t created_ = 0;  // Searchers made so far, idle or leased
  std::vector<std::unique_ptr<Searcher>> idle_;
  std::deque<Waiter*> waiters_;  // oldest first
};

}  // namespace kb

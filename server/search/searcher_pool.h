// SearcherPool: hands each request thread a Searcher of its own for the
// duration of a request. Searchers keep their open databases between
// requests. At most `max_searchers` exist; a request that finds them all
// busy waits, and waiting requests are served first come, first served.
//
// Why a limit: searching is CPU-bound, and cpp-httplib gives each
// connection a thread. With every thread searching at once, 64 connections
// on 2 cores shared the cores 64 ways: p99 230-510 ms and a slowest request
// of 0.5-1.9 s, for searches of about 2 ms. With 4 Searchers (two per
// core): p99 94-112 ms, slowest 111-131 ms, at 5-10% fewer requests/s (the
// cores idle more: a Searcher handed over is not yet running). With one
// per core they idled a fifth of the time.
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
  SearcherPool(const Catalog& catalog, SearcherOptions options,
               size_t max_searchers = default_max_searchers())
      : catalog_(catalog),
        options_(options),
        max_searchers_(std::max<size_t>(1, max_searchers)),
        caches_(std::make_shared<SearchCaches>()) {}

  // Two per core.
  static size_t default_max_searchers() {
    return 2 * std::max(1u, std::thread::hardware_concurrency());
  }

  // Exclusive use of one Searcher until the Lease is destroyed.
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

  // A Searcher; waits, in turn, while all max_searchers are leased.
  Lease acquire();

  // Requests waiting for a Searcher now: how far the server is behind.
  size_t waiting() const;

  // Searcher::warm on a leased Searcher: what the server runs after each
  // write, so agents' next search finds the client's tables loaded. A
  // failure only leaves the loading to that search.
  void warm(const std::string& client) { acquire()->warm(client); }

  // warm(), for a client a search has loaded tables of: what the server runs
  // when another process commits to a client, so clients nobody searches
  // take no memory.
  void warm_if_searched(const std::string& client) {
    if (caches_->vocabularies.has(client) || caches_->facet_columns.has(client)) warm(client);
  }

  // Tables loaded so far by this pool's Searchers (RevisionCache::loads).
  size_t tables_loaded() const {
    return caches_->vocabularies.loads() + caches_->facet_columns.loads();
  }

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

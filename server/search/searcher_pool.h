// SearcherPool: hands each request thread a Searcher of its own for the
// duration of a request, creating one when all are busy. Searchers keep
// their open databases between requests.
//
// Thread safety: acquire() may be called from any thread.
#pragma once

#include <memory>
#include <mutex>
#include <vector>

#include "server/search/searcher.h"

namespace kb {

class SearcherPool {
 public:
  SearcherPool(const Catalog& catalog, SearcherOptions options)
      : catalog_(catalog),
        options_(options),
        caches_(std::make_shared<SearchCaches>()) {}

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

  Lease acquire();

 private:
  void release(std::unique_ptr<Searcher> searcher);

  const Catalog& catalog_;
  SearcherOptions options_;
  std::shared_ptr<SearchCaches> caches_;  // one per server, shared by its Searchers
  std::mutex mutex_;
  std::vector<std::unique_ptr<Searcher>> idle_;
};

}  // namespace kb

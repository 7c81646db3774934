// IndexHandles: one worker thread's open databases, one per client. Each
// lookup checks which generation is live (one readlink) and opens the new
// one when kb-indexer has published another, so a rebuilt index is served
// without a restart.
//
// Thread safety: not thread-safe; each worker owns its IndexHandles, as
// Xapian objects must not be shared between threads.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>

#include "indexer/common/result.h"
#include "indexer/index/catalog.h"

namespace kb {

class IndexHandles {
 public:
  explicit IndexHandles(const Catalog& catalog) : catalog_(catalog) {}

  // The live database of `client`; the pointer stays valid until the next
  // call. Errors as Catalog::open.
  Result<Xapian::Database*> get(const std::string& client);

 private:
  struct Entry {
    Xapian::Database db;
    std::string generation;
  };

  const Catalog& catalog_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace kb

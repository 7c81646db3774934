// IndexHandles: one worker thread's open databases, one per client. Each
// lookup follows the index as writers change it, so changes are served
// without a restart:
//   - a new generation published by a full build (the `current` link names
//     another folder; one readlink per lookup) is opened afresh;
//   - a commit made in place by an incremental run or an HTTP write (a new
//     revision of the same generation) is picked up by
//     Xapian::Database::reopen(), which costs one read of the version file.
// So every request starts on the newest committed revision. A search that
// outlives two more commits can still meet Xapian::DatabaseModifiedError;
// the caller then calls refresh() and runs it again.
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

  // The live database of `client` at its newest revision; the pointer stays
  // valid until the next call. Errors as Catalog::open.
  Result<Xapian::Database*> get(const std::string& client);

  // Forgets `client`'s handle, so the next get() opens it anew.
  void refresh(const std::string& client) { entries_.erase(client); }

 private:
  struct Entry {
    Xapian::Database db;
    std::string generation;
  };

  const Catalog& catalog_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace kb

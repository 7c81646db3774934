// RevisionCache<T>: a table derived from each client's live database (its
// Vocabulary, its FacetColumns), shared by every Searcher of a server. A
// table is loaded with T::load(db) on first use and again when the client's
// database is another generation or revision (a reindex), so what a search
// reads follows the index within one search.
//
// Thread safety: get() may be called from any thread; the tables it returns
// are immutable.
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace kb {

template <typename T>
class RevisionCache {
 public:
  // `db` is the calling thread's handle on `client`'s live database.
  // Xapian errors propagate.
  std::shared_ptr<const T> get(const std::string& client, const Xapian::Database& db) {
    const std::string uuid = db.get_uuid();
    const Xapian::rev revision = db.get_revision();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      const auto it = entries_.find(client);
      if (it != entries_.end() && it->second.uuid == uuid && it->second.revision == revision) {
        return it->second.table;
      }
    }
    // Loaded outside the lock so other clients are not held up; two threads
    // may load the same new revision once each, which is harmless.
    std::shared_ptr<const T> table = T::load(db);
    std::lock_guard<std::mutex> lock(mutex_);
    entries_[client] = {uuid, revision, table};
    return table;
  }

 private:
  struct Entry {
    std::string uuid;
    Xapian::rev revision = 0;
    std::shared_ptr<const T> table;
  };

  std::mutex mutex_;
  std::map<std::string, Entry> entries_;
};

}  // namespace kb

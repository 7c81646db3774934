// RevisionCache<T>: a table derived from each client's live database (its
// Vocabulary, its FacetColumns), shared by every Searcher of a server. A
// table is loaded with T::load(db) on first use and again when the client's
// database is another generation or revision (a reindex), so what a search
// reads follows the index within one search. A revision is loaded once:
// threads that want it while it loads wait for that load.
//
// Thread safety: get() may be called from any thread; the tables it returns
// are immutable.
#pragma once

#include <xapian.h>

#include <atomic>
#include <future>
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
    const Version version{db.get_uuid(), db.get_revision()};
    std::unique_lock<std::mutex> lock(mutex_);
    Entry& entry = entries_[client];
    if (entry.table && entry.version == version) return entry.table;
    if (entry.loading.valid() && entry.loading_version == version) {
      // Another thread is loading this revision (a write's warm-up, or a
      // search that came first): wait for its table rather than load it
      // twice on cores the searches need. Its error, if any, is rethrown.
      std::shared_future<std::shared_ptr<const T>> loading = entry.loading;
      lock.unlock();
      return loading.get();
    }
    std::promise<std::shared_ptr<const T>> promise;
    entry.loading = promise.get_future().share();
    entry.loading_version = version;
    lock.unlock();
    // Loaded outside the lock so other clients are not held up.
    std::shared_ptr<const T> table;
    ++loads_;
    try {
      table = T::load(db);
    } catch (...) {
      promise.set_exception(std::current_exception());
      finish_loading(client, version, nullptr);
      throw;
    }
    promise.set_value(table);
    finish_loading(client, version, table);
    return table;
  }

  // Whether `client` has a table, of any revision.
  bool has(const std::string& client) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = entries_.find(client);
    return it != entries_.end() && it->second.table;
  }

  // Tables loaded so far, all clients: what warming saves the searches.
  size_t loads() const { return loads_; }

 private:
  struct Version {
    std::string uuid;
    Xapian::rev revision = 0;
    bool operator==(const Version&) const = default;
  };
  struct Entry {
    Version version;
    std::shared_ptr<const T> table;
    std::shared_future<std::shared_ptr<const T>> loading;  // valid while a load runs
    Version loading_version;
  };

  // Ends the load of `version` and keeps its table (null: the load
  // failed), unless the load of another revision began since.
  void finish_loading(const std::string& client, const Version& version,
                      std::shared_ptr<const T> table) {
    std::lock_guard<std::mutex> lock(mutex_);
    Entry& entry = entries_[client];
    if (entry.loading_version != version) return;
    entry.loading = {};
    if (table) {
      entry.version = version;
      entry.table = std::move(table);
    }
  }

  std::mutex mutex_;
  std::map<std::string, Entry> entries_;
  std::atomic<size_t> loads_ = 0;
};

}  // namespace kb

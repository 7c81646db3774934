// IndexWatcher: notices the commits another process (kb-indexer) makes to
// the index root. The server learns of them anyway at the next search of
// that client, but that search then loads the client's tables itself (160
// ms at 1M articles); told early, the server loads them before it.
//
// A thread looks at every published client every `interval`: the version
// file of its live generation, which Xapian's glass backend replaces at
// every commit, and the generation itself. on_change(client) runs on that
// thread for each client changed since the previous look, and for each
// client published since. The first look, made by the constructor, only
// records what is there.
//
// Thread safety: on_change must be safe to call from the watcher's thread;
// the destructor stops the thread and waits for it.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>

#include "indexer/index/catalog.h"

namespace kb {

struct IndexWatcherOptions {
  std::string index_root;  // required
  std::chrono::milliseconds interval{500};
  std::function<void(const std::string& client)> on_change;  // required
};

class IndexWatcher {
 public:
  explicit IndexWatcher(IndexWatcherOptions options);
  ~IndexWatcher();
  IndexWatcher(const IndexWatcher&) = delete;
  IndexWatcher& operator=(const IndexWatcher&) = delete;

 private:
  // What a commit or a new generation changes, read without opening the
  // database (no file descriptors held per client).
  struct Stamp {
    std::string generation;
    unsigned long long inode = 0;
    long long modified_ns = 0;
    bool operator==(const Stamp&) const = default;
  };
  std::map<std::string, Stamp> look() const;
  void run();

  IndexWatcherOptions options_;
  Catalog catalog_;
  std::map<std::string, Stamp> seen_;
  std::mutex mutex_;
  std::condition_variable stop_requested_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace kb

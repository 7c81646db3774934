// VocabularyCache: the Vocabulary of each client's live database, shared by
// every Searcher of a server. A vocabulary is loaded on first use and again
// when the client's database is another generation or revision (a reindex),
// so corrections and completions follow the index within one search.
//
// Thread safety: get() may be called from any thread; the vocabularies it
// returns are immutable.
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "server/search/vocabulary.h"

namespace kb {

class VocabularyCache {
 public:
  // `db` is the calling thread's handle on `client`'s live database.
  // Xapian errors propagate.
  std::shared_ptr<const Vocabulary> get(const std::string& client, const Xapian::Database& db);

 private:
  struct Entry {
    std::string uuid;
    Xapian::rev revision = 0;
    std::shared_ptr<const Vocabulary> vocabulary;
  };

  std::mutex mutex_;
  std::map<std::string, Entry> entries_;
};

}  // namespace kb

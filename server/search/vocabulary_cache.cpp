#include "server/search/vocabulary_cache.h"

namespace kb {

std::shared_ptr<const Vocabulary> VocabularyCache::get(const std::string& client,
                                                       const Xapian::Database& db) {
  const std::string uuid = db.get_uuid();
  const Xapian::rev revision = db.get_revision();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto it = entries_.find(client);
    if (it != entries_.end() && it->second.uuid == uuid && it->second.revision == revision) {
      return it->second.vocabulary;
    }
  }
  // Loaded outside the lock so other clients are not held up; two threads
  // may load the same new revision once each, which is harmless.
  auto vocabulary = Vocabulary::load(db);
  std::lock_guard<std::mutex> lock(mutex_);
  entries_[client] = {uuid, revision, vocabulary};
  return vocabulary;
}

}  // namespace kb

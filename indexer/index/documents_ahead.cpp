#include "indexer/index/documents_ahead.h"

#include <stdexcept>

namespace kb {

DocumentsAhead::DocumentsAhead(const DocumentBuilder& builder,
                               std::span<const ArticleChange> changes,
                               TransliterationLexicon* lexicon)
    : thread_([this, &builder, changes, lexicon] { run(builder, changes, lexicon); }) {}

DocumentsAhead::~DocumentsAhead() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void DocumentsAhead::run(const DocumentBuilder& builder, std::span<const ArticleChange> changes,
                         TransliterationLexicon* lexicon) {
  try {
    for (const ArticleChange& change : changes) {
      if (change.kind != ChangeKind::kUpsert) continue;
      Xapian::Document doc = builder.build(change.document, lexicon, change.source);
      std::unique_lock<std::mutex> lock(mutex_);
      changed_.wait(lock, [this] { return stop_ || ready_.size() < kMaxWaiting; });
      if (stop_) return;
      ready_.push_back(std::move(doc));
      lock.unlock();
      changed_.notify_all();
    }
  } catch (...) {
    std::lock_guard<std::mutex> lock(mutex_);
    error_ = std::current_exception();
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    finished_ = true;
  }
  changed_.notify_all();
}

Xapian::Document DocumentsAhead::next() {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] { return !ready_.empty() || finished_; });
  // Documents built before a failure are still handed out in order.
  if (ready_.empty()) {
    if (error_) std::rethrow_exception(error_);
    throw std::logic_error("DocumentsAhead::next: every document has been taken");
  }
  Xapian::Document doc = std::move(ready_.front());
  ready_.pop_front();
  lock.unlock();
  changed_.notify_all();
  return doc;
}

}  // namespace kb

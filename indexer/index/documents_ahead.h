// DocumentsAhead: builds the Xapian documents of a list of changes on a
// thread of its own, in order, a bounded number ahead of the writer that
// takes them. A full build then analyzes articles (DocumentBuilder, about a
// third of its work) on one core while Xapian inverts and writes on another.
//
// Documents move from thread to thread, never copied: Xapian::Document
// counts its references without atomics.
//
// Thread safety: the builder, its Analyzer and the lexicon are used by the
// building thread only while a DocumentsAhead lives; next() is for the one
// thread that created it.
#pragma once

#include <xapian.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <span>
#include <thread>

#include "indexer/index/change_plan.h"
#include "indexer/index/document_builder.h"
#include "indexer/index/transliteration_lexicon.h"

namespace kb {

class DocumentsAhead {
 public:
  // At most this many built documents wait for the writer.
  static constexpr size_t kMaxWaiting = 64;

  // Starts building the documents of the upserts in `changes`, whose
  // articles must outlive this object, as `builder.build(document, lexicon, source)` does.
  DocumentsAhead(const DocumentBuilder& builder, std::span<const ArticleChange> changes,
                 TransliterationLexicon* lexicon);
  // Stops the building thread, also when the writer gave up midway.
  ~DocumentsAhead();
  DocumentsAhead(const DocumentsAhead&) = delete;
  DocumentsAhead& operator=(const DocumentsAhead&) = delete;

  // The document of the next upsert of `changes`, waiting for it if need
  // be; throws what building it threw, or std::logic_error when every
  // upsert's document has been taken. Call once per upsert, in order.
  Xapian::Document next();

 private:
  void run(const DocumentBuilder& builder, std::span<const ArticleChange> changes,
           TransliterationLexicon* lexicon);

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Xapian::Document> ready_;
  std::exception_ptr error_;
  bool finished_ = false;  // the thread has built all it will
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace kb

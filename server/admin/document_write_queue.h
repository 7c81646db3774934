// DocumentWriteQueue: the server's one writer of article changes. Every
// PUT, DELETE and batch goes through it, so one thread writes, and a client
// is written by one writer at a time (kb-indexer and reindex jobs are kept
// out by the client's writer lock, see ClientStore). Requests waiting
// together are applied per client in one commit (group commit); each
// request is all-or-nothing within it. A change is searchable as soon as
// apply() returns: readers reopen to the newest revision on their next
// request (IndexHandles).
//
// Errors (per request): those of IndexWriter::apply_changes; Unavailable
// when more than options.max_pending requests wait, or when another writer
// holds the client's lock past options.lock_wait (the message names it).
//
// Thread safety: apply() may be called from any thread; it blocks until the
// request is committed or failed. The destructor finishes queued requests.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "indexer/index/index_writer.h"

namespace kb {

struct DocumentWriteQueueOptions {
  std::string index_root;                    // required
  std::chrono::milliseconds lock_wait{5000};  // for a client locked by another writer
  size_t max_pending = 1024;                 // requests waiting; more are refused
};

class DocumentWriteQueue {
 public:
  explicit DocumentWriteQueue(DocumentWriteQueueOptions options);
  ~DocumentWriteQueue();
  DocumentWriteQueue(const DocumentWriteQueue&) = delete;
  DocumentWriteQueue& operator=(const DocumentWriteQueue&) = delete;

  // Applies `changes` to `client`'s live index after the requests queued
  // before it; one outcome per change, in order.
  Result<std::vector<ChangeOutcome>> apply(const std::string& client,
                                           std::vector<ArticleChange> changes);

  // The client as its live index describes it, to validate articles for it
  // (Catalog::client_info).
  Result<ClientInfo> client_info(const std::string& client) const;

 private:
  struct Request {
    std::string client;
    std::vector<ArticleChange> changes;
    std::promise<Result<std::vector<ChangeOutcome>>> done;
  };

  void run();
  void write_client(const std::string& client, std::vector<Request*>& requests);

  DocumentWriteQueueOptions options_;
  IndexWriter writer_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Request> pending_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace kb

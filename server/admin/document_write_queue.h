// DocumentWriteQueue: the server's writer of article changes. Every PUT,
// DELETE and batch goes through it. Each client has its own queue and
// writer thread, so a client is written by one writer at a time and a
// client waiting for its lock (held by kb-indexer or a reindex job, see
// ClientStore) holds up no other client. Requests waiting together for one
// client are applied in one commit (group commit); each request is
// all-or-nothing within it. A change is searchable as soon as apply()
// returns: readers reopen to the newest revision on their next request
// (IndexHandles).
//
// Errors (per request): those of IndexWriter::apply_changes; NotFound for a
// client without an index; Unavailable when more than options.max_pending
// requests wait, or when another writer holds the client's lock past
// options.lock_wait (the message names it).
//
// Thread safety: apply() may be called from any thread; it blocks until the
// request is committed or failed. The destructor finishes queued requests.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "indexer/index/index_writer.h"

namespace kb {

struct DocumentWriteQueueOptions {
  std::string index_root;                    // required
  std::chrono::milliseconds lock_wait{5000};  // for a client locked by another writer
  size_t max_pending = 1024;                 // requests waiting, all clients; more are refused
  // Called on the client's writer thread after each commit, once its
  // requests are answered: the server warms its search tables there.
  std::function<void(const std::string& client)> after_commit;
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
    std::vector<ArticleChange> changes;
    std::promise<Result<std::vector<ChangeOutcome>>> done;
  };
  // One client's queue and the thread that writes it.
  struct Lane {
    std::deque<Request> pending;
    std::condition_variable wake;
    std::thread thread;
  };

  void run(const std::string& client, Lane* lane);
  void write_client(IndexWriter& writer, const std::string& client, std::deque<Request>& requests);

  DocumentWriteQueueOptions options_;
  std::mutex mutex_;  // guards lanes_, every lane's pending, pending_count_ and stop_
  std::map<std::string, std::unique_ptr<Lane>> lanes_;
  size_t pending_count_ = 0;
  bool stop_ = false;
};

}  // namespace kb

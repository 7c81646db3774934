#include "server/admin/document_write_queue.h"

#include <map>

#include "indexer/index/catalog.h"

namespace kb {

DocumentWriteQueue::DocumentWriteQueue(DocumentWriteQueueOptions options)
    : options_(std::move(options)),
      writer_({.index_root = options_.index_root,
               .lock = {.wait = options_.lock_wait, .holder = "kb-server document writes"}}),
      thread_([this] { run(); }) {}

DocumentWriteQueue::~DocumentWriteQueue() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

Result<std::vector<ChangeOutcome>> DocumentWriteQueue::apply(const std::string& client,
                                                             std::vector<ArticleChange> changes) {
  std::future<Result<std::vector<ChangeOutcome>>> result;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (pending_.size() >= options_.max_pending) {
      return Status::unavailable(std::to_string(pending_.size()) +
                                 " writes are waiting already; retry in a moment");
    }
    pending_.push_back({client, std::move(changes), {}});
    result = pending_.back().done.get_future();
  }
  wake_.notify_one();
  return result.get();
}

Result<ClientInfo> DocumentWriteQueue::client_info(const std::string& client) const {
  return Catalog(options_.index_root).client_info(client);
}

void DocumentWriteQueue::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return stop_ || !pending_.empty(); });
    if (pending_.empty()) return;  // stopping, and nothing left to write
    std::deque<Request> batch;
    batch.swap(pending_);
    lock.unlock();
    std::map<std::string, std::vector<Request*>> by_client;
    for (Request& request : batch) by_client[request.client].push_back(&request);
    for (auto& [client, requests] : by_client) write_client(client, requests);
    lock.lock();
  }
}

void DocumentWriteQueue::write_client(const std::string& client, std::vector<Request*>& requests) {
  std::vector<ArticleChange> all;
  for (Request* request : requests) {
    for (ArticleChange& change : request->changes) all.push_back(std::move(change));
  }
  auto outcomes = writer_.apply_changes(client, all);
  size_t next = 0;
  for (Request* request : requests) {
    if (!outcomes.is_ok()) {
      request->done.set_value(outcomes.status());
      continue;
    }
    const size_t count = request->changes.size();
    request->done.set_value(std::vector<ChangeOutcome>(outcomes->begin() + next,
                                                       outcomes->begin() + next + count));
    next += count;
  }
}

}  // namespace kb

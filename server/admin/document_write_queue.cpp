#include "server/admin/document_write_queue.h"

#include <algorithm>

#include "indexer/index/catalog.h"

namespace kb {

DocumentWriteQueue::DocumentWriteQueue(DocumentWriteQueueOptions options)
    : options_(std::move(options)) {}

DocumentWriteQueue::~DocumentWriteQueue() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
    for (auto& [client, lane] : lanes_) lane->wake.notify_all();
  }
  for (auto& [client, lane] : lanes_) lane->thread.join();
}

Result<std::vector<ChangeOutcome>> DocumentWriteQueue::apply(const std::string& client,
                                                             std::vector<ArticleChange> changes) {
  std::future<Result<std::vector<ChangeOutcome>>> result;
  {
    std::unique_lock<std::mutex> lock(mutex_);
    if (pending_count_ >= options_.max_pending) {
      return Status::unavailable(std::to_string(pending_count_) +
                                 " writes are waiting already; retry in a moment");
    }
    auto it = lanes_.find(client);
    if (it == lanes_.end()) {
      // A thread only for a client that has an index.
      const auto names = Catalog(options_.index_root).client_names();
      if (std::find(names.begin(), names.end(), client) == names.end()) {
        return Status::not_found("no client '" + client + "' in the index", {"", 0, "client"});
      }
      it = lanes_.emplace(client, std::make_unique<Lane>()).first;
      Lane* lane = it->second.get();
      lane->thread = std::thread([this, client, lane] { run(client, lane); });
    }
    Lane& lane = *it->second;
    lane.pending.push_back({std::move(changes), {}});
    ++pending_count_;
    result = lane.pending.back().done.get_future();
    lane.wake.notify_one();
  }
  return result.get();
}

Result<ClientInfo> DocumentWriteQueue::client_info(const std::string& client) const {
  return Catalog(options_.index_root).client_info(client);
}

void DocumentWriteQueue::run(const std::string& client, Lane* lane) {
  // IndexWriter is one per thread.
  IndexWriter writer({.index_root = options_.index_root,
                      .lock = {.wait = options_.lock_wait, .holder = "kb-server document writes"}});
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    lane->wake.wait(lock, [&] { return stop_ || !lane->pending.empty(); });
    if (lane->pending.empty()) return;  // stopping, and nothing left to write
    std::deque<Request> batch;
    batch.swap(lane->pending);
    lock.unlock();
    write_client(writer, client, batch);
    lock.lock();
    pending_count_ -= batch.size();
  }
}

void DocumentWriteQueue::write_client(IndexWriter& writer, const std::string& client,
                                      std::deque<Request>& requests) {
  std::vector<ArticleChange> all;
  for (Request& request : requests) {
    for (ArticleChange& change : request.changes) all.push_back(std::move(change));
  }
  auto outcomes = writer.apply_changes(client, all);
  size_t next = 0;
  for (Request& request : requests) {
    if (!outcomes.is_ok()) {
      request.done.set_value(outcomes.status());
      continue;
    }
    const size_t count = request.changes.size();
    request.done.set_value(std::vector<ChangeOutcome>(outcomes->begin() + next,
                                                      outcomes->begin() + next + count));
    next += count;
  }
  if (outcomes.is_ok() && options_.after_commit) options_.after_commit(client);
}

}  // namespace kb

// ReindexJobs: full rebuilds of one client from its corpus folder, run in
// the background (POST /v1/clients/{client}/reindex, GET /v1/jobs/{id}).
// A job is kb-indexer build --full --client NAME in-process: the same
// CorpusIndexer, a new generation switched to atomically when complete, so
// searches keep the old state until then. While it runs it holds the
// client's writer lock (its holder reads "kb-server reindex job N"); HTTP
// writes to that client wait for it up to their lock wait, then answer 503
// naming it. Jobs run one at a time, in order; the last `max_jobs_kept`
// are remembered.
//
// Thread safety: every method may be called from any thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "indexer/index/corpus_indexer.h"

namespace kb {

struct ReindexJobsOptions {
  std::string corpus_root;  // the corpus folders; empty: reindexing is unavailable
  std::string index_root;   // required
  size_t max_jobs_kept = 100;
  size_t max_rejected_kept = 100;  // rejection lines kept per job (all are counted)
  std::chrono::milliseconds lock_wait{5000};  // for a client locked by another writer
  // Called on the job's thread once a rebuilt client is live, before the
  // job is marked succeeded: the server warms its search tables there.
  std::function<void(const std::string& client)> after_publish;
};

enum class JobState { kQueued, kRunning, kSucceeded, kFailed };

std::string_view job_state_name(JobState state);  // "queued", "running", ...

// What a job did so far; a copy, safe to read.
struct JobInfo {
  std::string id;  // "reindex-3"
  std::string client;
  JobState state = JobState::kQueued;
  size_t done = 0;   // articles handled
  size_t total = 0;  // articles to handle; 0 until the corpus is loaded
  std::string created_at, started_at, finished_at;  // ISO 8601 UTC; "" until then
  ClientBuildSummary summary;         // when succeeded
  size_t rejected_count = 0;          // articles rejected by validation
  std::vector<std::string> rejected;  // the first of them, file:line: field: message
  std::string error;                  // when failed
};

class ReindexJobs {
 public:
  explicit ReindexJobs(ReindexJobsOptions options);
  ~ReindexJobs();  // waits for the running job; queued ones are dropped
  ReindexJobs(const ReindexJobs&) = delete;
  ReindexJobs& operator=(const ReindexJobs&) = delete;

  // Queues a full rebuild of `client`. NotFound when the corpus has no such
  // client; Unavailable when no corpus was configured.
  Result<JobInfo> start(const std::string& client);

  // The job's state. NotFound for an unknown (or forgotten) id.
  Result<JobInfo> get(const std::string& id) const;

 private:
  struct Job {
    JobInfo info;  // guarded by mutex_
    IndexProgress progress;
  };

  void run();
  void execute(Job& job);
  JobInfo snapshot(const Job& job) const;

  ReindexJobsOptions options_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::shared_ptr<Job>> jobs_;  // oldest first
  std::deque<std::shared_ptr<Job>> queue_;
  size_t next_id_ = 1;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace kb

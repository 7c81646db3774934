#include "server/admin/reindex_jobs.h"

#include <filesystem>

#include "indexer/common/names.h"
#include "indexer/common/utc_time.h"
#include "indexer/document/corpus.h"

namespace kb {

std::string_view job_state_name(JobState state) {
  switch (state) {
    case JobState::kQueued: return "queued";
    case JobState::kRunning: return "running";
    case JobState::kSucceeded: return "succeeded";
    case JobState::kFailed: return "failed";
  }
  return "queued";
}

ReindexJobs::ReindexJobs(ReindexJobsOptions options)
    : options_(std::move(options)), thread_([this] { run(); }) {}

ReindexJobs::~ReindexJobs() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

Result<JobInfo> ReindexJobs::start(const std::string& client) {
  if (options_.corpus_root.empty()) {
    return Status::unavailable("this server has no corpus to reindex from; start it with --corpus DIR");
  }
  const std::string dir = (std::filesystem::path(options_.corpus_root) / client).string();
  if (!is_valid_client_name(client) || !read_client(dir).is_ok()) {
    return Status::not_found("no client '" + client + "' in the corpus " + options_.corpus_root +
                                 " (no folder with a valid client.json)",
                             {"", 0, "client"});
  }
  auto job = std::make_shared<Job>();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    job->info.id = "reindex-" + std::to_string(next_id_++);
    job->info.client = client;
    job->info.created_at = utc_now_iso8601();
    jobs_.push_back(job);
    while (jobs_.size() > options_.max_jobs_kept && jobs_.front()->info.state != JobState::kRunning &&
           jobs_.front()->info.state != JobState::kQueued) {
      jobs_.pop_front();
    }
    queue_.push_back(job);
  }
  wake_.notify_one();
  return get(job->info.id);
}

JobInfo ReindexJobs::snapshot(const Job& job) const {
  JobInfo info = job.info;
  info.done = job.progress.done;
  info.total = job.progress.total;
  return info;
}

Result<JobInfo> ReindexJobs::get(const std::string& id) const {
  std::lock_guard<std::mutex> lock(mutex_);
  for (const auto& job : jobs_) {
    if (job->info.id == id) return snapshot(*job);
  }
  return Status::not_found("no job '" + id + "'; jobs are kept until " +
                               std::to_string(options_.max_jobs_kept) +
                               " newer ones, and not across restarts",
                           {"", 0, "id"});
}

void ReindexJobs::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return stop_ || !queue_.empty(); });
    if (stop_) return;
    std::shared_ptr<Job> job = queue_.front();
    queue_.pop_front();
    job->info.state = JobState::kRunning;
    job->info.started_at = utc_now_iso8601();
    lock.unlock();
    execute(*job);
    lock.lock();
  }
}

void ReindexJobs::execute(Job& job) {
  CorpusIndexerOptions options;
  options.corpus_root = options_.corpus_root;
  options.index_root = options_.index_root;
  options.force = true;
  options.jobs = 1;
  options.only_clients = {job.info.client};
  options.lock = {.wait = options_.lock_wait, .holder = "kb-server " + job.info.id};
  options.progress = &job.progress;
  CorpusReport report = build_corpus(options);
  if (report.failure.is_ok() && options_.after_publish) options_.after_publish(job.info.client);

  std::lock_guard<std::mutex> lock(mutex_);
  JobInfo& info = job.info;
  info.finished_at = utc_now_iso8601();
  info.rejected_count = report.rejected.size();
  for (size_t i = 0; i < report.rejected.size() && i < options_.max_rejected_kept; ++i) {
    info.rejected.push_back(report.rejected[i].to_string());
  }
  if (!report.failure.is_ok()) {
    info.state = JobState::kFailed;
    info.error = report.failure.to_string();
    return;
  }
  info.state = JobState::kSucceeded;
  if (!report.clients.empty()) info.summary = report.clients.front();
}

}  // namespace kb

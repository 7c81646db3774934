#include "server/search/index_watcher.h"

#include <sys/stat.h>

namespace kb {

namespace {

// Glass's version file: every commit writes a new one and renames it over
// the old, so its inode and time change.
constexpr const char* kVersionFile = "/iamglass";

}  // namespace

IndexWatcher::IndexWatcher(IndexWatcherOptions options)
    : options_(std::move(options)), catalog_(options_.index_root), seen_(look()) {
  thread_ = std::thread([this] { run(); });
}

IndexWatcher::~IndexWatcher() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  stop_requested_.notify_all();
  thread_.join();
}

std::map<std::string, IndexWatcher::Stamp> IndexWatcher::look() const {
  std::map<std::string, Stamp> stamps;
  for (const std::string& client : catalog_.client_names()) {
    auto generation = catalog_.current_generation(client);
    if (!generation.is_ok()) continue;
    struct stat version {};
    // Missing while a writer replaces it, or not a glass database: the
    // next look sees it.
    if (::stat((*generation + kVersionFile).c_str(), &version) != 0) continue;
    stamps[client] = {*generation, static_cast<unsigned long long>(version.st_ino),
                      version.st_mtim.tv_sec * 1'000'000'000LL + version.st_mtim.tv_nsec};
  }
  return stamps;
}

void IndexWatcher::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stop_requested_.wait_for(lock, options_.interval, [this] { return stopping_; })) {
    lock.unlock();
    std::map<std::string, Stamp> now = look();
    for (const auto& [client, stamp] : now) {
      auto before = seen_.find(client);
      if (before == seen_.end() || !(before->second == stamp)) options_.on_change(client);
    }
    seen_ = std::move(now);
    lock.lock();
  }
}

}  // namespace kb

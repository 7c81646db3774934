// ClientStore: the folder of one client under the index root, holding
// complete database generations and the `current` link that names the live
// one (layout in index_format.h). Publishing swaps the link with rename(2),
// so a reader opens either the old or the new generation, never a mix, and a
// writer killed at any point leaves the live generation as it was.
//
// Thread safety: the methods are safe to call from any thread and process;
// only the holder of the WriterLock may create or publish generations.
#pragma once

#include <chrono>
#include <string>

#include "indexer/common/result.h"

namespace kb {

// Exclusive right to write one client's index, held until destroyed.
class WriterLock {
 public:
  explicit WriterLock(int fd) : fd_(fd) {}
  WriterLock(WriterLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  WriterLock& operator=(WriterLock&&) = delete;
  WriterLock(const WriterLock&) = delete;
  ~WriterLock();

 private:
  int fd_;
};

struct LockOptions {
  // How long to wait for another writer to finish; zero fails at once.
  std::chrono::milliseconds wait{0};
  // Who is asking ("kb-indexer", "kb-server reindex job 3"): written into the
  // lock file while held, so that a writer refused names the holder.
  std::string holder = "a writer";
};

class ClientStore {
 public:
  ClientStore(std::string index_root, std::string client);

  const std::string& dir() const { return dir_; }

  // The live generation's folder; NotFound when nothing was ever published.
  Result<std::string> current_path() const;

  // Takes the writer lock (flock, shared by kb-indexer and kb-server, also
  // between threads of one process), waiting up to options.wait. Unavailable
  // when another writer still holds it; the message names the client and
  // the holder ("kb-indexer pid 42 since 21:50:02Z").
  Result<WriterLock> lock_for_writing(const LockOptions& options = {}) const;

  // A path for a new generation, after every existing one. Generations and
  // staging folders left by a writer that died before publishing are removed
  // first. Needs the lock.
  Result<std::string> new_generation_path() const;

  // Where a full build writes before compacting into `generation_path`.
  static std::string staging_path(const std::string& generation_path);

  // Makes `generation_path` the live generation, then removes generations
  // older than the one it replaced (that one stays for readers still on it).
  // Needs the lock.
  Status publish(const std::string& generation_path) const;

 private:
  std::string client_;
  std::string dir_;
};

}  // namespace kb

#include "indexer/index/client_store.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <thread>
#include <vector>

#include "indexer/index/index_format.h"

namespace kb {

namespace fs = std::filesystem;

namespace {

// Generation numbers present in `dir`, ascending.
std::vector<long> generation_numbers(const std::string& dir) {
  std::vector<long> numbers;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(format::kGenerationPrefix, 0) != 0) continue;
    const std::string digits = name.substr(format::kGenerationPrefix.size());
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) continue;
    numbers.push_back(std::stol(digits));
  }
  std::sort(numbers.begin(), numbers.end());
  return numbers;
}

std::string generation_name(long number) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%06ld", std::string(format::kGenerationPrefix).c_str(), number);
  return buf;
}

long generation_number_of(const std::string& path) {
  const std::string name = fs::path(path).filename().string();
  if (name.rfind(format::kGenerationPrefix, 0) != 0) return -1;
  try {
    return std::stol(name.substr(format::kGenerationPrefix.size()));
  } catch (const std::exception&) {
    return -1;
  }
}

void sync_dir(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

// What the lock file says about its holder; written by the holder itself.
std::string read_holder(int fd) {
  char buf[256];
  const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return {};
  std::string holder(buf, static_cast<size_t>(n));
  while (!holder.empty() && (holder.back() == '\n' || holder.back() == '\0')) holder.pop_back();
  return holder;
}

void write_holder(int fd, const std::string& holder) {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char since[32];
  std::strftime(since, sizeof since, "%H:%M:%SZ", &tm);
  const std::string text =
      holder + " (pid " + std::to_string(::getpid()) + ", since " + since + ")\n";
  // The description only improves a refusal message: the lock is held regardless.
  if (::ftruncate(fd, 0) != 0) return;
  [[maybe_unused]] const ssize_t written = ::pwrite(fd, text.data(), text.size(), 0);
}

}  // namespace

WriterLock::~WriterLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

ClientStore::ClientStore(std::string index_root, std::string client)
    : client_(std::move(client)), dir_((fs::path(index_root) / client_).string()) {}

Result<std::string> ClientStore::current_path() const {
  std::error_code ec;
  const fs::path link = fs::path(dir_) / format::kCurrentLink;
  const fs::path target = fs::read_symlink(link, ec);
  if (ec) {
    if (ec == std::errc::no_such_file_or_directory) {
      return Status::not_found("no index published in " + dir_ + "; run kb-indexer build");
    }
    return Status::io_error("cannot read " + link.string() + ": " + ec.message());
  }
  return (fs::path(dir_) / target).string();
}

Result<WriterLock> ClientStore::lock_for_writing(const LockOptions& options) const {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) return Status::io_error("cannot create " + dir_ + ": " + ec.message());
  const std::string path = (fs::path(dir_) / format::kLockFile).string();
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Status::io_error("cannot open " + path + ": " + std::strerror(errno));
  // Polling rather than a blocking flock keeps the wait bounded without signals.
  const auto deadline = std::chrono::steady_clock::now() + options.wait;
  while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (std::chrono::steady_clock::now() >= deadline) {
      std::string holder = read_holder(fd);
      ::close(fd);
      if (holder.empty()) holder = "another writer";
      return Status::unavailable("client '" + client_ + "' is being written by " + holder +
                                 "; wait for it to finish and try again");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  write_holder(fd, options.holder);
  return WriterLock(fd);
}

Result<std::string> ClientStore::new_generation_path() const {
  long current = -1;
  if (auto live = current_path(); live.is_ok()) current = generation_number_of(*live);
  std::error_code ec;
  for (long n : generation_numbers(dir_)) {
    if (n > current) fs::remove_all(fs::path(dir_) / generation_name(n), ec);
  }
  std::vector<fs::path> staging;
  for (const auto& entry : fs::directory_iterator(dir_, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(format::kGenerationPrefix, 0) == 0 && name.ends_with(format::kStagingSuffix)) {
      staging.push_back(entry.path());
    }
  }
  for (const fs::path& path : staging) fs::remove_all(path, ec);
  const auto numbers = generation_numbers(dir_);
  const long next = std::max(current, numbers.empty() ? 0L : numbers.back()) + 1;
  return (fs::path(dir_) / generation_name(next)).string();
}

std::string ClientStore::staging_path(const std::string& generation_path) {
  return generation_path + std::string(format::kStagingSuffix);
}

Status ClientStore::publish(const std::string& generation_path) const {
  long previous = -1;
  if (auto live = current_path(); live.is_ok()) previous = generation_number_of(*live);

  const fs::path link = fs::path(dir_) / format::kCurrentLink;
  const fs::path tmp = fs::path(dir_) / (std::string(format::kCurrentLink) + ".tmp");
  std::error_code ec;
  fs::remove(tmp, ec);
  fs::create_symlink(fs::path(generation_path).filename(), tmp, ec);
  if (ec) return Status::io_error("cannot create " + tmp.string() + ": " + ec.message());
  if (::rename(tmp.c_str(), link.c_str()) != 0) {
    return Status::io_error("cannot publish " + link.string() + ": " + std::strerror(errno));
  }
  sync_dir(dir_);

  const long published = generation_number_of(generation_path);
  for (long n : generation_numbers(dir_)) {
    if (n < previous && n != published) fs::remove_all(fs::path(dir_) / generation_name(n), ec);
  }
  return Status::ok();
}

}  // namespace kb

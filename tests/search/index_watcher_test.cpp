#include "server/search/index_watcher.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "indexer/index/index_writer.h"
#include "tests/test_util.h"

namespace kb {
namespace {

using std::chrono_literals::operator""ms;

// The clients a watcher reported, in order.
class Reports {
 public:
  void add(const std::string& client) {
    std::lock_guard<std::mutex> lock(mutex_);
    clients_.push_back(client);
    added_.notify_all();
  }

  // The reports once there are `n`, or those that came within 10 s.
  std::vector<std::string> wait_for(size_t n) {
    std::unique_lock<std::mutex> lock(mutex_);
    added_.wait_for(lock, std::chrono::seconds(10), [&] { return clients_.size() >= n; });
    return clients_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable added_;
  std::vector<std::string> clients_;
};

ClientSources sources(const std::string& client, const std::string& title) {
  return {{client, client, "en", ""}, {testing::make_doc(client, "a", title, "Call us")}, {}};
}

class IndexWatcherTest : public ::testing::Test {
 protected:
  IndexWatcherOptions options() {
    return {.index_root = root_, .interval = 5ms, .on_change = [this](const std::string& client) {
              reports_.add(client);
            }};
  }

  testing::TempDir dir_;
  std::string root_ = dir_.path().string();
  IndexWriter writer_{{.index_root = root_}};
  Reports reports_;
};

TEST_F(IndexWatcherTest, ReportsEachCommitMadeAfterItStartedOnce) {
  ASSERT_OK(writer_.build_client(sources("bank", "Card blocked")));
  IndexWatcher watcher(options());
  ASSERT_OK(writer_.apply_changes(
      "bank", {ArticleChange::upsert(testing::make_doc("bank", "b", "UPI", "Wait"))}));
  EXPECT_EQ(reports_.wait_for(1), std::vector<std::string>{"bank"});
  // Ten more looks: the commit is not reported again, nor what was there
  // before the watcher started.
  std::this_thread::sleep_for(50ms);
  EXPECT_EQ(reports_.wait_for(1), std::vector<std::string>{"bank"});

  ASSERT_OK(writer_.apply_changes("bank", {ArticleChange::remove("b")}));
  EXPECT_EQ(reports_.wait_for(2), (std::vector<std::string>{"bank", "bank"}));
}

TEST_F(IndexWatcherTest, ReportsANewGenerationAndANewClient) {
  ASSERT_OK(writer_.build_client(sources("bank", "Card blocked")));
  IndexWatcher watcher(options());
  IndexWriter full({.index_root = root_, .force = true});
  ASSERT_OK(full.build_client(sources("bank", "Card blocked")));
  ASSERT_OK(full.build_client(sources("shop", "Refund")));
  std::vector<std::string> reported = reports_.wait_for(2);
  std::sort(reported.begin(), reported.end());
  EXPECT_EQ(reported, (std::vector<std::string>{"bank", "shop"}));
}

TEST_F(IndexWatcherTest, StopsWhenDestroyedWithoutWaitingOutItsInterval) {
  const auto start = std::chrono::steady_clock::now();
  {
    IndexWatcherOptions slow = options();
    slow.interval = std::chrono::hours(1);
    IndexWatcher watcher(slow);
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

}  // namespace
}  // namespace kb

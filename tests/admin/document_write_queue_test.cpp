#include "server/admin/document_write_queue.h"

#include <future>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "indexer/index/client_store.h"
#include "tests/test_util.h"

namespace kb {
namespace {

std::vector<ArticleChange> one_article(const std::string& client, const std::string& id) {
  return {ArticleChange::upsert(testing::make_doc(client, id, "Title " + id, "Body of " + id))};
}

TEST(DocumentWriteQueueTest, AClientWaitingForItsLockHoldsUpNoOtherClient) {
  testing::TempIndex index({testing::make_doc("bank", "a", "Card", "Card text"),
                            testing::make_doc("tel", "b", "Sim", "Sim text")});
  DocumentWriteQueue queue({.index_root = index.root(), .lock_wait = std::chrono::seconds(30)});

  // Another writer (kb-indexer, say) holds the bank's lock.
  std::optional<WriterLock> held;
  {
    auto lock = ClientStore(index.root(), "bank").lock_for_writing();
    ASSERT_OK(lock);
    held.emplace(std::move(*lock));
  }
  auto bank = std::async(std::launch::async, [&] { return queue.apply("bank", one_article("bank", "c")); });

  // The telecom's write goes through while the bank's waits.
  auto tel = queue.apply("tel", one_article("tel", "d"));
  ASSERT_OK(tel);
  EXPECT_EQ((*tel)[0].status, ChangeStatus::kAdded);
  EXPECT_EQ(bank.wait_for(std::chrono::milliseconds(0)), std::future_status::timeout);

  // Once the lock is free, the bank's write is applied.
  held.reset();
  auto bank_result = bank.get();
  ASSERT_OK(bank_result);
  EXPECT_EQ((*bank_result)[0].status, ChangeStatus::kAdded);
}

TEST(DocumentWriteQueueTest, EachCommitIsFollowedByTheHook) {
  testing::TempIndex index({testing::make_doc("bank", "a", "Card", "Card text")});
  std::mutex mutex;
  std::vector<std::string> committed;
  {
    DocumentWriteQueue queue({.index_root = index.root(), .after_commit = [&](const std::string& c) {
                                std::lock_guard<std::mutex> lock(mutex);
                                committed.push_back(c);
                              }});
    ASSERT_OK(queue.apply("bank", one_article("bank", "b")));
    EXPECT_FALSE(queue.apply("nobody", one_article("nobody", "x")).is_ok());
    ASSERT_OK(queue.apply("bank", one_article("bank", "c")));
  }  // the writers finish
  EXPECT_EQ(committed, (std::vector<std::string>{"bank", "bank"}));
}

TEST(DocumentWriteQueueTest, AClientWithoutAnIndexIsNotFound) {
  testing::TempIndex index({testing::make_doc("bank", "a", "Card", "Card text")});
  DocumentWriteQueue queue({.index_root = index.root()});
  auto result = queue.apply("nobody", one_article("nobody", "x"));
  ASSERT_FALSE(result.is_ok());
  EXPECT_EQ(result.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace kb

#include "indexer/index/client_store.h"

#include <filesystem>
#include <memory>
#include <thread>

#include "tests/test_util.h"

namespace kb {
namespace {

namespace fs = std::filesystem;

TEST(ClientStoreTest, NothingPublishedIsNotFound) {
  testing::TempDir dir;
  auto current = ClientStore(dir.path().string(), "bank").current_path();
  ASSERT_FALSE(current.is_ok());
  EXPECT_EQ(current.status().code(), StatusCode::kNotFound);
}

TEST(ClientStoreTest, PublishSwitchesCurrentAndKeepsOnlyThePreviousGeneration) {
  testing::TempDir dir;
  ClientStore store(dir.path().string(), "bank");
  auto lock = store.lock_for_writing();
  ASSERT_OK(lock);
  std::vector<std::string> generations;
  for (int i = 0; i < 4; ++i) {
    auto gen = store.new_generation_path();
    ASSERT_OK(gen);
    fs::create_directories(*gen);
    ASSERT_OK(store.publish(*gen));
    generations.push_back(*gen);
    auto current = store.current_path();
    ASSERT_OK(current);
    EXPECT_EQ(fs::canonical(*current), fs::canonical(*gen));
  }
  EXPECT_FALSE(fs::exists(generations[0]));
  EXPECT_FALSE(fs::exists(generations[1]));
  EXPECT_TRUE(fs::exists(generations[2])) << "readers may still use the previous generation";
  EXPECT_TRUE(fs::exists(generations[3]));
}

TEST(ClientStoreTest, SecondWriterIsRefusedWhileTheFirstHoldsTheLock) {
  testing::TempDir dir;
  ClientStore store(dir.path().string(), "bank");
  {
    auto first = store.lock_for_writing();
    ASSERT_OK(first);
    auto second = store.lock_for_writing();
    ASSERT_FALSE(second.is_ok());
    EXPECT_EQ(second.status().code(), StatusCode::kUnavailable);
    EXPECT_NE(second.status().message().find("client 'bank' is being written by"),
              std::string::npos)
        << second.status().message();
  }
  EXPECT_OK(store.lock_for_writing());
}

TEST(ClientStoreTest, ASecondWriterWaitsForTheFirstUpToItsLimit) {
  testing::TempDir dir;
  ClientStore store(dir.path().string(), "bank");
  auto first = std::make_unique<Result<WriterLock>>(store.lock_for_writing({.holder = "first"}));
  ASSERT_OK(*first);
  std::thread release([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    first.reset();
  });
  auto second = store.lock_for_writing({.wait = std::chrono::seconds(30), .holder = "second"});
  release.join();
  EXPECT_OK(second);  // granted once the first writer lets go
}

TEST(ClientStoreTest, GenerationsLeftByACrashedWriterAreRemovedAndNeverPublished) {
  testing::TempDir dir;
  ClientStore store(dir.path().string(), "bank");
  auto lock = store.lock_for_writing();
  ASSERT_OK(lock);
  auto live = store.new_generation_path();
  ASSERT_OK(live);
  fs::create_directories(*live);
  ASSERT_OK(store.publish(*live));
  auto abandoned = store.new_generation_path();
  ASSERT_OK(abandoned);
  fs::create_directories(*abandoned);  // a writer died here before publishing

  fs::create_directories(ClientStore::staging_path(*abandoned));  // or while building

  auto next = store.new_generation_path();
  ASSERT_OK(next);
  EXPECT_FALSE(fs::exists(*abandoned));
  EXPECT_FALSE(fs::exists(ClientStore::staging_path(*abandoned)));
  EXPECT_EQ(fs::canonical(*store.current_path()), fs::canonical(*live));
}

}  // namespace
}  // namespace kb

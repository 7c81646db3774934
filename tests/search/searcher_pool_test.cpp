#include "server/search/searcher_pool.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "tests/test_util.h"

namespace kb {
namespace {

// Whether `pool` comes to have `n` requests waiting; gives up after 10 s
// rather than hang when the pool lets them through.
bool wait_for_waiters(const SearcherPool& pool, size_t n) {
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (pool.waiting() != n) {
    if (std::chrono::steady_clock::now() > give_up) return false;
    std::this_thread::yield();
  }
  return true;
}

class SearcherPoolTest : public ::testing::Test {
 protected:
  testing::TempDir dir_;
  Catalog catalog_{dir_.path()};
};

TEST_F(SearcherPoolTest, ReusesAReleasedSearcher) {
  SearcherPool pool(catalog_, {}, 2);
  Searcher* first = nullptr;
  {
    auto lease = pool.acquire();
    first = &*lease;
  }
  auto again = pool.acquire();
  EXPECT_EQ(&*again, first);
}

TEST_F(SearcherPoolTest, LeasesUpToTheLimitAtOnce) {
  SearcherPool pool(catalog_, {}, 2);
  auto a = pool.acquire();
  auto b = pool.acquire();
  EXPECT_NE(&*a, &*b);
  EXPECT_EQ(pool.waiting(), 0u);
}

TEST_F(SearcherPoolTest, ARequestOverTheLimitWaitsForARelease) {
  SearcherPool pool(catalog_, {}, 1);
  std::atomic<bool> released{false};
  std::atomic<bool> served_before_release{false};
  std::thread other;
  {
    auto held = pool.acquire();
    other = std::thread([&] {
      auto lease = pool.acquire();
      if (!released) served_before_release = true;
    });
    EXPECT_TRUE(wait_for_waiters(pool, 1));
    released = true;
  }
  other.join();
  EXPECT_FALSE(served_before_release);
  EXPECT_EQ(pool.waiting(), 0u);
}

TEST_F(SearcherPoolTest, WaitingRequestsAreServedInTheOrderTheyCame) {
  SearcherPool pool(catalog_, {}, 1);
  std::mutex order_mutex;
  std::vector<int> order;
  std::vector<std::thread> threads;
  {
    auto held = pool.acquire();
    for (int i = 0; i < 4; ++i) {
      threads.emplace_back([&, i] {
        auto lease = pool.acquire();
        std::lock_guard<std::mutex> lock(order_mutex);
        order.push_back(i);
      });
      EXPECT_TRUE(wait_for_waiters(pool, static_cast<size_t>(i) + 1));
    }
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3}));
}

TEST(SearcherPoolWarmTest, WarmsAfterAnotherWritersCommitOnlyClientsSearchedBefore) {
  const std::vector<Document> docs = {
      testing::make_doc("bank", "card", "Debit card blocked", "Call the helpline."),
      testing::make_doc("shop", "refund", "Refund status", "Refunds take five days.")};
  testing::TempIndex index(docs);
  Catalog catalog(index.root());
  SearcherPool pool(catalog, {}, 1);
  SearchRequest request;
  request.client = "bank";
  request.query = "card";
  request.facets = {"type"};
  ASSERT_OK(pool.acquire()->search(request));
  EXPECT_EQ(pool.tables_loaded(), 2u);  // the vocabulary and the facet columns

  index.build(docs);  // a new generation of both, as kb-indexer --full makes
  pool.warm_if_searched("bank");
  pool.warm_if_searched("shop");
  EXPECT_EQ(pool.tables_loaded(), 4u) << "bank's tables again, none of shop's";
  ASSERT_OK(pool.acquire()->search(request));
  EXPECT_EQ(pool.tables_loaded(), 4u) << "the search found bank's tables loaded";
}

}  // namespace
}  // namespace kb

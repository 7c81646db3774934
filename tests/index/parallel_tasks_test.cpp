#include "indexer/index/parallel_tasks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

namespace kb {
namespace {

TEST(RunParallelTest, RunsEveryTaskOnceOnTheThreadsAskedFor) {
  std::vector<std::atomic<int>> runs(100);
  std::vector<std::thread::id> ran_on(100);
  run_parallel(100, 3, [&](size_t i) {
    ++runs[i];
    ran_on[i] = std::this_thread::get_id();
    std::this_thread::yield();
  });
  for (size_t i = 0; i < runs.size(); ++i) EXPECT_EQ(runs[i], 1) << "task " << i;
  std::sort(ran_on.begin(), ran_on.end());
  const auto threads = std::unique(ran_on.begin(), ran_on.end()) - ran_on.begin();
  EXPECT_GE(threads, 1);
  EXPECT_LE(threads, 3);
}

TEST(RunParallelTest, AFailingTaskLetsTheOthersRunThenItsErrorIsThrown) {
  std::atomic<int> finished{0};
  EXPECT_THROW(run_parallel(20, 2,
                            [&](size_t i) {
                              if (i == 3) throw std::runtime_error("task 3 failed");
                              ++finished;
                            }),
               std::runtime_error);
  EXPECT_EQ(finished, 19);
}

TEST(RunParallelTest, NoTasksIsNothingToDo) {
  bool ran = false;
  run_parallel(0, 4, [&](size_t) { ran = true; });
  EXPECT_FALSE(ran);
}

}  // namespace
}  // namespace kb

#include "bench/bench_flags.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kb::bench {
namespace {

bool parse(std::vector<std::string> args, SizeBenchmarkOptions* options, std::string* error) {
  args.insert(args.begin(), "kb-bench");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  return parse_bench_flags(static_cast<int>(argv.size()), argv.data(), options, error);
}

TEST(BenchFlags, ZeroTypedAndWarmupQueriesTurnThoseOff) {
  SizeBenchmarkOptions options;
  std::string error;
  ASSERT_TRUE(parse({"--corpus", "c", "--work", "w", "--typed", "0", "--warmup", "0",
                     "--threads", "3"},
                    &options, &error))
      << error;
  EXPECT_EQ(options.run.typed_queries, 0u);
  EXPECT_EQ(options.run.warmup_queries, 0u);
  EXPECT_EQ(options.run.threads, 3u);
}

TEST(BenchFlags, AMalformedCountNamesTheFlagAndWhatItNeeds) {
  const std::pair<std::vector<std::string>, std::string> cases[] = {
      {{"--threads", "0"}, "--threads: '0' is not a whole number of at least 1"},
      {{"--typed", "10k"}, "--typed: '10k' is not a whole number of at least 0"},
      {{"--warmup", "-1"}, "--warmup: '-1' is not a whole number of at least 0"},
  };
  for (const auto& [flags, message] : cases) {
    SizeBenchmarkOptions options;
    std::string error;
    std::vector<std::string> args = {"--corpus", "c", "--work", "w"};
    args.insert(args.end(), flags.begin(), flags.end());
    EXPECT_FALSE(parse(args, &options, &error)) << flags[0];
    EXPECT_EQ(error, message);
  }
}

}  // namespace
}  // namespace kb::bench

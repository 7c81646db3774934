#include "tests/test_util.h"
#include "tests/tools/command.h"

namespace kb {
namespace {

TEST(KbServerCliTest, HelpAndUsageErrors) {
  const auto help = testing::run_tool("kb-server", "--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--index DIR"), std::string::npos) << help.out;
  const auto missing = testing::run_tool("kb-server", "--port 0");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("--index is required"), std::string::npos) << missing.err;
  EXPECT_EQ(testing::run_tool("kb-server", "--index").exit_code, 2);
  EXPECT_EQ(testing::run_tool("kb-server", "--index x --colour red").exit_code, 2);
  EXPECT_NE(help.out.find("--max-batch-articles N"), std::string::npos) << help.out;
  const auto no_batch = testing::run_tool("kb-server", "--index x --max-batch-articles 0");
  EXPECT_EQ(no_batch.exit_code, 2);
  EXPECT_NE(no_batch.err.find("--max-batch-articles needs a whole number >= 1, not '0'"),
            std::string::npos)
      << no_batch.err;
  const auto no_searchers = testing::run_tool("kb-server", "--index x --searchers two");
  EXPECT_EQ(no_searchers.exit_code, 2);
  EXPECT_NE(no_searchers.err.find("--searchers needs a whole number >= 1, not 'two'"),
            std::string::npos)
      << no_searchers.err;
}

TEST(KbServerCliTest, StopsCleanlyOnSigterm) {
  testing::TempIndex index({testing::make_doc("bank", "a", "Card", "text")});
  // SIGTERM after a second of serving; a clean stop exits 0.
  const auto r = testing::run_tool(
      "kb-server", "--index " + index.root() + " --port 0 & pid=$!; sleep 1; kill -TERM $pid; wait $pid");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("serving 1 clients"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("stopping"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace kb

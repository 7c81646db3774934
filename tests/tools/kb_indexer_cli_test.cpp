#include "tests/test_util.h"
#include "tests/tools/command.h"

namespace kb {
namespace {

class KbIndexerCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_.write("bank/client.json", R"({"name": "Sahyog Bank", "default_language": "en"})");
    corpus_.write("bank/faq.jsonl",
                  R"({"id": "card", "title": "Card blocked", "body": "Call us."})"
                  "\n"
                  R"({"id": "card-hi", "title": "कार्ड ब्लॉक", "body": "हमें कॉल करें।"})"
                  "\n");
  }
  std::string args(const std::string& command) const {
    return command + " --corpus " + corpus_.path().string() + " --index " + index_.path().string();
  }
  testing::TempDir corpus_;
  testing::TempDir index_;
};

TEST_F(KbIndexerCliTest, BuildReportsDocumentsPerClientAndLanguage) {
  const auto r = testing::run_tool("kb-indexer", args("build"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("bank"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("en 1, hi 1"), std::string::npos) << r.out;
  const auto again = testing::run_tool("kb-indexer", args("build"));
  EXPECT_NE(again.out.find("unchanged"), std::string::npos) << again.out;
}

TEST_F(KbIndexerCliTest, InvalidArticlesAreOneLineEachAndTheExitStatusIsOne) {
  corpus_.write("bank/bad.jsonl", R"({"id": "x y", "title": "t", "body": "b"})"
                                  "\n"
                                  R"({"id": "ok", "title": "t", "body": "b", "tgas": []})"
                                  "\n");
  const auto r = testing::run_tool("kb-indexer", "check --corpus " + corpus_.path().string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("bad.jsonl:1: id: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bad.jsonl:2: tgas: unknown field"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 2) << r.err;

  const auto build = testing::run_tool("kb-indexer", args("build"));
  EXPECT_EQ(build.exit_code, 1);
  const auto strict = testing::run_tool("kb-indexer", args("build") + " --strict --force");
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_NE(strict.err.find("nothing published"), std::string::npos) << strict.err;
}

TEST_F(KbIndexerCliTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(testing::run_tool("kb-indexer", "").exit_code, 2);
  EXPECT_EQ(testing::run_tool("kb-indexer", "frobnicate").exit_code, 2);
  EXPECT_EQ(testing::run_tool("kb-indexer", "build --corpus x").exit_code, 2);
  EXPECT_EQ(testing::run_tool("kb-indexer", "build --nonsense").exit_code, 2);
  const auto help = testing::run_tool("kb-indexer", "--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("usage:"), std::string::npos);
}

TEST_F(KbIndexerCliTest, AMissingCorpusFailsWithExitThree) {
  const auto r = testing::run_tool("kb-indexer", "build --corpus /nonexistent --index " +
                                                     index_.path().string());
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("/nonexistent"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace kb

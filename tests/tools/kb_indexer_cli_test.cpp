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

// Whether `out` has `text`; a gtest failure names both when not.
::testing::AssertionResult has(const std::string& out, const std::string& text) {
  if (out.find(text) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "'" << text << "' not in:\n" << out;
}

TEST_F(KbIndexerCliTest, BuildReportsDocumentsPerClientAndLanguage) {
  const auto r = testing::run_tool("kb-indexer", args("build"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(has(r.out, "bank"));
  EXPECT_TRUE(has(r.out, "en 1, hi 1"));
  EXPECT_TRUE(has(r.out, "rebuilt: 2 added, 0 replaced, 0 deleted, 0 unchanged\n"));
  EXPECT_TRUE(has(r.out, "1 clients: 2 added, 0 replaced, 0 deleted, 0 unchanged, 0 rejected; "
                         "2 documents live"));
  EXPECT_FALSE(has(r.out, "nothing written")) << "a first build writes";

  const auto again = testing::run_tool("kb-indexer", args("build"));
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(has(again.out,
                  "unchanged, nothing written: 0 added, 0 replaced, 0 deleted, 2 unchanged\n"));
  EXPECT_TRUE(has(again.out, "1 clients: 0 added, 0 replaced, 0 deleted, 2 unchanged, "
                             "0 rejected; 2 documents live"));

  corpus_.write("bank/faq.jsonl",
                R"({"id": "card", "title": "Card blocked", "body": "Call us today."})"
                "\n"
                R"({"id": "card-hi", "title": "कार्ड ब्लॉक", "body": "हमें कॉल करें।"})"
                "\n");
  const auto changed = testing::run_tool("kb-indexer", args("build"));
  EXPECT_EQ(changed.exit_code, 0) << changed.err;
  EXPECT_TRUE(
      has(changed.out, "updated in place: 0 added, 1 replaced, 0 deleted, 1 unchanged\n"));
  EXPECT_FALSE(has(changed.out, "nothing written"));
}

TEST_F(KbIndexerCliTest, AClientRebuiltBySeveralWritersSaysHowMany) {
  // Each writer of a full build gets at least 1,000 articles: 2,000 make two.
  std::string lines;
  for (int i = 0; i < 2000; ++i) {
    lines += R"({"id": "a)" + std::to_string(i) + R"(", "title": "Article )" + std::to_string(i) +
             R"(", "body": "Text."})" + "\n";
  }
  corpus_.write("bank/many.jsonl", lines);
  const auto r = testing::run_tool("kb-indexer", args("build") + " --jobs 2");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(has(r.out, "rebuilt by 2 writers: 2002 added, 0 replaced, 0 deleted, 0 unchanged\n"));
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
  EXPECT_TRUE(has(build.out, "1 clients: 2 added, 0 replaced, 0 deleted, 0 unchanged, "
                             "2 rejected; 2 documents live"));
  EXPECT_TRUE(has(build.err, "bad.jsonl:2: tgas: unknown field"));
  const auto strict = testing::run_tool("kb-indexer", args("build") + " --strict --force");
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_NE(strict.err.find("nothing published"), std::string::npos) << strict.err;
}

TEST_F(KbIndexerCliTest, AFileNameThatIsNotUtf8IsRejectedAndTheRestIndexed) {
  corpus_.write("bank/upi\xFF.jsonl", R"({"id": "upi", "title": "UPI", "body": "Wait."})" "\n");
  const auto build = testing::run_tool("kb-indexer", args("build"));
  EXPECT_EQ(build.exit_code, 1);
  EXPECT_TRUE(has(build.err, "bank/upi\\xFF.jsonl: the file name is not valid UTF-8"));
  EXPECT_TRUE(has(build.err, "rename it"));
  EXPECT_TRUE(has(build.out, "2 added, 0 replaced, 0 deleted, 0 unchanged, 1 rejected; "
                             "2 documents live"));
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

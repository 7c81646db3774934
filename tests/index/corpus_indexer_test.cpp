#include "indexer/index/corpus_indexer.h"

#include <xapian.h>

#include "indexer/index/catalog.h"
#include "tests/test_util.h"

namespace kb {
namespace {

class CorpusIndexerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_.write("bank/client.json", R"({"name": "Sahyog Bank", "default_language": "en"})");
    corpus_.write("bank/faq.jsonl",
                  R"({"id": "card", "title": "Card blocked", "body": "Call the helpline."})"
                  "\n"
                  R"({"id": "upi", "title": "UPI failed", "body": "Money comes back in 3 days."})"
                  "\n");
    corpus_.write("shop/client.json", R"({"name": "Bazaarly", "default_language": "en"})");
    corpus_.write("shop/faq.jsonl",
                  R"({"id": "refund", "title": "Refund status", "body": "Refunds take 5 days."})"
                  "\n");
  }

  CorpusIndexerOptions options() const {
    CorpusIndexerOptions o;
    o.corpus_root = corpus_.path().string();
    o.index_root = index_.path().string();
    return o;
  }

  size_t doccount(const std::string& client) const {
    return Xapian::Database(*Catalog(index_.path().string()).current_generation(client))
        .get_doccount();
  }

  testing::TempDir corpus_;
  testing::TempDir index_;
};

TEST_F(CorpusIndexerTest, BuildsEveryClient) {
  const CorpusReport report = build_corpus(options());
  ASSERT_OK(report.failure);
  EXPECT_TRUE(report.ok());
  ASSERT_EQ(report.clients.size(), 2u);
  EXPECT_EQ(report.clients[0].client, "bank");
  EXPECT_EQ(report.clients[0].documents, 2u);
  EXPECT_EQ(doccount("bank"), 2u);
  EXPECT_EQ(doccount("shop"), 1u);
}

TEST_F(CorpusIndexerTest, ChangingOneClientLeavesTheOthersUntouched) {
  ASSERT_TRUE(build_corpus(options()).ok());
  Catalog catalog(index_.path().string());
  const std::string bank_before = *catalog.current_generation("bank");
  const std::string shop_before = *catalog.current_generation("shop");

  corpus_.write("shop/more.jsonl",
                R"({"id": "cod", "title": "Cash on delivery", "body": "Pay when it arrives."})");
  const CorpusReport report = build_corpus(options());
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report.clients[0].unchanged);
  EXPECT_FALSE(report.clients[1].unchanged);
  EXPECT_EQ(*catalog.current_generation("bank"), bank_before);
  EXPECT_NE(*catalog.current_generation("shop"), shop_before);
  EXPECT_EQ(doccount("shop"), 2u);
}

TEST_F(CorpusIndexerTest, BadRecordsAreReportedAndTheRestIndexed) {
  corpus_.write("bank/bad.jsonl", R"({"id": "x", "title": "No body"})"
                                  "\n"
                                  R"({"id": "y", "title": "Ok", "body": "fine"})"
                                  "\n");
  const CorpusReport report = build_corpus(options());
  ASSERT_OK(report.failure);
  EXPECT_FALSE(report.ok());
  ASSERT_EQ(report.rejected.size(), 1u);
  const std::string line = report.rejected[0].to_string();
  EXPECT_NE(line.find("bad.jsonl:1:"), std::string::npos) << line;
  EXPECT_NE(line.find("body"), std::string::npos) << line;
  EXPECT_EQ(doccount("bank"), 3u);
}

TEST_F(CorpusIndexerTest, StrictPublishesNothingWhenAFileFails) {
  ASSERT_TRUE(build_corpus(options()).ok());
  corpus_.write("shop/more.jsonl",
                R"({"id": "cod", "title": "Cash on delivery", "body": "Pay on arrival."})");
  corpus_.write("bank/bad.json", R"({"id": "x", "title": "t", "body": "b", "colour": "red"})");
  CorpusIndexerOptions strict = options();
  strict.strict = true;
  const CorpusReport report = build_corpus(strict);
  EXPECT_TRUE(report.published_nothing_strict);
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_NE(report.rejected[0].to_string().find("colour"), std::string::npos);
  EXPECT_EQ(doccount("shop"), 1u) << "the good change to shop must not be published either";
}

TEST_F(CorpusIndexerTest, CheckValidatesWithoutWriting) {
  corpus_.write("bank/bad.json", R"({"id": "x", "title": "t"})");
  const CorpusReport report = check_corpus(options());
  EXPECT_EQ(report.rejected.size(), 1u);
  EXPECT_TRUE(Catalog(index_.path().string()).client_names().empty());
}

TEST_F(CorpusIndexerTest, AMissingCorpusFailsWithItsPath) {
  CorpusIndexerOptions o = options();
  o.corpus_root = "/nonexistent/corpus";
  const CorpusReport report = build_corpus(o);
  ASSERT_FALSE(report.failure.is_ok());
  EXPECT_NE(report.failure.to_string().find("/nonexistent/corpus"), std::string::npos);
}

}  // namespace
}  // namespace kb

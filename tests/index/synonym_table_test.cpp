// Per-client synonyms from corpus/<client>/synonyms.json, through the real
// corpus build, full and incremental.
#include "indexer/index/synonym_table.h"

#include <xapian.h>

#include "indexer/index/catalog.h"
#include "indexer/index/corpus_indexer.h"
#include "tests/test_util.h"

namespace kb {
namespace {

class SynonymTableTest : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_.write("tel/client.json", R"({"name": "Tel", "default_language": "en"})");
    corpus_.write("tel/faq.jsonl",
                  R"({"id": "recharge", "title": "Recharge failed", "body": "Try again."})"
                  "\n");
    corpus_.write("bank/client.json", R"({"name": "Bank", "default_language": "en"})");
    corpus_.write("bank/faq.jsonl",
                  R"({"id": "card", "title": "Card blocked", "body": "Call us."})"
                  "\n");
  }

  CorpusReport build() {
    CorpusIndexerOptions o;
    o.corpus_root = corpus_.path().string();
    o.index_root = index_.path().string();
    return build_corpus(o);
  }

  std::vector<std::string> expansions(const std::string& client, const std::string& phrase) {
    Xapian::Database db(*Catalog(index_.path().string()).current_generation(client));
    std::vector<std::string> terms;
    for (const Token& t : analyzer_.analyze(phrase, "en")) terms.push_back(t.term);
    return SynonymTable::expansions(db, terms);
  }

  Analyzer analyzer_;
  testing::TempDir corpus_;
  testing::TempDir index_;
};

TEST_F(SynonymTableTest, KeysAreAnalyzedSoCaseAndFormDoNotMatter) {
  corpus_.write("tel/synonyms.json", R"({"equivalent": [["Top-Up", "recharge"]]})");
  ASSERT_TRUE(build().ok());
  EXPECT_EQ(expansions("tel", "top up"), (std::vector<std::string>{"recharge"}));
  EXPECT_EQ(expansions("tel", "TOP UP"), (std::vector<std::string>{"recharge"}));
  EXPECT_EQ(expansions("tel", "recharging"), (std::vector<std::string>{"Top-Up"}));
  // Another client's index has none of them.
  EXPECT_TRUE(expansions("bank", "top up").empty());
}

TEST_F(SynonymTableTest, APhraseWhoseKeyFoldingMakesTooLongIsLeftOut) {
  // 199 bytes as written, within the file's limit; each U+FDFA folds to an
  // 18-letter phrase, so its key would be about 1,700 bytes.
  std::string blessing;
  for (int i = 0; i < 50; ++i) blessing += i ? " \uFDFA" : "\uFDFA";
  ASSERT_LE(blessing.size(), 200u);
  corpus_.write("tel/synonyms.json",
                R"({"equivalent": [[")" + blessing + R"(", "recharge"], ["top up", "recharge"]]})");
  const CorpusReport report = build();
  ASSERT_OK(report.failure);
  EXPECT_TRUE(report.ok());
  EXPECT_EQ(expansions("tel", "recharge"), (std::vector<std::string>{"top up", blessing}));
  EXPECT_EQ(expansions("tel", "top up"), (std::vector<std::string>{"recharge"}));
}

TEST_F(SynonymTableTest, AnIncrementalRunPicksUpAChangedSynonymsFileAlone) {
  corpus_.write("tel/synonyms.json", R"({"one_way": {"mnp": ["port number"]}})");
  ASSERT_TRUE(build().ok());
  EXPECT_EQ(expansions("tel", "mnp"), (std::vector<std::string>{"port number"}));
  corpus_.write("tel/synonyms.json", R"({"one_way": {"upc": ["porting code"]}})");
  ASSERT_TRUE(build().ok());
  EXPECT_TRUE(expansions("tel", "mnp").empty());
  EXPECT_EQ(expansions("tel", "upc"), (std::vector<std::string>{"porting code"}));
}

TEST_F(SynonymTableTest, ABadSynonymsFileIsReportedAndTheArticlesStillIndexed) {
  corpus_.write("tel/synonyms.json", "{\n  \"one_way\": {\"mnp\": \"port number\"}\n}\n");
  const CorpusReport report = build();
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_NE(report.rejected[0].to_string().find("synonyms.json:2: one_way.mnp:"),
            std::string::npos)
      << report.rejected[0].to_string();
  Xapian::Database db(*Catalog(index_.path().string()).current_generation("tel"));
  EXPECT_EQ(db.get_doccount(), 1u);
  EXPECT_FALSE(SynonymTable::has_synonyms(db));
}

}  // namespace
}  // namespace kb

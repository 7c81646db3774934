// The index metadata a search reads once per revision, through the real
// corpus build and a Searcher that keeps its caches between searches.
#include "server/search/client_settings.h"

#include <xapian.h>

#include "indexer/index/catalog.h"
#include "indexer/index/corpus_indexer.h"
#include "server/search/searcher.h"
#include "tests/test_util.h"

namespace kb {
namespace {

class ClientSettingsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_.write("tel/client.json", R"({"name": "Tel", "default_language": "hi"})");
    corpus_.write("tel/faq.jsonl",
                  R"({"id": "port", "title": "Port your number", "body": "Ask for a code."})"
                  "\n");
  }

  void build() {
    CorpusIndexerOptions o;
    o.corpus_root = corpus_.path().string();
    o.index_root = index_.path().string();
    ASSERT_TRUE(build_corpus(o).ok());
  }

  std::shared_ptr<const ClientSettings> load() {
    return ClientSettings::load(
        Xapian::Database(*Catalog(index_.path().string()).current_generation("tel")));
  }

  bool has_synonym_rewrite(Searcher& searcher, const std::string& query) {
    auto results = searcher.search({.client = "tel", .query = query});
    EXPECT_OK(results);
    if (!results.is_ok()) return false;
    for (const Rewrite& r : results->rewrites) {
      if (r.why == "synonym") return true;
    }
    return false;
  }

  testing::TempDir corpus_;
  testing::TempDir index_;
};

TEST_F(ClientSettingsTest, LoadsTheDefaultLanguageAndWhetherThereAreSynonyms) {
  build();
  EXPECT_EQ(load()->default_language, "hi");
  EXPECT_FALSE(load()->has_synonyms);
  corpus_.write("tel/synonyms.json", R"({"one_way": {"mnp": ["port number"]}})");
  build();
  EXPECT_TRUE(load()->has_synonyms);
}

TEST_F(ClientSettingsTest, ASearchUsesSynonymsAddedByAReindexAtOnce) {
  build();
  Catalog catalog(index_.path().string());
  Searcher searcher(catalog);
  EXPECT_FALSE(has_synonym_rewrite(searcher, "mnp"));
  corpus_.write("tel/synonyms.json", R"({"one_way": {"mnp": ["port number"]}})");
  build();
  EXPECT_TRUE(has_synonym_rewrite(searcher, "mnp"));
}

}  // namespace
}  // namespace kb

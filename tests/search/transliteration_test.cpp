#include "indexer/index/transliteration_lexicon.h"

#include "indexer/index/index_format.h"

#include "server/search/searcher.h"
#include "tests/http/test_server.h"

namespace kb {
namespace {

std::vector<std::string> ranked(Searcher& searcher, const std::string& client, const std::string& q,
                                bool english_only) {
  SearchRequest request;
  request.client = client;
  request.query = q;
  request.limit = 50;
  auto results = searcher.search(request);
  EXPECT_OK(results);
  std::vector<std::string> ids;
  for (const auto& hit : results->hits) {
    if (!english_only || hit.document.language == "en") ids.push_back(hit.document.id);
  }
  return ids;
}

TEST(TransliterationTest, EnglishQueriesRankEnglishArticlesExactlyAsWithoutIt) {
  Catalog catalog(testing::corpus_index_root());
  Searcher with(catalog);
  SearcherOptions off;
  off.ranking.transliteration_weight = 0;
  Searcher without(catalog, off);
  const std::pair<const char*, const char*> queries[] = {
      {"vayu-mobile", "activate new sim"},     {"vayu-mobile", "mobile data not working"},
      {"vayu-mobile", "international roaming"}, {"sahyog-bank", "debit card blocked"},
      {"sahyog-bank", "upi payment failed"},    {"bazaarly", "refund status"},
      {"bazaarly", "cancel my order"},
  };
  for (const auto& [client, q] : queries) {
    EXPECT_EQ(ranked(with, client, q, true), ranked(without, client, q, true)) << q;
  }
}

TEST(TransliterationTest, LexiconLinksWordsAcrossScriptsBothWays) {
  testing::TempIndex index({testing::make_doc("c", "hi", "नहीं", "रिचार्ज नहीं हुआ", "hi"),
                            testing::make_doc("c", "en", "SIM", "sim card", "en")});
  Catalog catalog(index.root());
  auto opened = catalog.open("c");
  ASSERT_OK(opened);
  const auto entries = LexiconEntries::load(opened->db);
  Analyzer analyzer;
  Romanizer romanizer;
  auto cross = [&](const std::string& word, const std::string& language) {
    const auto tokens = analyzer.analyze(word, language);
    std::vector<std::string> words;
    for (const auto& m : TransliterationLexicon::cross_script_matches(
             opened->db, *entries, analyzer, romanizer, tokens.at(0), word, 8)) {
      EXPECT_EQ(m.term, analyzer.term_of(m.word, ""));
      words.push_back(m.word);
    }
    return words;
  };
  EXPECT_EQ(cross("nahi", "en"), std::vector<std::string>{"नहीं"});
  EXPECT_EQ(cross("recharge", "en"), std::vector<std::string>{"रिचार्ज"});
  EXPECT_EQ(cross("सिम", "hi"), std::vector<std::string>{"sim"});
  EXPECT_TRUE(cross("card", "en").empty()) << "no Hindi word sounds like card here";
  EXPECT_TRUE(cross("रिचार्ज", "hi").empty()) << "no Latin word in the index has its key";
  EXPECT_EQ(opened->db.get_metadata(std::string(format::kMetaLexiconScripts)), "latin,native");
}

TEST(TransliterationTest, AOneScriptClientLooksNothingUp) {
  testing::TempIndex index({testing::make_doc("c", "en", "Seema", "seema nahi", "en")});
  Catalog catalog(index.root());
  auto opened = catalog.open("c");
  ASSERT_OK(opened);
  EXPECT_EQ(opened->db.get_metadata(std::string(format::kMetaLexiconScripts)), "latin");
  const auto entries = LexiconEntries::load(opened->db);
  Analyzer analyzer;
  const auto tokens = analyzer.analyze("सीमा", "hi");
  const auto matches = TransliterationLexicon::cross_script_matches(
      opened->db, *entries, analyzer, Romanizer(), tokens.at(0), "सीमा", 8);
  ASSERT_EQ(matches.size(), 1u) << "a native query word does find Latin words";
  EXPECT_EQ(matches[0].word, "seema");
  const auto latin = analyzer.analyze("nahi", "en");
  EXPECT_TRUE(TransliterationLexicon::cross_script_matches(opened->db, *entries, analyzer,
                                                           Romanizer(), latin.at(0), "nahi", 8)
                  .empty())
      << "no native words to find";
}

TEST(TransliterationTest, ANativeWordAddedByAReindexIsFoundByItsLatinSpelling) {
  testing::TempIndex index({testing::make_doc("c", "hi", "सीमा", "सीमा", "hi"),
                            testing::make_doc("c", "en", "Balance", "check balance", "en")});
  Catalog catalog(index.root());
  Searcher searcher(catalog);
  EXPECT_TRUE(ranked(searcher, "c", "nahi", false).empty());
  index.build({testing::make_doc("c", "hi", "सीमा", "सीमा", "hi"),
               testing::make_doc("c", "en", "Balance", "check balance", "en"),
               testing::make_doc("c", "hi-2", "नहीं", "रिचार्ज नहीं हुआ", "hi")});
  EXPECT_EQ(ranked(searcher, "c", "nahi", false), std::vector<std::string>{"hi-2"});
}

}  // namespace
}  // namespace kb

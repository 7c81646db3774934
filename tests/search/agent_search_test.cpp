// What an agent typing mid-call gets from Searcher: typo tolerance, search
// as you type, "did you mean", exact=true, facets and confidence.
#include <algorithm>

#include "server/search/searcher.h"
#include "tests/test_util.h"

namespace kb {
namespace {

std::vector<Document> sample_docs() {
  Document recharge = testing::make_doc("tel", "recharge-failed", "Recharge failed",
                                        "Your recharge failed but money was deducted? It returns.");
  recharge.type = "faq";
  recharge.product = "Prepaid";
  recharge.tags = {"recharge", "refund"};
  Document balance = testing::make_doc("tel", "balance-check", "Check your balance",
                                       "Dial *121# to see the balance of your account.");
  balance.type = "guide";
  balance.product = "Prepaid";
  balance.tags = {"balance"};
  Document portability = testing::make_doc("tel", "portability", "Mobile number portability",
                                           "Keep your number when you change operator.");
  portability.type = "guide";
  portability.product = "Postpaid";
  portability.tags = {"port", "recharge"};
  Document recharge_hi = testing::make_doc("tel", "recharge-hi", "रिचार्ज नहीं हुआ",
                                           "रिचार्ज असफल रहा तो पैसे वापस आएंगे।", "hi");
  recharge_hi.type = "faq";
  Document recharge_bn = testing::make_doc("tel", "recharge-bn", "রিচার্জ হচ্ছে না",
                                           "রিচার্জ ব্যর্থ হলে টাকা ফেরত আসবে।", "bn");
  recharge_bn.type = "faq";
  Document bank = testing::make_doc("bank", "cheque", "Cheque bounce", "A cheque bounced.");
  return {recharge, balance, portability, recharge_hi, recharge_bn, bank};
}

class AgentSearchTest : public ::testing::Test {
 protected:
  AgentSearchTest() : index_(sample_docs()), catalog_(index_.root()), searcher_(catalog_) {}

  SearchResults search(const std::string& q, const std::string& client = "tel",
                       bool exact = false, std::vector<std::string> facets = {}) {
    SearchRequest r;
    r.client = client;
    r.query = q;
    r.exact = exact;
    r.facets = std::move(facets);
    r.limit = 10;
    auto results = searcher_.search(r);
    EXPECT_OK(results);
    return results.is_ok() ? *results : SearchResults{};
  }

  static std::vector<std::string> ids(const SearchResults& results) {
    std::vector<std::string> out;
    for (const auto& hit : results.hits) out.push_back(hit.document.id);
    return out;
  }

  static bool has_rewrite(const SearchResults& results, const std::string& from,
                          const std::string& to, const std::string& why) {
    return std::any_of(results.rewrites.begin(), results.rewrites.end(), [&](const Rewrite& r) {
      return r.from == from && r.to == to && r.why == why;
    });
  }

  testing::TempIndex index_;
  Catalog catalog_;
  Searcher searcher_;
};

struct TypoCase {
  const char* query;
  const char* first_id;
  const char* typed;
  const char* corrected;
};

TEST_F(AgentSearchTest, MisspelledWordsFindTheirArticleAndSayWhy) {
  const TypoCase cases[] = {
      {"recharj faild ", "recharge-failed", "faild", "failed"},
      {"balanse ", "balance-check", "balanse", "balance"},
      {"portabilty ", "portability", "portabilty", "portability"},
      {"रीचार्ज ", "recharge-hi", "रीचार्ज", "रिचार्ज"},
      {"রিচর্জ ", "recharge-bn", "রিচর্জ", "রিচার্জ"},
  };
  for (const auto& c : cases) {
    const SearchResults results = search(c.query);
    ASSERT_FALSE(results.hits.empty()) << c.query;
    EXPECT_EQ(results.hits[0].document.id, c.first_id) << c.query;
    EXPECT_TRUE(has_rewrite(results, c.typed, c.corrected, "typo")) << c.query;
  }
}

TEST_F(AgentSearchTest, ExactMatchesRankAboveCorrectedOnes) {
  // "band" is a word of its own here: not corrected, and its article first.
  index_.build({testing::make_doc("tel", "band", "Network band", "Pick the 4G band."),
                testing::make_doc("tel", "and", "Calls and data", "Calls and data and SMS.")});
  const SearchResults results = search("band ");
  ASSERT_FALSE(results.hits.empty());
  EXPECT_EQ(results.hits[0].document.id, "band");
  EXPECT_FALSE(has_rewrite(results, "band", "and", "typo"));
}

TEST_F(AgentSearchTest, ARareWordIsAlsoCorrectedTowardsAFarMoreFrequentOne) {
  // "recharje" is a typo in one article; "recharge" is in twelve.
  std::vector<Document> docs = {
      testing::make_doc("tel", "typo", "Plans", "Recharje plans for students.")};
  for (int i = 0; i < 12; ++i) {
    docs.push_back(testing::make_doc("tel", "r" + std::to_string(i), "Recharge " + std::to_string(i),
                                     "Recharge offers."));
  }
  index_.build(docs);
  EXPECT_TRUE(has_rewrite(search("recharje "), "recharje", "recharge", "typo"));
}

TEST_F(AgentSearchTest, DidYouMeanCorrectsOnlyUnknownWordsWithTheClientsOwnWords) {
  EXPECT_EQ(search("balanse check").did_you_mean, "balance check");
  EXPECT_EQ(search("check balance").did_you_mean, "");
  // The bank has no "balance": its correction never comes from the telecom.
  EXPECT_EQ(search("balanse", "bank").did_you_mean, "");
}

TEST_F(AgentSearchTest, TheWordBeingTypedMatchesAsAPrefix) {
  const SearchResults typing = search("rech");
  EXPECT_NE(std::find(ids(typing).begin(), ids(typing).end(), "recharge-failed"),
            ids(typing).end());
  EXPECT_TRUE(has_rewrite(typing, "rech", "recharge", "prefix"));
  // A finished word (a space after it) is not expanded.
  EXPECT_FALSE(has_rewrite(search("rech "), "rech", "recharge", "prefix"));
  // Two characters are expanded, one is not.
  EXPECT_FALSE(search("re").hits.empty());
  EXPECT_TRUE(search("r").hits.empty());
  EXPECT_TRUE(search("r").rewrites.empty());
  // Devanagari, counted in characters, not bytes: "रि" is one.
  EXPECT_TRUE(search("रि").rewrites.empty());
  EXPECT_FALSE(search("रिचा").hits.empty());
}

TEST_F(AgentSearchTest, AWholeWordRanksAboveItsCompletions) {
  index_.build({testing::make_doc("tel", "cardholder", "Cardholder name", "Change the cardholder."),
                testing::make_doc("tel", "card", "Card blocked", "Your card is blocked.")});
  const SearchResults typing = search("card");
  ASSERT_EQ(ids(typing).size(), 2u);
  EXPECT_EQ(ids(typing)[0], "card");
  EXPECT_TRUE(has_rewrite(typing, "card", "cardholder", "prefix"));
}

TEST_F(AgentSearchTest, AMisspelledWordStillBeingTypedIsCorrected) {
  const SearchResults typing = search("rechx");
  ASSERT_FALSE(typing.hits.empty());
  EXPECT_EQ(typing.hits[0].document.id, "recharge-failed");
  EXPECT_TRUE(std::any_of(typing.rewrites.begin(), typing.rewrites.end(),
                          [](const Rewrite& r) { return r.from == "rechx" && r.why == "typo"; }));
}

TEST_F(AgentSearchTest, AShortPrefixExpandsToABoundedNumberOfWords) {
  // 3,000 words starting with "re": the prefix takes the most frequent few.
  std::string body;
  for (int i = 0; i < 3000; ++i) body += "re" + std::to_string(100000 + i) + "x ";
  index_.build({testing::make_doc("tel", "many", "Many words", body)});
  const SearchResults typing = search("re");
  const auto prefixes = std::count_if(typing.rewrites.begin(), typing.rewrites.end(),
                                      [](const Rewrite& r) { return r.why == "prefix"; });
  EXPECT_GT(prefixes, 0);
  EXPECT_LE(prefixes, static_cast<long>(RankingOptions{}.prefix_limit));
}

TEST_F(AgentSearchTest, AStemmedWordIsListedAsARewrite) {
  const SearchResults results = search("failed ");
  EXPECT_TRUE(std::any_of(results.rewrites.begin(), results.rewrites.end(), [](const Rewrite& r) {
    return r.from == "failed" && r.to != "failed" && r.why == "stem";
  }));
}

TEST(OtherLanguageTest, AWordOfAnArticleInAnotherLanguageIsFoundByItsOwnStem) {
  // English is the client's language; Hungarian and English stem the
  // word apart ("rendelkez" against "rendelkezik").
  const testing::TempIndex index({testing::make_doc("shop", "fiok", "Fiók jelszó",
                                                    "Ha nem rendelkezik jelszóval, kérjen újat.", "hu"),
                                  testing::make_doc("shop", "card", "Card blocked", "Call us.")});
  Catalog catalog(index.root());
  Searcher searcher(catalog);
  auto results = searcher.search({.client = "shop", .query = "rendelkezik"});
  ASSERT_OK(results);
  ASSERT_EQ(results->hits.size(), 1u);
  EXPECT_EQ(results->hits[0].document.id, "fiok");
  EXPECT_NE(results->hits[0].snippet.find("<mark>rendelkezik</mark>"), std::string::npos)
      << results->hits[0].snippet;
  for (const auto& rewrite : results->rewrites) EXPECT_NE(rewrite.why, "typo") << rewrite.to;
}

TEST_F(AgentSearchTest, ExactTurnsEveryRewriteOff) {
  const SearchResults loose = search("recharj faild");
  EXPECT_FALSE(loose.rewrites.empty());
  const SearchResults exact = search("recharj faild", "tel", true);
  EXPECT_TRUE(exact.rewrites.empty());
  EXPECT_TRUE(exact.hits.empty());
  // No stemming either: "failed" is in the text, "fail" is not.
  EXPECT_FALSE(search("failed", "tel", true).hits.empty());
  EXPECT_TRUE(search("fail", "tel", true).hits.empty());
  EXPECT_FALSE(search("fail ").hits.empty());
}

TEST_F(AgentSearchTest, FacetsCountEveryMatchNotOnlyThePage) {
  SearchRequest r;
  r.client = "tel";
  r.query = "recharge balance number";
  r.limit = 1;
  r.facets = {"type", "product", "tag", "language"};
  auto results = searcher_.search(r);
  ASSERT_OK(results);
  ASSERT_EQ(results->hits.size(), 1u);
  ASSERT_EQ(results->facets.size(), 4u);
  auto count = [&](size_t facet, const std::string& value) -> size_t {
    for (const auto& v : results->facets[facet].values) {
      if (v.value == value) return v.count;
    }
    return 0;
  };
  EXPECT_EQ(results->facets[0].field, "type");
  EXPECT_TRUE(results->facets_exact);
  // recharge-failed, recharge-hi and recharge-bn are FAQs (the Hindi and
  // Bengali ones through transliteration), balance and portability guides.
  EXPECT_EQ(count(0, "faq"), 3u);
  EXPECT_EQ(count(0, "guide"), 2u);
  EXPECT_EQ(count(1, "Prepaid"), 2u);
  EXPECT_EQ(count(1, "Postpaid"), 1u);
  EXPECT_EQ(count(2, "recharge"), 2u);
  EXPECT_EQ(count(2, "port"), 1u);
  EXPECT_EQ(count(3, "en"), 3u);
  // Every count equals the number of matches with that value.
  for (const auto& v : results->facets[0].values) {
    SearchRequest filtered = r;
    filtered.facets.clear();
    filtered.types = {v.value};
    filtered.limit = 100;
    auto hits = searcher_.search(filtered);
    ASSERT_OK(hits);
    EXPECT_EQ(hits->hits.size(), v.count) << v.value;
  }
}

TEST(FacetSampleTest, PastTheSampleCountsAreScaledToTheTotalAndMarkedInexact) {
  std::vector<Document> docs;
  for (int i = 0; i < 300; ++i) {
    Document d = testing::make_doc("tel", "router-" + std::to_string(i), "Router reset",
                                   "Reset the router " + std::string(i % 7, 'x') + " now.");
    d.type = i % 3 == 0 ? "faq" : "guide";
    docs.push_back(d);
  }
  testing::TempIndex index(docs);
  Catalog catalog(index.root());
  Searcher searcher(catalog, {.facet_sample = 20});
  SearchRequest r;
  r.client = "tel";
  r.query = "router";
  r.limit = 1;
  r.facets = {"type"};
  auto results = searcher.search(r);
  ASSERT_OK(results);
  EXPECT_EQ(results->total, 300u);
  EXPECT_FALSE(results->facets_exact);
  ASSERT_EQ(results->facets.size(), 1u);
  size_t sum = 0;
  for (const auto& v : results->facets[0].values) sum += v.count;
  // 20-odd matches counted, each standing for about 300 / 20 of them.
  EXPECT_GT(sum, 270u);
  EXPECT_LT(sum, 330u);
  ASSERT_EQ(results->facets[0].values.size(), 2u);
  EXPECT_EQ(results->facets[0].values[0].value, "guide");
  EXPECT_GT(results->facets[0].values[0].count, 100u);
}

TEST_F(AgentSearchTest, AQuotedPhraseMustOccurThoughItsWordsAreInATitle) {
  // "Check your balance" has both words, not as the phrase; the title and
  // proximity boosts must not let it in.
  EXPECT_TRUE(search("\"balance check\"").hits.empty());
  EXPECT_EQ(ids(search("\"check your balance\"")), std::vector<std::string>{"balance-check"});
}

TEST_F(AgentSearchTest, AnUnknownFacetFieldIsAnError) {
  SearchRequest r;
  r.client = "tel";
  r.query = "recharge";
  r.facets = {"colour"};
  auto results = searcher_.search(r);
  ASSERT_FALSE(results.is_ok());
  EXPECT_EQ(results.status().where().field, "facets");
}

TEST_F(AgentSearchTest, AWeakBestMatchIsNotConfident) {
  const SearchResults good = search("recharge failed money deducted");
  EXPECT_TRUE(good.confident) << good.confidence;
  const SearchResults weak = search("when will my new sofa be delivered to your operator");
  EXPECT_LT(weak.confidence, good.confidence);
  EXPECT_FALSE(search("zzzz qqqq").confident);
}

}  // namespace
}  // namespace kb

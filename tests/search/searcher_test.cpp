#include "server/search/searcher.h"

#include "tests/test_util.h"

namespace kb {
namespace {

std::vector<Document> sample_docs() {
  Document card = testing::make_doc("bank", "card-blocked", "Debit card blocked",
                                    "If your debit card is blocked, call the helpline.");
  card.type = "guide";
  card.product = "Debit card";
  card.tags = {"card", "security"};
  card.steps = {"Call 1800-100", "Verify with the OTP"};
  Document upi = testing::make_doc("bank", "upi-failed", "UPI payment failed",
                                   "Money deducted but the UPI payment failed? It returns in 3 days.");
  upi.type = "faq";
  upi.tags = {"upi"};
  Document upi_hi = testing::make_doc("bank", "upi-failed-hi", "यूपीआई भुगतान असफल",
                                      "पैसे कट गए लेकिन यूपीआई भुगतान असफल रहा।", "hi");
  upi_hi.type = "faq";
  Document shop = testing::make_doc("shop", "refund", "Refund status",
                                    "Card refunds take five days.");
  return {card, upi, upi_hi, shop};
}

class SearcherTest : public ::testing::Test {
 protected:
  SearcherTest() : index_(sample_docs()), catalog_(index_.root()), searcher_(catalog_) {}

  std::vector<std::string> ids(const SearchRequest& request) {
    auto results = searcher_.search(request);
    EXPECT_OK(results);
    std::vector<std::string> out;
    if (results.is_ok()) {
      for (const auto& hit : results->hits) out.push_back(hit.document.id);
    }
    return out;
  }

  SearchRequest bank(const std::string& q) {
    SearchRequest r;
    r.client = "bank";
    r.query = q;
    return r;
  }

  testing::TempIndex index_;
  Catalog catalog_;
  Searcher searcher_;
};

TEST_F(SearcherTest, RanksTheArticleAPersonWouldExpectFirst) {
  EXPECT_EQ(ids(bank("card blocked")).front(), "card-blocked");
  EXPECT_EQ(ids(bank("upi failed money")).front(), "upi-failed");
  EXPECT_EQ(ids(bank("पैसे कट गए")).front(), "upi-failed-hi");
}

TEST_F(SearcherTest, AnyWordMatchesAndMoreWordsRankHigher) {
  const auto hits = ids(bank("blocked payment"));
  EXPECT_EQ(hits.size(), 2u);
  const auto both = ids(bank("debit card helpline zebra"));
  ASSERT_FALSE(both.empty());
  EXPECT_EQ(both.front(), "card-blocked");
}

TEST_F(SearcherTest, SearchesOnlyTheRequestedClient) {
  const auto hits = ids(bank("refund"));
  EXPECT_TRUE(hits.empty());
  SearchRequest shop = bank("card");
  shop.client = "shop";
  EXPECT_EQ(ids(shop), (std::vector<std::string>{"refund"}));
}

TEST_F(SearcherTest, FiltersAreOredWithinAFieldAndAndedAcross) {
  SearchRequest r = bank("upi card");
  r.types = {"faq"};
  EXPECT_EQ(ids(r).size(), 1u);
  r.types = {"faq", "guide"};
  EXPECT_EQ(ids(r).size(), 2u);
  r.tags = {"SECURITY"};
  EXPECT_EQ(ids(r), (std::vector<std::string>{"card-blocked"}));
  r.products = {"debit card"};
  EXPECT_EQ(ids(r), (std::vector<std::string>{"card-blocked"}));
  r.products = {"credit card"};
  EXPECT_TRUE(ids(r).empty());

  SearchRequest hi = bank("यूपीआई upi");
  hi.languages = {"hi"};
  EXPECT_EQ(ids(hi), (std::vector<std::string>{"upi-failed-hi"}));
}

TEST(SearcherFilterTest, ATagOrProductTooLongForATermStillIndexesAndFilters) {
  // 100 letters, as the schema allows, are 300 bytes: over Xapian's term limit.
  std::string tag;
  std::string product;
  for (int i = 0; i < 100; ++i) tag += "क", product += "ক";
  Document hindi = testing::make_doc("bank", "long", "यूपीआई भुगतान", "यूपीआई भुगतान असफल", "hi");
  hindi.tags = {tag};
  hindi.product = product;
  Document other = testing::make_doc("bank", "other", "यूपीआई भुगतान", "यूपीआई भुगतान", "hi");
  other.tags = {tag + "ख"};
  testing::TempIndex index({hindi, other});
  Catalog catalog(index.root());
  Searcher searcher(catalog);
  auto ids = [&](std::vector<std::string> tags, std::vector<std::string> products) {
    SearchRequest r;
    r.client = "bank";
    r.query = "भुगतान";
    r.tags = std::move(tags);
    r.products = std::move(products);
    auto results = searcher.search(r);
    EXPECT_OK(results);
    std::vector<std::string> out;
    if (results.is_ok()) {
      for (const auto& hit : results->hits) out.push_back(hit.document.id);
    }
    return out;
  };
  EXPECT_EQ(ids({tag}, {}), (std::vector<std::string>{"long"}));
  EXPECT_EQ(ids({tag + "ख"}, {}), (std::vector<std::string>{"other"}));
  EXPECT_EQ(ids({}, {" " + product + "\n"}), (std::vector<std::string>{"long"}));
}

TEST_F(SearcherTest, HitsCarryDisplayFieldsAndASnippetButNotTheBody) {
  auto results = searcher_.search(bank("helpline"));
  ASSERT_OK(results);
  ASSERT_EQ(results->hits.size(), 1u);
  const SearchHit& hit = results->hits[0];
  EXPECT_EQ(hit.document.title, "Debit card blocked");
  EXPECT_EQ(hit.document.type, "guide");
  EXPECT_EQ(hit.document.tags, (std::vector<std::string>{"card", "security"}));
  EXPECT_TRUE(hit.document.body.empty());
  EXPECT_NE(hit.snippet.find("<mark>helpline</mark>"), std::string::npos);
  EXPECT_GT(hit.score, 0);
  EXPECT_EQ(results->total, 1u);
}

TEST_F(SearcherTest, PagesWithLimitAndOffset) {
  SearchRequest r = bank("card upi failed blocked");
  r.limit = 1;
  const auto first = ids(r);
  r.offset = 1;
  const auto second = ids(r);
  ASSERT_EQ(first.size(), 1u);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_NE(first, second);
}

TEST_F(SearcherTest, BadRequestsNameTheirField) {
  struct Case {
    SearchRequest request;
    std::string field;
  };
  SearchRequest empty = bank("   ");
  SearchRequest long_q = bank(std::string(1025, 'a'));
  SearchRequest bad_utf8 = bank("card \xff");
  SearchRequest zero = bank("card");
  zero.limit = 0;
  SearchRequest big = bank("card");
  big.limit = 101;
  SearchRequest deep = bank("card");
  deep.offset = 10001;
  for (const Case& c : std::vector<Case>{{empty, "q"}, {long_q, "q"}, {bad_utf8, "q"},
                                         {zero, "limit"}, {big, "limit"}, {deep, "offset"}}) {
    auto results = searcher_.search(c.request);
    ASSERT_FALSE(results.is_ok()) << c.field;
    EXPECT_EQ(results.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(results.status().where().field, c.field);
  }
  auto unknown = searcher_.search([] {
    SearchRequest r;
    r.client = "telecom";
    r.query = "sim";
    return r;
  }());
  EXPECT_EQ(unknown.status().code(), StatusCode::kNotFound);
}

TEST_F(SearcherTest, ReturnsStoredDocumentsWithSteps) {
  auto doc = searcher_.document("bank", "card-blocked");
  ASSERT_OK(doc);
  EXPECT_EQ(doc->steps, (std::vector<std::string>{"Call 1800-100", "Verify with the OTP"}));
  EXPECT_EQ(searcher_.document("bank", "refund").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(searcher_.document("bank", "../x").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(searcher_.document("nobody", "x").status().code(), StatusCode::kNotFound);
}

TEST_F(SearcherTest, ListsClientsWithSizesAndLanguages) {
  const auto clients = searcher_.list_clients();
  ASSERT_EQ(clients.size(), 2u);
  EXPECT_EQ(clients[0].name, "bank");
  EXPECT_EQ(clients[0].documents, 3u);
  EXPECT_EQ(clients[0].languages, (std::vector<std::string>{"en", "hi"}));
  EXPECT_EQ(clients[1].display_name, "shop display");
}

TEST_F(SearcherTest, ARebuiltIndexIsServedWithoutARestart) {
  EXPECT_TRUE(ids(bank("cheque")).empty());
  auto docs = sample_docs();
  docs.push_back(testing::make_doc("bank", "cheque-book", "Order a cheque book", "Use the app."));
  index_.build(docs);
  EXPECT_EQ(ids(bank("cheque")), (std::vector<std::string>{"cheque-book"}));
}

TEST_F(SearcherTest, AWarmedClientsFirstSearchLoadsNothing) {
  auto caches = std::make_shared<SearchCaches>();
  Searcher writer_side(catalog_, {}, caches);  // what the server's write hook uses
  Searcher agent_side(catalog_, {}, caches);
  ASSERT_OK(writer_side.warm("bank"));
  const auto loads = [&] {
    return caches->vocabularies.loads() + caches->facet_columns.loads() +
           caches->lexicons.loads() + caches->settings.loads();
  };
  const size_t loaded = loads();
  EXPECT_EQ(loaded, 4u);
  SearchRequest r = bank("debit crd");  // a typo: the vocabulary is used
  r.facets = {"type"};
  ASSERT_OK(agent_side.search(r));
  EXPECT_EQ(loads(), loaded);
  EXPECT_EQ(writer_side.warm("nobody").code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace kb

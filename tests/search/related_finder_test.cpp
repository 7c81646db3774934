#include "server/search/related_finder.h"

#include "tests/test_util.h"

namespace kb {
namespace {

using testing::make_doc;

class RelatedFinderTest : public ::testing::Test {
 protected:
  RelatedFinderTest()
      : index_({
            make_doc("telecom", "sim-activate", "Activate a new SIM card",
                     "Insert the SIM card, restart the phone and wait for the SIM to activate."),
            make_doc("telecom", "sim-replace", "Replace a lost SIM card",
                     "Block the lost SIM card, then get a replacement SIM card at a store."),
            make_doc("telecom", "sim-swap", "What is a SIM swap",
                     "A SIM swap moves your number to a new SIM card."),
            make_doc("telecom", "roaming", "International roaming packs",
                     "Roaming packs work abroad; buy one before you travel."),
            make_doc("telecom", "lonely", "Zebra xylophone", "Quokka marmalade."),
            make_doc("bank", "sim-bank", "Activate a new SIM card for bank alerts",
                     "Insert the SIM card and the SIM will activate bank alerts."),
        }),
        catalog_(index_.root()),
        handles_(catalog_) {}

  Result<RelatedArticles> related(const std::string& id, size_t limit = 5,
                                  const std::string& client = "telecom") {
    RelatedFinder finder(handles_);
    return finder.related({client, id, limit});
  }

  std::vector<std::string> ids(const std::string& id, size_t limit = 5) {
    auto got = related(id, limit);
    EXPECT_OK(got);
    std::vector<std::string> out;
    if (got.is_ok()) {
      for (const auto& a : got->articles) out.push_back(a.document.id);
    }
    return out;
  }

  testing::TempIndex index_;
  Catalog catalog_;
  IndexHandles handles_;
};

TEST_F(RelatedFinderTest, FindsTheArticlesOnTheSameTopicNeverItself) {
  const auto got = ids("sim-activate");
  ASSERT_GE(got.size(), 2u) << ::testing::PrintToString(got);
  const std::set<std::string> top(got.begin(), got.begin() + 2);
  EXPECT_EQ(top, (std::set<std::string>{"sim-replace", "sim-swap"}));
  EXPECT_EQ(std::find(got.begin(), got.end(), "sim-activate"), got.end());
}

TEST_F(RelatedFinderTest, StaysWithinTheClient) {
  for (const char* id : {"sim-activate", "sim-replace", "sim-swap", "roaming"}) {
    for (const auto& other : ids(id)) EXPECT_NE(other, "sim-bank") << id;
  }
  auto bank = related("sim-bank", 5, "bank");
  ASSERT_OK(bank);
  EXPECT_TRUE(bank->articles.empty());  // the bank has no other article
  EXPECT_EQ(related("sim-bank").status().code(), StatusCode::kNotFound);
}

TEST_F(RelatedFinderTest, NothingInCommonIsAnEmptyListNotAnError) {
  EXPECT_TRUE(ids("lonely").empty());
}

TEST_F(RelatedFinderTest, ReturnsStoredFieldsWithoutTheText) {
  auto got = related("sim-replace", 1);
  ASSERT_OK(got);
  ASSERT_EQ(got->articles.size(), 1u);
  const auto& article = got->articles[0];
  EXPECT_FALSE(article.document.title.empty());
  EXPECT_TRUE(article.document.text.empty());
  EXPECT_GT(article.score, 0.0);
  EXPECT_EQ(got->client, "telecom");
  EXPECT_EQ(got->id, "sim-replace");
}

TEST_F(RelatedFinderTest, BadRequestsNameTheirField) {
  const struct {
    std::string client;
    std::string id;
    size_t limit;
    StatusCode code;
    std::string field;
  } cases[] = {
      {"telecom", "sim-activate", 0, StatusCode::kInvalidArgument, "limit"},
      {"telecom", "sim-activate", 21, StatusCode::kInvalidArgument, "limit"},
      {"telecom", "no-such-article", 5, StatusCode::kNotFound, "id"},
      {"telecom", "../etc", 5, StatusCode::kNotFound, "id"},
      {"nosuch", "sim-activate", 5, StatusCode::kNotFound, "client"},
  };
  for (const auto& c : cases) {
    auto got = related(c.id, c.limit, c.client);
    ASSERT_FALSE(got.is_ok()) << c.id;
    EXPECT_EQ(got.status().code(), c.code) << c.id;
    EXPECT_EQ(got.status().where().field, c.field) << c.id;
  }
}

}  // namespace
}  // namespace kb

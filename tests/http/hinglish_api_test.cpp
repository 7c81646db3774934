// Romanized Hindi, Bengali and Tamil finds native-script articles, and
// native script finds English ones, over HTTP on the sample corpus.
#include "tests/http/test_server.h"

namespace kb {
namespace {

class HinglishApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new testing::TestServer(testing::corpus_index_root()); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static nlohmann::json search(const std::string& q, const std::string& extra = "") {
    return server_->get_json("/v1/clients/vayu-mobile/search?q=" + testing::url_encode(q) + extra);
  }
  static std::vector<std::string> ids(const nlohmann::json& body) {
    std::vector<std::string> out;
    for (const auto& hit : body["hits"]) out.push_back(hit["id"]);
    return out;
  }
  static testing::TestServer* server_;
};

testing::TestServer* HinglishApiTest::server_ = nullptr;

TEST_F(HinglishApiTest, RomanizedQueriesFindNativeScriptArticles) {
  const std::pair<const char*, const char*> cases[] = {
      {"recharge nahi ho raha", "recharge-failed-hi"},
      {"sim band ho gaya", "sim-band-hi"},
      {"mera sim card block ho gaya", "sim-block-mixed-hi"},
      {"recharge hocche na", "recharge-failed-bn"},
      {"recharge aagavillai", "recharge-failed-ta"},
  };
  for (const auto& [query, first] : cases) {
    const auto hits = ids(search(query));
    ASSERT_FALSE(hits.empty()) << query;
    EXPECT_EQ(hits.front(), first) << query;
  }
  // The English article on the same topic may come first; the Hindi one follows.
  const auto balance = ids(search("balance kitna hai", "&limit=3"));
  EXPECT_NE(std::find(balance.begin(), balance.end(), "balance-check-hi"), balance.end());
}

TEST_F(HinglishApiTest, CrossScriptMatchesAreListedAndHighlighted) {
  const auto body = search("nahi");
  bool listed = false;
  for (const auto& r : body["rewrites"]) {
    listed |= r["from"] == "nahi" && r["to"] == "नहीं" && r["why"] == "transliteration";
  }
  EXPECT_TRUE(listed) << body["rewrites"].dump();
  bool highlighted = false;
  for (const auto& hit : body["hits"]) {
    highlighted |= hit["snippet"].get<std::string>().find("<mark>नहीं</mark>") != std::string::npos;
  }
  EXPECT_TRUE(highlighted) << body.dump();
}

TEST_F(HinglishApiTest, NativeScriptFindsTheEnglishArticle) {
  const auto body = search("सिम", "&limit=5");
  const auto hits = ids(body);
  EXPECT_NE(std::find(hits.begin(), hits.end(), "sim-card-faq-en"), hits.end());
  EXPECT_EQ(body["rewrites"][0]["to"], "sim");
  for (const auto& hit : body["hits"]) {
    if (hit["id"] == "sim-card-faq-en") {
      EXPECT_NE(hit["snippet"].get<std::string>().find("<mark>SIM</mark>"), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace kb

// The agent's search box over HTTP on the sample corpus: typos, prefixes,
// synonyms, did-you-mean, exact=true and facets.
#include <algorithm>

#include "tests/http/test_server.h"

namespace kb {
namespace {

class AgentFeaturesApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new testing::TestServer(testing::corpus_index_root()); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }

  static nlohmann::json search(const std::string& client, const std::string& q,
                               const std::string& extra = "", int expected_status = 200) {
    int status = 0;
    auto body = server_->get_json(
        "/v1/clients/" + client + "/search?q=" + testing::url_encode(q) + extra, &status);
    EXPECT_EQ(status, expected_status) << q << " " << body.dump();
    return body;
  }

  static bool has_rewrite(const nlohmann::json& body, const std::string& from,
                          const std::string& to, const std::string& why) {
    for (const auto& r : body["rewrites"]) {
      if (r["from"] == from && r["to"] == to && r["why"] == why) return true;
    }
    return false;
  }

  static std::vector<std::string> ids(const nlohmann::json& body) {
    std::vector<std::string> out;
    for (const auto& hit : body["hits"]) out.push_back(hit["id"]);
    return out;
  }

  static bool in_top(const nlohmann::json& body, const std::string& id, size_t n) {
    const auto list = ids(body);
    const auto it = std::find(list.begin(), list.end(), id);
    return it != list.end() && static_cast<size_t>(it - list.begin()) < n;
  }

  static testing::TestServer* server_;
};

testing::TestServer* AgentFeaturesApiTest::server_ = nullptr;

TEST_F(AgentFeaturesApiTest, MisspelledQueriesInEachScriptFindTheirArticle) {
  struct Case {
    const char* query;
    const char* id;
    const char* typed;
    const char* meant;
  } cases[] = {
      {"activate new sim ", "sim-activation-en", "activate", "activate"},
      {"actvate new sim ", "sim-activation-en", "actvate", "activate"},
      {"रीचार्ज नहीं हो रहा ", "recharge-failed-hi", "रीचार्ज", "रिचार्ज"},
      {"রিচর্জ হচ্ছে না ", "recharge-failed-bn", "রিচর্জ", "রিচার্জ"},
  };
  for (const auto& c : cases) {
    const auto body = search("vayu-mobile", c.query, "&limit=3");
    EXPECT_TRUE(in_top(body, c.id, 3)) << c.query << " " << body["hits"].dump();
    if (std::string(c.typed) != c.meant) {
      EXPECT_TRUE(has_rewrite(body, c.typed, c.meant, "typo")) << body["rewrites"].dump();
    }
  }
}

TEST_F(AgentFeaturesApiTest, DidYouMeanUsesTheClientsOwnWords) {
  EXPECT_EQ(search("vayu-mobile", "actvate sim ")["did_you_mean"], "activate sim ");
  EXPECT_TRUE(search("vayu-mobile", "activate sim ")["did_you_mean"].is_null());
}

TEST_F(AgentFeaturesApiTest, SynonymsApplyBothWaysWhereDeclaredAndOnlyInTheirClient) {
  // "top up" = "recharge" (equivalent): both ways.
  const auto top_up = search("vayu-mobile", "top up ");
  EXPECT_TRUE(has_rewrite(top_up, "top up", "recharge", "synonym")) << top_up["rewrites"].dump();
  EXPECT_TRUE(in_top(top_up, "recharge-failed-en", 5) || in_top(top_up, "recharge-refund-policy-en", 5));
  EXPECT_TRUE(has_rewrite(search("vayu-mobile", "recharge "), "recharge", "top up", "synonym"));
  // "mnp" -> "port number" (one way): not back.
  const auto mnp = search("vayu-mobile", "mnp ");
  EXPECT_TRUE(has_rewrite(mnp, "mnp", "port number", "synonym"));
  EXPECT_TRUE(in_top(mnp, "port-number-mnp-en", 3));
  const auto port_number = search("vayu-mobile", "port number ");
  for (const auto& r : port_number["rewrites"]) {
    EXPECT_NE(r["to"], "mnp") << r.dump();
  }
  // Across a typo: "rechargee" -> recharge -> "top up".
  const auto typo = search("vayu-mobile", "rechargee ");
  EXPECT_TRUE(has_rewrite(typo, "rechargee", "recharge", "typo")) << typo["rewrites"].dump();
  EXPECT_TRUE(has_rewrite(typo, "rechargee", "top up", "synonym")) << typo["rewrites"].dump();
  // The bank declared none of these.
  for (const char* q : {"top up ", "mnp "}) {
    const auto answer = search("sahyog-bank", q);
    for (const auto& r : answer["rewrites"]) EXPECT_NE(r["why"], "synonym");
  }
}

TEST_F(AgentFeaturesApiTest, SearchAsYouTypeExpandsTheLastWordFromTwoCharacters) {
  const auto typing = search("vayu-mobile", "recha");
  EXPECT_TRUE(has_rewrite(typing, "recha", "recharge", "prefix")) << typing["rewrites"].dump();
  EXPECT_FALSE(typing["hits"].empty());
  const auto one = search("vayu-mobile", "r");
  EXPECT_TRUE(one["rewrites"].empty());
  EXPECT_LE(one["rewrites"].size(), 0u);
}

TEST_F(AgentFeaturesApiTest, ExactTrueListsNoRewrites) {
  const auto loose = search("vayu-mobile", "actvate sims");
  EXPECT_FALSE(loose["rewrites"].empty());
  const auto exact = search("vayu-mobile", "actvate sims", "&exact=true");
  EXPECT_TRUE(exact["rewrites"].empty());
  EXPECT_TRUE(exact["did_you_mean"].is_null());
  EXPECT_EQ(search("vayu-mobile", "x", "&exact=maybe", 400)["error"]["field"], "exact");
}

TEST_F(AgentFeaturesApiTest, FacetCountsEqualTheMatchesPerValue) {
  const auto body = search("vayu-mobile", "recharge ", "&facets=type,language&limit=1");
  ASSERT_TRUE(body["facets"].contains("type")) << body.dump();
  ASSERT_TRUE(body["facets"].contains("language"));
  EXPECT_EQ(body["hits"].size(), 1u);
  EXPECT_EQ(body["facets_exact"], true);
  for (const auto& v : body["facets"]["type"]) {
    const auto filtered =
        search("vayu-mobile", "recharge ", "&limit=100&type=" + v["value"].get<std::string>());
    EXPECT_EQ(filtered["hits"].size(), v["count"].get<size_t>()) << v.dump();
  }
  for (const auto& v : body["facets"]["language"]) {
    const auto filtered =
        search("vayu-mobile", "recharge ", "&limit=100&lang=" + v["value"].get<std::string>());
    // lang also decides how Latin words stem; "recharge" stems alike in each.
    EXPECT_EQ(filtered["hits"].size(), v["count"].get<size_t>()) << v.dump();
  }
  EXPECT_EQ(search("vayu-mobile", "x", "&facets=colour", 400)["error"]["field"], "facets");
}

TEST_F(AgentFeaturesApiTest, ConfidenceIsReported) {
  const auto good = search("vayu-mobile", "recharge failed money deducted");
  EXPECT_TRUE(good["confident"].get<bool>()) << good["confidence"];
  EXPECT_GT(good["confidence"].get<double>(), 0);
  EXPECT_LE(good["confidence"].get<double>(), 1);
}

}  // namespace
}  // namespace kb

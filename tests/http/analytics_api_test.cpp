// GET /v1/clients/{client}/analytics after a known sequence of searches.
#include <map>

#include "indexer/common/utc_time.h"
#include "tests/http/test_server.h"

namespace kb {
namespace {

TEST(AnalyticsApiTest, CountsTheSearchesMadeThroughTheApi) {
  testing::TempIndex index({testing::make_doc("bank", "card", "Card blocked", "Call the helpline."),
                            testing::make_doc("shop", "refund", "Refund", "Five days.")});
  testing::TempDir store;
  testing::TestServer server(index.root(), {.analytics_dir = store.path().string()});
  // Per bank query, first pages only: how often its response said "not confident".
  std::map<std::string, int> not_confident;
  for (const char* path : {"/v1/clients/bank/search?q=card%20blocked",
                           "/v1/clients/bank/search?q=Card%20%20Blocked",
                           "/v1/clients/bank/search?q=lottery", "/v1/clients/bank/search?q=lottery",
                           "/v1/clients/bank/search?q=card%20blocked&offset=10",  // a next page
                           "/v1/clients/shop/search?q=lottery"}) {
    int status = 0;
    const auto body = server.get_json(path, &status);
    EXPECT_EQ(status, 200) << path;
    const std::string p = path;
    if (p.find("/bank/") != std::string::npos && p.find("offset") == std::string::npos &&
        !body["confident"].get<bool>()) {
      ++not_confident[p.find("lottery") != std::string::npos ? "lottery" : "card blocked"];
    }
  }
  ASSERT_EQ(not_confident["lottery"], 2) << "no hit is never confident";
  server.analytics()->flush();
  int status = 0;
  const auto body = server.get_json("/v1/clients/bank/analytics", &status);
  ASSERT_EQ(status, 200) << body;
  const std::string today = utc_day(std::time(nullptr));
  EXPECT_EQ(body["to"], today);
  EXPECT_EQ(body["searches"], 4);
  EXPECT_EQ(body["top_queries"], nlohmann::json::parse(
                                     R"([{"query": "card blocked", "count": 2},
                                         {"query": "lottery", "count": 2}])"));
  EXPECT_EQ(body["no_hits"], nlohmann::json::parse(R"([{"query": "lottery", "count": 2}])"));
  // Recorded as the searches answered, whatever their raw scores.
  int no_confident_total = 0;
  for (const auto& q : body["no_confident_hit"]) {
    EXPECT_EQ(q["count"], not_confident[q["query"].get<std::string>()]) << q;
    no_confident_total += q["count"].get<int>();
  }
  EXPECT_EQ(no_confident_total, not_confident["lottery"] + not_confident["card blocked"])
      << body["no_confident_hit"];
  ASSERT_EQ(body["per_day"].size(), 1u);
  EXPECT_EQ(body["per_day"][0]["day"], today);
  EXPECT_EQ(body["per_day"][0]["searches"], 4);
  EXPECT_EQ(body["per_day"][0]["no_hits"], 2);
  EXPECT_EQ(body["per_day"][0]["no_confident_hit"], no_confident_total);

  const auto bad = server.get_json("/v1/clients/bank/analytics?from=last-week", &status);
  EXPECT_EQ(status, 400);
  EXPECT_EQ(bad["error"]["field"], "from");
  server.get_json("/v1/clients/bank/analytics?top=0", &status);
  EXPECT_EQ(status, 400);
}

}  // namespace
}  // namespace kb

// GET /v1/clients/{client}/analytics after a known sequence of searches.
#include <algorithm>

#include "indexer/common/utc_time.h"
#include "tests/http/test_server.h"

namespace kb {
namespace {

TEST(AnalyticsApiTest, CountsTheSearchesMadeThroughTheApi) {
  testing::TempIndex index({testing::make_doc("bank", "card", "Card blocked", "Call the helpline."),
                            testing::make_doc("shop", "refund", "Refund", "Five days.")});
  testing::TempDir store;
  testing::TestServer server(index.root(), {.analytics_dir = store.path().string()});
  for (const char* path : {"/v1/clients/bank/search?q=card%20blocked",
                           "/v1/clients/bank/search?q=Card%20%20Blocked",
                           "/v1/clients/bank/search?q=lottery", "/v1/clients/bank/search?q=lottery",
                           "/v1/clients/bank/search?q=card%20blocked&offset=10",  // a next page
                           "/v1/clients/shop/search?q=lottery"}) {
    int status = 0;
    server.get_json(path, &status);
    EXPECT_EQ(status, 200) << path;
  }
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
  EXPECT_TRUE(std::any_of(body["no_confident_hit"].begin(), body["no_confident_hit"].end(),
                          [](const auto& q) { return q["query"] == "lottery" && q["count"] == 2; }))
      << body["no_confident_hit"];
  ASSERT_EQ(body["per_day"].size(), 1u);
  EXPECT_EQ(body["per_day"][0]["day"], today);
  EXPECT_EQ(body["per_day"][0]["searches"], 4);
  EXPECT_EQ(body["per_day"][0]["no_hits"], 2);

  const auto bad = server.get_json("/v1/clients/bank/analytics?from=last-week", &status);
  EXPECT_EQ(status, 400);
  EXPECT_EQ(bad["error"]["field"], "from");
  server.get_json("/v1/clients/bank/analytics?top=0", &status);
  EXPECT_EQ(status, 400);
}

}  // namespace
}  // namespace kb

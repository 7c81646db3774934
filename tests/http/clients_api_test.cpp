#include "tests/http/test_server.h"

namespace kb {
namespace {

TEST(ClientsApiTest, ListsClientsWithDocumentCountsAndLanguages) {
  testing::TempIndex index({testing::make_doc("bank", "a", "Card", "text"),
                            testing::make_doc("bank", "b", "कार्ड", "पाठ", "hi"),
                            testing::make_doc("shop", "c", "Order", "text")});
  testing::TestServer server(index.root());
  int status = 0;
  const auto body = server.get_json("/v1/clients", &status);
  EXPECT_EQ(status, 200);
  ASSERT_EQ(body["clients"].size(), 2u);
  EXPECT_EQ(body["clients"][0]["name"], "bank");
  EXPECT_EQ(body["clients"][0]["display_name"], "bank display");
  EXPECT_EQ(body["clients"][0]["documents"], 2);
  EXPECT_EQ(body["clients"][0]["languages"], nlohmann::json({"en", "hi"}));
  EXPECT_EQ(body["clients"][1]["name"], "shop");
}

TEST(ClientsApiTest, HealthAndReadiness) {
  testing::TempDir empty;
  {
    testing::TestServer server(empty.path().string());
    int status = 0;
    EXPECT_EQ(server.get_json("/healthz", &status)["status"], "ok");
    EXPECT_EQ(status, 200);
    const auto body = server.get_json("/readyz", &status);
    EXPECT_EQ(status, 503) << "no index is open yet";
    EXPECT_EQ(body["error"]["code"], "unavailable");
  }
  testing::TempIndex index({testing::make_doc("bank", "a", "Card", "text")});
  testing::TestServer server(index.root());
  int status = 0;
  EXPECT_EQ(server.get_json("/readyz", &status)["status"], "ready");
  EXPECT_EQ(status, 200);
}

}  // namespace
}  // namespace kb

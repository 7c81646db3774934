#include "tests/http/test_server.h"

namespace kb {
namespace {

TEST(DocumentsApiTest, ReturnsTheStoredArticleWithSteps) {
  Document doc = testing::make_doc("bank", "card-blocked", "Card blocked", "Call us.");
  doc.body = "Call **us**.";
  doc.steps = {"Open the app", "Tap Unblock"};
  doc.tags = {"card"};
  doc.type = "guide";
  doc.url = "https://help.example/card";
  testing::TempIndex index({doc});
  testing::TestServer server(index.root());
  int status = 0;
  const auto body = server.get_json("/v1/clients/bank/documents/card-blocked", &status);
  EXPECT_EQ(status, 200);
  EXPECT_EQ(body["id"], "card-blocked");
  EXPECT_EQ(body["client"], "bank");
  EXPECT_EQ(body["body"], "Call **us**.");
  EXPECT_EQ(body["steps"], nlohmann::json({"Open the app", "Tap Unblock"}));
  EXPECT_EQ(body["type"], "guide");
  EXPECT_EQ(body["product"], nullptr);
  EXPECT_EQ(body["url"], "https://help.example/card");
}

TEST(DocumentsApiTest, AnotherClientsDocumentIsNotFound) {
  testing::TempIndex index({testing::make_doc("bank", "secret", "Bank only", "text"),
                            testing::make_doc("shop", "order", "Shop", "text")});
  testing::TestServer server(index.root());
  int status = 0;
  const auto body = server.get_json("/v1/clients/shop/documents/secret", &status);
  EXPECT_EQ(status, 404);
  EXPECT_EQ(body["error"]["code"], "not_found");
}

}  // namespace
}  // namespace kb

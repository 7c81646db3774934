// Every error the API documents, with its status and body.
#include <httplib.h>

#include "server/http/routes.h"
#include "tests/http/test_server.h"

namespace kb {
namespace {

TEST(ErrorsApiTest, EveryErrorHasTheDocumentedStatusAndBody) {
  testing::TempIndex index({testing::make_doc("bank", "card", "Card blocked", "Call us.")});
  testing::TestServer server(index.root());
  const std::string long_q(1025, 'a');
  const std::vector<testing::ApiErrorCase> cases = {
      {"/v1/clients/nobody/search?q=card", 404, "not_found", "client"},
      // httplib decodes %2F before routing: "../bank" matches no route at all.
      {"/v1/clients/..%2Fbank/search?q=card", 404, "route_not_found", nullptr},
      {"/v1/clients/Bank/search?q=card", 404, "not_found", "client"},
      {"/v1/clients/bank/documents/nothing", 404, "not_found", "id"},
      {"/v1/clients/bank/search", 400, "invalid_request", "q"},
      {"/v1/clients/bank/search?q=", 400, "invalid_request", "q"},
      {"/v1/clients/bank/search?q=%20%20", 400, "invalid_request", "q"},
      {"/v1/clients/bank/search?q=" + long_q, 400, "invalid_request", "q"},
      {"/v1/clients/bank/search?q=%FF%FE", 400, "invalid_request", "q"},
      {"/v1/clients/bank/search?q=card&limit=0", 400, "invalid_request", "limit"},
      {"/v1/clients/bank/search?q=card&limit=101", 400, "invalid_request", "limit"},
      {"/v1/clients/bank/search?q=card&limit=ten", 400, "invalid_request", "limit"},
      {"/v1/clients/bank/search?q=card&offset=-1", 400, "invalid_request", "offset"},
      {"/v1/clients/bank/search?q=card&type=manual", 400, "invalid_request", "type"},
      {"/v1/clients/bank/search?q=card&colour=red", 400, "invalid_request", "colour"},
      {"/v1/nothing", 404, "route_not_found", nullptr},
  };
  testing::expect_api_errors(server, cases);
}

TEST(ErrorsApiTest, OtherMethodsOnKnownRoutesAre405WithAllow) {
  testing::TempIndex index({testing::make_doc("bank", "card", "Card blocked", "Call us.")});
  testing::TestServer server(index.root());
  auto client = server.client();
  std::vector<httplib::Result> results;
  results.push_back(client.Delete("/v1/clients/bank/search?q=card"));
  results.push_back(client.Put("/v1/clients", "{}", "application/json"));
  results.push_back(client.Post("/v1/clients/bank/documents/card", "{}", "application/json"));
  for (const auto& res : results) {
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 405);
    EXPECT_EQ(res->get_header_value("Allow"), "GET");
    EXPECT_EQ(nlohmann::json::parse(res->body)["error"]["code"], "method_not_allowed");
  }
}

TEST(ErrorsApiTest, AnExceptionInAHandlerIsAJson500AndTheServerLivesOn) {
  testing::TempIndex index({testing::make_doc("bank", "card", "Card blocked", "Call us.")});
  Catalog catalog(index.root());
  SearcherPool searchers(catalog, {});
  httplib::Server server;
  http::register_routes(server, {&searchers, ""});
  server.Get("/boom", [](const httplib::Request&, httplib::Response&) {
    throw std::runtime_error("kaboom");
  });
  const int port = server.bind_to_any_port("127.0.0.1");
  std::thread thread([&] { server.listen_after_bind(); });
  while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));

  httplib::Client client("127.0.0.1", port);
  auto res = client.Get("/boom");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 500);
  const auto body = nlohmann::json::parse(res->body);
  EXPECT_EQ(body["error"]["code"], "internal");
  EXPECT_NE(body["error"]["message"].get<std::string>().find("kaboom"), std::string::npos);
  auto after = client.Get("/healthz");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->status, 200);
  server.stop();
  thread.join();
}

TEST(ErrorsApiTest, AnIndexBuiltByAnotherAnalyzerIsRefusedWithAReindexMessage) {
  testing::TempIndex index({testing::make_doc("bank", "card", "Card blocked", "Call us.")});
  {
    Xapian::WritableDatabase db(*Catalog(index.root()).current_generation("bank"), Xapian::DB_OPEN);
    db.set_metadata("kb.analyzer", "kb-icu/0");
    db.commit();
  }
  testing::TestServer server(index.root());
  int status = 0;
  const auto body = server.get_json("/v1/clients/bank/search?q=card", &status);
  EXPECT_EQ(status, 503);
  EXPECT_EQ(body["error"]["code"], "index_needs_rebuild");
  EXPECT_NE(body["error"]["message"].get<std::string>().find("kb-indexer build"), std::string::npos);
}

}  // namespace
}  // namespace kb

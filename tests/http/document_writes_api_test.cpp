// PUT, DELETE and POST (batch) on /v1/clients/{client}/documents: validated
// like the CLI, applied in one commit, searchable when the response comes.
#include <chrono>
#include <thread>

#include "tests/http/test_server.h"

namespace kb {
namespace {

class DocumentWritesApiTest : public ::testing::Test {
 protected:
  DocumentWritesApiTest()
      : index_({testing::make_doc("bank", "card", "Card blocked", "Call the helpline.")}),
        server_(index_.root()) {}

  nlohmann::json send(const std::string& method, const std::string& path, const std::string& body,
                      int* status) {
    auto client = server_.client();
    httplib::Result res = method == "PUT"    ? client.Put(path.c_str(), body, "application/json")
                          : method == "POST" ? client.Post(path.c_str(), body, "application/x-ndjson")
                                             : client.Delete(path.c_str());
    EXPECT_TRUE(res) << method << " " << path;
    if (!res) return {};
    *status = res->status;
    return nlohmann::json::parse(res->body, nullptr, false);
  }

  // Ids of the hits for `q`, in rank order.
  std::vector<std::string> hits(const std::string& q) {
    const auto body = server_.get_json("/v1/clients/bank/search?q=" + testing::url_encode(q));
    std::vector<std::string> ids;
    for (const auto& hit : body["hits"]) ids.push_back(hit["id"]);
    return ids;
  }

  std::vector<std::string> statuses(const nlohmann::json& body) {
    std::vector<std::string> out;
    for (const auto& r : body["results"]) out.push_back(r["status"]);
    return out;
  }

  testing::TempIndex index_;
  testing::TestServer server_;
};

TEST_F(DocumentWritesApiTest, PutAddsThenReplacesAndIsSearchableAtOnce) {
  int status = 0;
  auto body = send("PUT", "/v1/clients/bank/documents/upi",
                   R"({"id": "upi", "title": "UPI payment failed", "body": "Money returns."})",
                   &status);
  EXPECT_EQ(status, 201);
  EXPECT_EQ(body["status"], "added");
  EXPECT_EQ(hits("upi"), std::vector<std::string>{"upi"});

  body = send("PUT", "/v1/clients/bank/documents/upi",
              R"({"id": "upi", "title": "UPI payment failed", "body": "Money returns."})", &status);
  EXPECT_EQ(status, 200);
  EXPECT_EQ(body["status"], "unchanged");

  body = send("PUT", "/v1/clients/bank/documents/upi",
              R"({"id": "upi", "title": "UPI refund", "body": "Refunds take a day."})", &status);
  EXPECT_EQ(status, 200);
  EXPECT_EQ(body["status"], "replaced");
  EXPECT_TRUE(hits("payment").empty());
  EXPECT_EQ(hits("refund"), std::vector<std::string>{"upi"});
  EXPECT_EQ(server_.get_json("/v1/clients/bank/documents/upi")["body"], "Refunds take a day.");
}

// The server loads the client's tables after the commit, not the agent's
// next search.
TEST_F(DocumentWritesApiTest, AWriteWarmsTheTablesTheNextSearchUses) {
  int status = 0;
  const size_t before = server_.searchers().tables_loaded();
  send("PUT", "/v1/clients/bank/documents/upi",
       R"({"id": "upi", "title": "UPI payment failed", "body": "Money returns."})", &status);
  ASSERT_EQ(status, 201);
  // The hook runs once the response is sent: the vocabulary and the facet columns.
  for (int i = 0; i < 500 && server_.searchers().tables_loaded() < before + 2; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  const size_t warmed = server_.searchers().tables_loaded();
  EXPECT_EQ(warmed, before + 2);
  const auto body = server_.get_json("/v1/clients/bank/search?q=paymnt&facets=type");
  ASSERT_FALSE(body["hits"].empty()) << body;
  EXPECT_EQ(body["hits"][0]["id"], "upi");
  EXPECT_EQ(server_.searchers().tables_loaded(), warmed);
}

TEST_F(DocumentWritesApiTest, AnInvalidArticleIs422WithLineAndFieldAndChangesNothing) {
  struct Case {
    const char* name;
    std::string path;
    std::string body;
    std::string field;
    std::string message_part;
  };
  const Case cases[] = {
      {"missing title", "/v1/clients/bank/documents/card", "{\"id\": \"card\",\n\"body\": \"x\"}",
       "title", "request.json"},
      {"unknown field", "/v1/clients/bank/documents/card",
       "{\"id\": \"card\", \"title\": \"t\",\n \"body\": \"b\",\n \"colour\": \"red\"}", "colour",
       "request.json:3"},
      {"id differs from the URL", "/v1/clients/bank/documents/card",
       R"({"id": "other", "title": "t", "body": "b"})", "id", "the id in the URL"},
      {"not JSON", "/v1/clients/bank/documents/card", "{\"id\": ", "", "request.json:1"},
      {"bad id in the URL", "/v1/clients/bank/documents/a%20b",
       R"({"id": "a b", "title": "t", "body": "b"})", "id", "not an article id"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    int status = 0;
    const auto body = send("PUT", c.path, c.body, &status);
    EXPECT_EQ(status, 422);
    EXPECT_EQ(body["error"]["code"], "invalid_articles");
    if (c.field.empty()) {
      EXPECT_TRUE(body["error"]["field"].is_null()) << body;
    } else {
      EXPECT_EQ(body["error"]["field"], c.field) << body;
    }
    EXPECT_NE(body["error"]["message"].get<std::string>().find(c.message_part), std::string::npos)
        << body;
  }
  EXPECT_EQ(hits("card"), std::vector<std::string>{"card"});
  EXPECT_EQ(server_.get_json("/v1/clients/bank/documents/card")["title"], "Card blocked");
}

TEST_F(DocumentWritesApiTest, DeleteRemovesAndASecondDeleteIsNotFound) {
  int status = 0;
  auto body = send("DELETE", "/v1/clients/bank/documents/card", "", &status);
  EXPECT_EQ(status, 200);
  EXPECT_EQ(body["status"], "deleted");
  EXPECT_TRUE(hits("card").empty());
  body = send("DELETE", "/v1/clients/bank/documents/card", "", &status);
  EXPECT_EQ(status, 404);
  EXPECT_EQ(body["error"]["code"], "not_found");
}

TEST_F(DocumentWritesApiTest, AnUnknownClientIsNotFound) {
  int status = 0;
  const auto body = send("PUT", "/v1/clients/nobody/documents/a",
                         R"({"id": "a", "title": "t", "body": "b"})", &status);
  EXPECT_EQ(status, 404);
  EXPECT_EQ(body["error"]["code"], "not_found");
}

TEST_F(DocumentWritesApiTest, ABatchReportsEveryLineAndAppliesTheGoodOnes) {
  const std::string batch =
      R"({"id": "upi", "title": "UPI failed", "body": "Wait a day."})" "\n"
      R"({"id": "bad", "title": "No body"})" "\n"
      "\n"
      R"({"delete": "card"})" "\n"
      R"({"id": "pin", "title": "PIN reset", "body": "Use the app."})" "\n"
      R"({"id": "upi", "title": "Twice", "body": "x"})" "\n";
  int status = 0;
  const auto body = send("POST", "/v1/clients/bank/documents", batch, &status);
  EXPECT_EQ(status, 422);
  EXPECT_EQ(body["error"]["code"], "invalid_articles");
  EXPECT_EQ(statuses(body), (std::vector<std::string>{"added", "rejected", "deleted", "added",
                                                      "rejected"}));
  EXPECT_EQ(body["results"][1]["id"], "bad");
  EXPECT_NE(body["results"][1]["error"].get<std::string>().find("line 2: body:"),
            std::string::npos)
      << body;
  EXPECT_NE(body["results"][4]["error"].get<std::string>().find("already in this batch at line 1"),
            std::string::npos)
      << body;
  EXPECT_EQ(hits("upi"), std::vector<std::string>{"upi"});
  EXPECT_EQ(hits("pin"), std::vector<std::string>{"pin"});
  EXPECT_TRUE(hits("card").empty());
}

TEST_F(DocumentWritesApiTest, AnAtomicBatchWithARejectedArticleAppliesNothing) {
  const std::string batch =
      R"({"id": "upi", "title": "UPI failed", "body": "Wait a day."})" "\n"
      R"({"id": "bad", "title": "No body"})" "\n"
      R"({"delete": "card"})" "\n";
  int status = 0;
  auto body = send("POST", "/v1/clients/bank/documents?atomic=true", batch, &status);
  EXPECT_EQ(status, 422);
  EXPECT_EQ(statuses(body), (std::vector<std::string>{"not_applied", "rejected", "not_applied"}));
  EXPECT_TRUE(hits("upi").empty());
  EXPECT_EQ(hits("card"), std::vector<std::string>{"card"});

  const std::string good =
      R"({"id": "upi", "title": "UPI failed", "body": "Wait a day."})" "\n"
      R"({"delete": "card"})" "\n";
  body = send("POST", "/v1/clients/bank/documents?atomic=true", good, &status);
  EXPECT_EQ(status, 200);
  EXPECT_EQ(statuses(body), (std::vector<std::string>{"added", "deleted"}));
  EXPECT_EQ(hits("upi"), std::vector<std::string>{"upi"});
  EXPECT_TRUE(hits("card").empty());
}

TEST_F(DocumentWritesApiTest, ABatchOverTheDefaultLimitIs413AndAppliesNothing) {
  std::string batch;
  for (int i = 0; i < 1000; ++i) {
    batch += R"({"id": "a)" + std::to_string(i) + R"(", "title": "Limit", "body": "x"})" "\n";
  }
  batch += R"({"delete": "card"})" "\n";
  int status = 0;
  const auto body = send("POST", "/v1/clients/bank/documents", batch, &status);
  EXPECT_EQ(status, 413);
  EXPECT_EQ(body["error"]["code"], "payload_too_large");
  const std::string message = body["error"]["message"];
  EXPECT_NE(message.find("the batch has 1001 articles; at most 1000 are accepted per request"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("nothing was applied"), std::string::npos) << message;
  EXPECT_TRUE(hits("limit").empty());
  EXPECT_EQ(hits("card"), std::vector<std::string>{"card"});
}

TEST(DocumentBatchLimitApiTest, TheLimitIsConfigurableAndCountsNonBlankLines) {
  testing::TempIndex index({testing::make_doc("bank", "card", "Card blocked", "Call the helpline.")});
  testing::TestServer server(index.root(), {.max_batch_articles = 2});
  const std::string two =
      "\n" R"({"id": "upi", "title": "UPI failed", "body": "Wait a day."})" "\n \n"
      R"({"delete": "card"})" "\n\n";
  auto res = server.client().Post("/v1/clients/bank/documents", two, "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  const std::string three = two + R"({"id": "pin", "title": "PIN reset", "body": "Use the app."})";
  res = server.client().Post("/v1/clients/bank/documents", three, "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_NE(res->body.find("the batch has 3 articles; at most 2 are accepted"), std::string::npos)
      << res->body;
  EXPECT_EQ(server.get_json("/v1/clients/bank/search?q=pin")["total"], 0) << "nothing applied";
}

TEST_F(DocumentWritesApiTest, OtherMethodsOnTheDocumentPathsAre405WithAllow) {
  auto client = server_.client();
  auto res = client.Get("/v1/clients/bank/documents");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 405);
  EXPECT_EQ(res->get_header_value("Allow"), "POST");
  res = client.Patch("/v1/clients/bank/documents/card", "{}", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 405);
  EXPECT_EQ(res->get_header_value("Allow"), "GET, PUT, DELETE");
}

}  // namespace
}  // namespace kb

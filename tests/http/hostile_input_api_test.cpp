// Hostile requests: path tricks, NUL bytes, odd Unicode, invalid UTF-8,
// oversized lines, headers and bodies. Each gets a clear 4xx (never a 5xx,
// never another folder's data) and the server keeps serving.
#include "tests/http/test_server.h"

namespace kb {
namespace {

std::string repeat(const std::string& text, size_t times) {
  std::string out;
  for (size_t i = 0; i < times; ++i) out += text;
  return out;
}

class HostileInputApiTest : public ::testing::Test {
 protected:
  HostileInputApiTest()
      : index_({testing::make_doc("bank", "card-blocked", "Debit card blocked", "Unblock it.")}),
        server_(index_.root()) {}

  void expect_still_serving() {
    int status = 0;
    const auto body = server_.get_json("/v1/clients/bank/search?q=card", &status);
    EXPECT_EQ(status, 200);
    EXPECT_EQ(body["hits"][0]["id"], "card-blocked");
  }

  testing::TempIndex index_;
  testing::TestServer server_;
};

TEST_F(HostileInputApiTest, PathTricksAreRefusedWithA4xx) {
  const char* paths[] = {
      "/v1/clients/..%2F..%2Fetc/search?q=a",
      "/v1/clients/%2e%2e/search?q=a",
      "/v1/clients/../search?q=a",
      "/v1/clients/bank%00/search?q=a",
      "/v1/clients/bank%00x/documents/card-blocked",
      "/v1/clients/b%C3%A4nk/search?q=a",
      "/v1/clients/BANK/search?q=a",
      "/v1/clients/%2Fetc/search?q=a",
      "/v1/clients/bank/documents/..%2F..%2Fetc%2Fpasswd",
      "/v1/clients/bank/documents/%2Fetc%2Fpasswd",
      "/v1/clients/bank/documents/..",
      "/v1/clients/bank/documents/card-blocked%00",
      "/v1/clients/bank/documents/card%E2%80%8Bblocked",
      "/v1/clients/bank/documents/%FF%FE",
  };
  for (const char* path : paths) {
    auto res = server_.client().Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_GE(res->status, 400) << path;
    EXPECT_LT(res->status, 500) << path << ": " << res->body;
    EXPECT_EQ(res->body.find("root:"), std::string::npos) << path;
  }
  expect_still_serving();
}

TEST_F(HostileInputApiTest, BadQueriesNameTheParameter) {
  struct Case {
    std::string query_string;
    const char* field;
  };
  const Case cases[] = {
      {"q=card%FF", "q"},
      {"q=%C0%AF", "q"},
      {"q=" + std::string(1100, 'a'), "q"},
      {"q=a" + repeat("%20", 200) + "b", nullptr},
      {"q=a" + repeat("%20b", 31), nullptr},
      {"q=a" + repeat("%20b", 32), "q"},
      {"q=card&limit=0", "limit"},
      {"q=card&limit=1000000", "limit"},
      {"q=card&limit=-1", "limit"},
      {"q=card&limit=99999999999999999999999", "limit"},
      {"q=card&offset=99999999", "offset"},
  };
  for (const Case& c : cases) {
    int status = 0;
    const auto body = server_.get_json("/v1/clients/bank/search?" + c.query_string, &status);
    if (!c.field) {
      EXPECT_EQ(status, 200) << c.query_string;
      continue;
    }
    EXPECT_EQ(status, 400) << c.query_string << ": " << body.dump();
    EXPECT_EQ(body["error"]["code"], "invalid_request") << c.query_string;
    EXPECT_EQ(body["error"]["field"], c.field) << c.query_string << ": " << body.dump();
  }
  expect_still_serving();
}

TEST_F(HostileInputApiTest, OversizedRequestLinesAndHeadersAreRefused) {
  // cpp-httplib reads at most 8,192 bytes of request line and of each header.
  auto res = server_.client().Get("/v1/clients/bank/search?q=" + std::string(9000, 'a'));
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 414);
  httplib::Headers huge = {{"X-Filler", std::string(20000, 'x')}};
  res = server_.client().Get("/v1/clients/bank/search?q=card", huge);
  if (res) {
    EXPECT_GE(res->status, 400) << "an oversized header was accepted";
    EXPECT_LT(res->status, 500);
  }
  httplib::Headers many;
  for (int i = 0; i < 500; ++i) many.emplace("X-H" + std::to_string(i), std::string(10, 'y'));
  res = server_.client().Get("/v1/clients/bank/search?q=card", many);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 431);
  EXPECT_EQ(nlohmann::json::parse(res->body)["error"]["code"], "headers_too_large");
  // Under the count but over the bytes: 10 headers of 8,000 bytes.
  httplib::Headers large;
  for (int i = 0; i < 10; ++i) large.emplace("X-L" + std::to_string(i), std::string(8000, 'z'));
  res = server_.client().Get("/v1/clients/bank/search?q=card", large);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 431);
  expect_still_serving();
}

TEST(HostileBodyApiTest, BodiesOverTheLimitGet413) {
  testing::TempIndex index({testing::make_doc("bank", "a", "Card", "text")});
  Catalog catalog(index.root());
  SearcherPool searchers(catalog, SearcherOptions{});
  http::HttpServer server({.bind = "127.0.0.1", .port = 0, .threads = 2, .max_body_bytes = 1024},
                          http::ApiContext{&searchers, ""});
  auto port = server.bind();
  ASSERT_OK(port);
  std::thread thread([&] { server.listen(); });
  while (!server.is_running()) std::this_thread::yield();
  httplib::Client client("127.0.0.1", *port);
  client.set_read_timeout(10);
  auto res = client.Post("/v1/clients/bank/search", std::string(4096, 'x'), "application/json");
  server.stop();
  thread.join();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_NE(res->body.find("payload_too_large"), std::string::npos) << res->body;
}

}  // namespace
}  // namespace kb

// API keys over HTTP: every registered route behind the access check, 401,
// 403 and 429 with the usual error body, and tenant isolation.
#include <map>
#include <regex>

#include "indexer/index/corpus_indexer.h"
#include "server/access/sha256.h"
#include "server/http/access_check.h"
#include "tests/http/test_server.h"

namespace kb {
namespace {

constexpr const char* kBankSecret = "kb_bank-agents-secret";
constexpr const char* kShopAdminSecret = "kb_shop-admin-secret";
constexpr const char* kShopSearchSecret = "kb_shop-search-secret";
constexpr const char* kOpsSecret = "kb_ops-secret";

ApiKey make_key(const std::string& name, Role role, std::vector<std::string> clients,
                const std::string& secret) {
  ApiKey key;
  key.name = name;
  key.role = role;
  key.all_clients = clients == std::vector<std::string>{"*"};
  if (!key.all_clients) key.clients = std::move(clients);
  key.secret_sha256 = sha256_hex(secret);
  return key;
}

std::vector<ApiKey> test_keys() {
  return {make_key("bank-agents", Role::kSearch, {"bank"}, kBankSecret),
          make_key("shop-admin", Role::kAdmin, {"shop"}, kShopAdminSecret),
          make_key("shop-search", Role::kSearch, {"shop"}, kShopSearchSecret),
          make_key("ops", Role::kAdmin, {"*"}, kOpsSecret)};
}

// An article with a product and a tag, the values the facets count.
Document tenant_doc(const std::string& client, const std::string& id, const std::string& title,
                    const std::string& text, const std::string& product, const std::string& tag) {
  Document doc = testing::make_doc(client, id, title, text);
  doc.product = product;
  doc.tags = {tag};
  return doc;
}

// Two clients whose words, products and tags do not overlap: anything of
// the shop's in an answer about the bank is a leak.
const std::vector<Document>& tenant_docs() {
  static const std::vector<Document> docs = {
      tenant_doc("bank", "card-blocked", "Debit card blocked",
                 "Unblock the debit card from the netbanking page.", "debit-card", "cards"),
      tenant_doc("bank", "upi-pin", "Reset the UPI PIN", "Open the app and reset the PIN.", "upi",
                 "payments"),
      tenant_doc("shop", "zorblax-refund", "Zorblax quintessence refund",
                 "Refunds for zorblax quintessence orders take seven days.", "quuxotron",
                 "flimflam"),
      tenant_doc("shop", "zorblax-return", "Returning a zorblax",
                 "Ship the zorblax back within thirty days.", "quuxotron", "flimflam"),
  };
  return docs;
}

// `route.path` with its parameters filled in: {client} -> client, {id} ->
// id, anything else -> "sample".
std::string fill_path(const http::RouteInfo& route, const std::string& client,
                      const std::string& id) {
  std::string path = route.path;
  static const std::regex param(R"(\{([a-z_]+)\})");
  std::smatch m;
  while (std::regex_search(path, m, param)) {
    const std::string value = m[1] == "client" ? client : m[1] == "id" ? id : "sample";
    path.replace(m.position(0), m.length(0), value);
  }
  return path;
}

httplib::Result call(const testing::TestServer& server, const std::string& method,
                     const std::string& path, const char* secret) {
  httplib::Request req;
  req.method = method;
  req.path = path;
  if (secret) req.headers.emplace("Authorization", std::string("Bearer ") + secret);
  if (method == "POST" || method == "PUT") {
    req.body = "{}";
    req.headers.emplace("Content-Type", "application/json");
  }
  return server.client().send(req);
}

nlohmann::json body_of(const httplib::Result& res) {
  return nlohmann::json::parse(res->body, nullptr, /*allow_exceptions=*/false);
}

class AccessApiTest : public ::testing::Test {
 protected:
  AccessApiTest()
      : index_(tenant_docs()),
        policy_(test_keys()),
        server_(index_.root(), {.analytics_dir = analytics_.path().string(), .access = &policy_}) {}

  testing::TempIndex index_;
  AccessPolicy policy_;
  testing::TempDir analytics_;
  testing::TestServer server_;
};

TEST_F(AccessApiTest, EveryRouteNamingAClientRefusesAnotherClientsKey) {
  size_t checked = 0;
  for (const http::RouteInfo& route : http::api_routes()) {
    if (http::client_capture(route) == 0) continue;
    const std::string path = fill_path(route, "bank", "card-blocked");
    // The shop's admin key may do everything, but only for the shop.
    for (const char* secret : {kShopAdminSecret, kShopSearchSecret}) {
      auto res = call(server_, route.method, path, secret);
      ASSERT_TRUE(res) << route.method << " " << path;
      EXPECT_EQ(res->status, 403) << route.method << " " << path << ": " << res->body;
      EXPECT_EQ(body_of(res)["error"]["code"], "forbidden") << res->body;
      EXPECT_EQ(res->body.find("Debit card"), std::string::npos) << res->body;
    }
    ++checked;
  }
  EXPECT_GE(checked, 2u) << "the search and document routes name a client";
}

TEST_F(AccessApiTest, EveryRouteButThePublicOnesNeedsAKnownKey) {
  for (const http::RouteInfo& route : http::api_routes()) {
    const std::string path = fill_path(route, "bank", "card-blocked");
    for (const char* secret : {static_cast<const char*>(nullptr), "kb_not-a-key"}) {
      auto res = call(server_, route.method, path, secret);
      ASSERT_TRUE(res) << route.method << " " << path;
      if (route.access == Access::kPublic) {
        EXPECT_NE(res->status, 401) << route.method << " " << path;
        continue;
      }
      EXPECT_EQ(res->status, 401) << route.method << " " << path << ": " << res->body;
      EXPECT_EQ(body_of(res)["error"]["code"], "unauthorized") << res->body;
      EXPECT_EQ(res->get_header_value("WWW-Authenticate"), "Bearer realm=\"kbsearch\"");
    }
  }
}

TEST_F(AccessApiTest, AdminRoutesRefuseSearchKeys) {
  for (const http::RouteInfo& route : http::api_routes()) {
    if (route.access != Access::kAdmin) continue;
    const std::string path = fill_path(route, "shop", "zorblax-refund");
    auto res = call(server_, route.method, path, kShopSearchSecret);
    ASSERT_TRUE(res) << route.method << " " << path;
    EXPECT_EQ(res->status, 403) << route.method << " " << path << ": " << res->body;
  }
}

TEST_F(AccessApiTest, RoutesThatNameAClientAreNotPublic) {
  for (const http::RouteInfo& route : http::api_routes()) {
    if (http::client_capture(route) == 0) continue;
    EXPECT_NE(route.access, Access::kPublic) << route.method << " " << route.path;
  }
}

TEST_F(AccessApiTest, TheRightKeyIsServed) {
  auto res = call(server_, "GET", "/v1/clients/bank/search?q=card", kBankSecret);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(body_of(res)["hits"][0]["id"], "card-blocked");
  res = call(server_, "GET", "/v1/clients/shop/documents/zorblax-refund", kOpsSecret);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  // The scheme name is case-insensitive.
  httplib::Headers headers = {{"Authorization", std::string("bearer ") + kBankSecret}};
  res = server_.client().Get("/v1/clients/bank/search?q=card", headers);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  headers = {{"Authorization", std::string("Basic ") + kBankSecret}};
  res = server_.client().Get("/v1/clients/bank/search?q=card", headers);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);
}

TEST_F(AccessApiTest, ClientListShowsOnlyTheKeysClients) {
  struct Case {
    const char* secret;
    std::vector<std::string> clients;
  };
  const Case cases[] = {{kBankSecret, {"bank"}},
                        {kShopSearchSecret, {"shop"}},
                        {kOpsSecret, {"bank", "shop"}}};
  for (const Case& c : cases) {
    auto res = call(server_, "GET", "/v1/clients", c.secret);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200);
    const nlohmann::json body = body_of(res);
    std::vector<std::string> names;
    for (const auto& client : body["clients"]) names.push_back(client["name"]);
    EXPECT_EQ(names, c.clients) << c.secret;
  }
}

// Whether a GET route naming a client reads a query (q).
bool takes_query(const http::RouteInfo& route) {
  return route.path.ends_with("/search") || route.path.ends_with("/suggest");
}

// The query string this test sends `route`: only the parameters it accepts
// (an unknown one is a 400, which would check nothing), and on search every
// facet, so the counts are looked at too.
std::string query_string(const http::RouteInfo& route, const std::string& q) {
  std::string params = "?limit=10";
  if (takes_query(route)) params += "&q=" + testing::url_encode(q);
  if (route.path.ends_with("/search")) params += "&facets=type,language,product,tag";
  return params;
}

TEST_F(AccessApiTest, FacetsCountTheClientsProductsAndTags) {
  auto res = call(server_, "GET", "/v1/clients/bank/search?q=card&facets=product,tag", kOpsSecret);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const nlohmann::json facets = body_of(res)["facets"];
  EXPECT_EQ(facets["product"][0]["value"], "debit-card") << facets;
  EXPECT_EQ(facets["tag"][0]["value"], "cards") << facets;
}

// Nothing that exists only in the shop's articles shows up in any answer
// about the bank: hits, titles, snippets, facets, related articles,
// rewrites, suggestions or corrections, whatever the query (empty, a prefix,
// a typo, a placeholder). Answers echo the query and id, so only the words
// in neither are looked for.
TEST_F(AccessApiTest, NoAnswerAboutOneClientCarriesAnothersWords) {
  const std::vector<std::string> shop_only = {"zorblax",   "quintessence", "Zorblax",
                                              "seven days", "zorblax-refund", "thirty",
                                              "quuxotron", "Quuxotron",    "flimflam"};
  const std::vector<std::string> queries = {"zorblax",  "zorbla", "zorblax quintessence",
                                            "quintessance", "zorblax-refund", "\"zorblax\"",
                                            "",         "*",      "%",
                                            "card zorblax", "quuxotron", "flimfla"};
  std::map<std::string, size_t> served;  // route path -> 200 answers checked
  for (const http::RouteInfo& route : http::api_routes()) {
    if (route.method != "GET" || http::client_capture(route) == 0) continue;
    // Analytics repeat the queries sent to this client, this test's own
    // included; that they stay per client is analytics_api_test's to check.
    if (route.path.ends_with("/analytics")) continue;
    served[route.path] = 0;
    for (const std::string& id : {std::string("card-blocked"), std::string("zorblax-refund")}) {
      for (const std::string& q : takes_query(route) ? queries : std::vector<std::string>{""}) {
        const std::string path = fill_path(route, "bank", id) + query_string(route, q);
        auto res = call(server_, "GET", path, kOpsSecret);
        ASSERT_TRUE(res) << path;
        EXPECT_LT(res->status, 500) << path << ": " << res->body;
        if (res->status == 200) ++served[route.path];
        for (const std::string& word : shop_only) {
          if (q.find(word) != std::string::npos || id.find(word) != std::string::npos) continue;
          EXPECT_EQ(res->body.find(word), std::string::npos)
              << path << " leaked '" << word << "': " << res->body;
        }
      }
    }
  }
  EXPECT_TRUE(served.contains("/v1/clients/{client}/documents/{id}/related"));
  for (const auto& [path, answers] : served) {
    EXPECT_GT(answers, 0u) << path << " never answered 200, so nothing of it was checked";
  }
}

// GET /v1/jobs/{id} names no client in its path: the job's own client is
// checked instead, so a key sees only its clients' jobs.
TEST(AccessJobsTest, AJobIsSeenOnlyWithAKeyForItsClient) {
  testing::TempDir corpus;
  testing::TempDir index;
  for (const std::string client : {"bank", "shop"}) {
    corpus.write(client + "/client.json", R"({"name": "N", "default_language": "en"})");
    corpus.write(client + "/faq.jsonl",
                 R"({"id": "a", "title": "Card blocked", "body": "Call the helpline."})" "\n");
  }
  CorpusIndexerOptions options;
  options.corpus_root = corpus.path().string();
  options.index_root = index.path().string();
  ASSERT_TRUE(build_corpus(options).ok());
  AccessPolicy policy(test_keys());
  testing::TestServer server(index.path().string(),
                             {.corpus_root = corpus.path().string(), .access = &policy});

  auto res = call(server, "POST", "/v1/clients/bank/reindex", kOpsSecret);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 202) << res->body;
  const std::string bank_job = "/v1/jobs/" + body_of(res)["id"].get<std::string>();
  res = call(server, "POST", "/v1/clients/shop/reindex", kShopAdminSecret);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 202) << res->body;
  const std::string shop_job = "/v1/jobs/" + body_of(res)["id"].get<std::string>();

  res = call(server, "GET", bank_job, kShopAdminSecret);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403) << res->body;
  const nlohmann::json refused = body_of(res);
  EXPECT_EQ(refused["error"]["code"], "forbidden") << res->body;
  EXPECT_TRUE(refused["error"]["field"].is_null()) << res->body;
  EXPECT_NE(refused["error"]["message"].get<std::string>().find("key 'shop-admin' may not use"),
            std::string::npos)
      << res->body;
  EXPECT_EQ(res->body.find("bank"), std::string::npos) << "names the other client: " << res->body;

  res = call(server, "GET", shop_job, kShopAdminSecret);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(body_of(res)["client"], "shop");
  res = call(server, "GET", bank_job, kOpsSecret);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(body_of(res)["client"], "bank");
  // A search key is refused by its role before the job is looked up.
  res = call(server, "GET", bank_job, kBankSecret);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403) << res->body;
  res = call(server, "GET", "/v1/jobs/reindex-99", kShopAdminSecret);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404) << res->body;
  EXPECT_EQ(body_of(res)["error"]["code"], "not_found") << res->body;
}

TEST(AccessRateLimitTest, OverTheLimitIs429WithRetryAfter) {
  testing::TempIndex index(tenant_docs());
  AccessPolicy policy(test_keys(), {RateLimit{0.01, 3}});
  testing::TestServer server(index.root(), {.access = &policy});
  for (int i = 0; i < 3; ++i) {
    auto res = call(server, "GET", "/v1/clients/bank/search?q=card", kBankSecret);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << i;
  }
  auto res = call(server, "GET", "/v1/clients/bank/search?q=card", kBankSecret);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 429);
  EXPECT_EQ(body_of(res)["error"]["code"], "rate_limited");
  const int retry_after = std::atoi(res->get_header_value("Retry-After").c_str());
  EXPECT_GE(retry_after, 1);
  EXPECT_LE(retry_after, 100);
  // Another key has its own bucket; public routes are never limited.
  res = call(server, "GET", "/v1/clients/shop/search?q=zorblax", kShopSearchSecret);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  res = call(server, "GET", "/healthz", nullptr);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

TEST(AccessCheckTest, ClientCaptureIsThePositionOfTheClientParameter) {
  struct Case {
    const char* path;
    size_t capture;
  };
  const Case cases[] = {{"/v1/clients", 0},
                        {"/v1/clients/{client}/search", 1},
                        {"/v1/clients/{client}/documents/{id}", 1},
                        {"/v1/jobs/{id}", 0},
                        {"/v1/x/{id}/{client}", 2}};
  for (const Case& c : cases) {
    EXPECT_EQ(http::client_capture({"GET", c.path}), c.capture) << c.path;
  }
}

}  // namespace
}  // namespace kb

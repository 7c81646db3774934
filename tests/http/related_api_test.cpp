// Related articles over HTTP, on the sample corpus.
#include <set>

#include "tests/http/test_server.h"

namespace kb {
namespace {

class RelatedApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new testing::TestServer(testing::corpus_index_root()); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static testing::TestServer* server_;
};

testing::TestServer* RelatedApiTest::server_ = nullptr;

TEST_F(RelatedApiTest, RelatedArticlesAreOfTheSameClientAndNeverTheArticle) {
  int status = 0;
  const auto body =
      server_->get_json("/v1/clients/vayu-mobile/documents/sim-activation-en/related", &status);
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["client"], "vayu-mobile");
  EXPECT_EQ(body["id"], "sim-activation-en");
  ASSERT_FALSE(body["related"].empty());
  EXPECT_LE(body["related"].size(), 5u);
  std::set<std::string> ids;
  for (const auto& article : body["related"]) {
    const std::string id = article["id"];
    ids.insert(id);
    EXPECT_NE(id, "sim-activation-en");
    for (const char* key : {"title", "url", "type", "language", "product", "tags", "score",
                            "updated_at"}) {
      EXPECT_TRUE(article.contains(key)) << key;
    }
    int doc_status = 0;
    server_->get_json("/v1/clients/vayu-mobile/documents/" + id, &doc_status);
    EXPECT_EQ(doc_status, 200) << id << " is not a vayu-mobile article";
  }
  EXPECT_TRUE(ids.count("sim-replacement-en") || ids.count("sim-card-faq-en"))
      << body.dump(1);
}

TEST_F(RelatedApiTest, LimitAndErrors) {
  int status = 0;
  auto body = server_->get_json(
      "/v1/clients/vayu-mobile/documents/sim-activation-en/related?limit=1", &status);
  EXPECT_EQ(status, 200);
  EXPECT_EQ(body["related"].size(), 1u);
  const std::string doc = "/v1/clients/vayu-mobile/documents/sim-activation-en/related";
  testing::expect_api_errors(
      *server_, {
                    {"/v1/clients/vayu-mobile/documents/nothing/related", 404, "not_found", "id"},
                    {"/v1/clients/nobody/documents/sim-activation-en/related", 404, "not_found",
                     "client"},
                    {"/v1/clients/bazaarly/documents/sim-activation-en/related", 404, "not_found",
                     "id"},
                    {doc + "?limit=0", 400, "invalid_request", "limit"},
                    {doc + "?limit=21", 400, "invalid_request", "limit"},
                    {doc + "?q=x", 400, "invalid_request", "q"},
                });
}

}  // namespace
}  // namespace kb

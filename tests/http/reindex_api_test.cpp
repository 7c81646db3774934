// POST /v1/clients/{client}/reindex and GET /v1/jobs/{id}; the body limit.
#include <thread>

#include "indexer/index/corpus_indexer.h"
#include "tests/http/test_server.h"

namespace kb {
namespace {

class ReindexApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_.write("bank/client.json", R"({"name": "Sahyog Bank", "default_language": "en"})");
    corpus_.write("bank/faq.jsonl",
                  R"({"id": "card", "title": "Card blocked", "body": "Call the helpline."})" "\n");
    CorpusIndexerOptions options;
    options.corpus_root = corpus_.path().string();
    options.index_root = index_.path().string();
    ASSERT_TRUE(build_corpus(options).ok());
  }

  // Polls the job until it is no longer queued or running.
  nlohmann::json wait_for(const testing::TestServer& server, const std::string& id) {
    nlohmann::json job;
    for (int i = 0; i < 3000; ++i) {
      job = server.get_json("/v1/jobs/" + id);
      if (job["state"] != "queued" && job["state"] != "running") break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return job;
  }

  testing::TempDir corpus_;
  testing::TempDir index_;
};

TEST_F(ReindexApiTest, AJobRebuildsTheClientFromItsCorpusAndReportsIt) {
  testing::TestServer server(index_.path().string(), {.corpus_root = corpus_.path().string()});
  corpus_.write("bank/faq.jsonl",
                R"({"id": "card", "title": "Card blocked", "body": "Call the helpline."})" "\n"
                R"({"id": "upi", "title": "UPI failed", "body": "Wait a day."})" "\n"
                R"({"id": "bad", "title": "No body"})" "\n");
  const size_t tables_before = server.searchers().tables_loaded();
  auto res = server.client().Post("/v1/clients/bank/reindex", "", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 202);
  const auto queued = nlohmann::json::parse(res->body);
  const std::string id = queued["id"];
  EXPECT_EQ(res->get_header_value("Location"), "/v1/jobs/" + id);
  EXPECT_EQ(queued["client"], "bank");

  const auto job = wait_for(server, id);
  EXPECT_EQ(job["state"], "succeeded") << job;
  EXPECT_EQ(job["result"]["documents"], 2);
  EXPECT_EQ(job["result"]["added"], 1);
  EXPECT_EQ(job["result"]["unchanged"], 1);
  EXPECT_EQ(job["progress"]["done"], 2);
  EXPECT_EQ(job["rejected_count"], 1);
  EXPECT_NE(job["rejected"][0].get<std::string>().find("faq.jsonl:3: body"), std::string::npos)
      << job;
  // The rebuilt client's tables were loaded before the job succeeded.
  EXPECT_EQ(server.searchers().tables_loaded(), tables_before + 2);
  const auto hits = server.get_json("/v1/clients/bank/search?q=upi")["hits"];
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]["id"], "upi");
  EXPECT_EQ(server.searchers().tables_loaded(), tables_before + 2);
}

TEST_F(ReindexApiTest, UnknownClientsJobsAndAMissingCorpusAreClearErrors) {
  testing::TestServer server(index_.path().string(), {.corpus_root = corpus_.path().string()});
  auto res = server.client().Post("/v1/clients/nobody/reindex", "", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  EXPECT_NE(res->body.find("no client 'nobody' in the corpus"), std::string::npos) << res->body;
  int status = 0;
  EXPECT_EQ(server.get_json("/v1/jobs/reindex-99", &status)["error"]["code"], "not_found");
  EXPECT_EQ(status, 404);

  testing::TestServer without_corpus(index_.path().string());
  res = without_corpus.client().Post("/v1/clients/bank/reindex", "", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 503);
  EXPECT_NE(res->body.find("--corpus"), std::string::npos) << res->body;
}

TEST_F(ReindexApiTest, ABodyOverTheLimitIs413AndChangesNothing) {
  testing::TestServer server(index_.path().string(), {.max_body_bytes = 1024});
  std::string batch;
  while (batch.size() <= 1024) {
    batch += R"({"id": "x)" + std::to_string(batch.size()) + R"(", "title": "t", "body": "b"})" "\n";
  }
  auto res = server.client().Post("/v1/clients/bank/documents", batch, "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_EQ(nlohmann::json::parse(res->body)["error"]["code"], "payload_too_large");
  EXPECT_EQ(server.get_json("/v1/clients")["clients"][0]["documents"], 1);
}

}  // namespace
}  // namespace kb

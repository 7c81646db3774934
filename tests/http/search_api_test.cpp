// Searching the sample corpus over HTTP, as an agent's search box does.
#include <atomic>
#include <cstdlib>
#include <set>
#include <thread>

#include "indexer/index/corpus_indexer.h"
#include "tests/http/test_server.h"

namespace kb {
namespace {

class SearchApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new testing::TestServer(testing::corpus_index_root()); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }

  static nlohmann::json search(const std::string& client, const std::string& q,
                               const std::string& extra = "") {
    int status = 0;
    auto body = server_->get_json(
        "/v1/clients/" + client + "/search?q=" + testing::url_encode(q) + extra, &status);
    EXPECT_EQ(status, 200) << q << " " << body.dump();
    return body;
  }

  static testing::TestServer* server_;
};

testing::TestServer* SearchApiTest::server_ = nullptr;

struct ExpectedFirst {
  const char* client;
  const char* query;
  const char* first_id;
};

TEST_F(SearchApiTest, EachLanguageFindsTheArticleAPersonWouldExpectFirst) {
  const ExpectedFirst cases[] = {
      {"vayu-mobile", "activate new sim", "sim-activation-en"},
      {"vayu-mobile", "mobile data not working", "mobile-data-not-working-en"},
      {"vayu-mobile", "रिचार्ज नहीं हो रहा", "recharge-failed-hi"},
      {"vayu-mobile", "बैलेंस कितना है", "balance-check-hi"},
      {"vayu-mobile", "রিচার্জ হচ্ছে না", "recharge-failed-bn"},
      {"vayu-mobile", "ரீசார்ஜ் ஆகவில்லை", "recharge-failed-ta"},
      {"vayu-mobile", "เติมเงินไม่สำเร็จ", "topup-failed-th"},
      {"sahyog-bank", "upi payment failed money deducted", "upi-payment-failed-en"},
      {"sahyog-bank", "पैसे कट गए यूपीआई", "upi-payment-failed-hi"},
      {"sahyog-bank", "net banking password reset", "net-banking-password-reset-en"},
      {"bazaarly", "refund status", "refund-status-en"},
      {"bazaarly", "रिफंड कब आएगा", "refund-status-hi"},
      {"bazaarly", "ऑर्डर नहीं आया", "order-not-delivered-hi"},
  };
  for (const auto& c : cases) {
    const auto body = search(c.client, c.query);
    ASSERT_FALSE(body["hits"].empty()) << c.query;
    EXPECT_EQ(body["hits"][0]["id"], c.first_id) << c.query << "\n" << body.dump(1);
  }
}

TEST_F(SearchApiTest, ResponsesHaveTheDocumentedShape) {
  const auto body = search("vayu-mobile", "sim", "&limit=3");
  EXPECT_EQ(body["query"], "sim");
  EXPECT_EQ(body["client"], "vayu-mobile");
  EXPECT_GE(body["total"].get<int>(), 3);
  EXPECT_GE(body["took_ms"].get<double>(), 0.0);
  ASSERT_EQ(body["hits"].size(), 3u);
  for (const auto& hit : body["hits"]) {
    for (const char* key : {"id", "title", "snippet", "url", "type", "language", "product", "tags",
                            "score", "updated_at"}) {
      EXPECT_TRUE(hit.contains(key)) << key;
    }
  }
}

TEST_F(SearchApiTest, SnippetsHighlightMatchesInEveryScript) {
  const std::pair<std::string, std::string> cases[] = {
      {"vayu-mobile", "recharge failed"},
      {"vayu-mobile", "रिचार्ज"},
      {"vayu-mobile", "রিচার্জ"},
      {"vayu-mobile", "ரீசார்ஜ்"},
      {"vayu-mobile", "เติมเงิน"},
  };
  for (const auto& [client, query] : cases) {
    const auto body = search(client, query);
    ASSERT_FALSE(body["hits"].empty()) << query;
    EXPECT_NE(body["hits"][0]["snippet"].get<std::string>().find("<mark>"), std::string::npos)
        << query << ": " << body["hits"][0]["snippet"];
  }
}

TEST_F(SearchApiTest, AHindiSuffixVariantIsHighlighted) {
  // The query has भुगतानों (payments); the articles say भुगतान (payment).
  const auto body = search("vayu-mobile", "भुगतानों", "&lang=hi&limit=20");
  bool found = false;
  for (const auto& hit : body["hits"]) {
    found |= hit["snippet"].get<std::string>().find("<mark>भुगतान</mark>") != std::string::npos;
  }
  EXPECT_TRUE(found) << body.dump(1);
}

TEST_F(SearchApiTest, FiltersNarrowTheHits) {
  for (const char* type : {"faq", "guide", "policy"}) {
    const auto body = search("vayu-mobile", "sim recharge data", std::string("&limit=100&type=") + type);
    ASSERT_FALSE(body["hits"].empty()) << type;
    for (const auto& hit : body["hits"]) EXPECT_EQ(hit["type"], type);
  }
  const auto hindi = search("vayu-mobile", "रिचार्ज sim", "&lang=hi&limit=100");
  ASSERT_FALSE(hindi["hits"].empty());
  for (const auto& hit : hindi["hits"]) EXPECT_EQ(hit["language"], "hi");
  const auto both = search("vayu-mobile", "रिचार्ज sim recharge", "&lang=hi,en&limit=100");
  std::set<std::string> languages;
  for (const auto& hit : both["hits"]) languages.insert(hit["language"].get<std::string>());
  EXPECT_EQ(languages, (std::set<std::string>{"en", "hi"}));
}

TEST_F(SearchApiTest, NoClientSeesAnotherClientsArticles) {
  // Words that occur only in the telecom's articles find nothing elsewhere
  // as typed, in any script. ("apn" would: it is also how Hinglish types
  // अपना.) With rewrites on, a typo correction may find the other client's
  // own similar words ("recharge" -> "charge"), but never a telecom article.
  for (const char* q : {"recharge", "roaming", "sim", "vayunet", "volte"}) {
    EXPECT_TRUE(search("vayu-mobile", q)["total"].get<int>() > 0) << q;
    for (const char* other : {"sahyog-bank", "bazaarly"}) {
      EXPECT_EQ(search(other, q, "&exact=true")["total"], 0) << q;
      const auto answer = search(other, q, "&limit=100");
      for (const auto& hit : answer["hits"]) {
        int status = 0;
        server_->get_json(std::string("/v1/clients/") + other + "/documents/" +
                              hit["id"].get<std::string>(),
                          &status);
        EXPECT_EQ(status, 200) << other << " answered '" << q << "' with " << hit["id"];
        EXPECT_EQ(hit["id"].get<std::string>().find("vayu"), std::string::npos);
      }
    }
  }
}

// The version in a hit's title ("Card help 3 v5" -> 5), or -1.
int version_of(const nlohmann::json& hit) {
  const std::string title = hit["title"];
  const size_t v = title.rfind(" v");
  return v == std::string::npos ? -1 : std::atoi(title.c_str() + v + 2);
}

// Searches in a loop while the index is rebuilt in every way it can be:
// kb-indexer's incremental run, its --full run and POST /reindex. Every
// response is a 200 with all the articles, of one version (never a mix),
// and no response goes back to an older version than one before it.
TEST(SearchApiRebuildTest, AnIndexRebuiltWhileServingIsPickedUpWithoutAFailedRequest) {
  constexpr int kArticles = 20;
  testing::TempDir corpus;
  corpus.write("bank/client.json", R"({"name": "Bank", "default_language": "en"})");
  auto write_articles = [&](int version) {
    std::string lines;
    for (int i = 0; i < kArticles; ++i) {
      lines += R"({"id": "a)" + std::to_string(i) + R"(", "title": "Card help )" +
               std::to_string(i) + " v" + std::to_string(version) +
               R"(", "body": "card version)" + std::to_string(version) + R"("})" "\n";
    }
    corpus.write("bank/faq.jsonl", lines);
  };
  write_articles(0);
  testing::TempDir index;
  CorpusIndexerOptions options;
  options.corpus_root = corpus.path().string();
  options.index_root = index.path().string();
  ASSERT_TRUE(build_corpus(options).ok());
  testing::TestServer server(index.path().string(), {.corpus_root = corpus.path().string()});

  std::atomic<bool> done{false};
  std::atomic<int> requests{0};
  std::vector<std::string> failures;  // the searcher's alone until joined
  std::thread searcher([&] {
    auto client = server.client();
    int newest = 0;
    while (!done) {
      auto res = client.Get("/v1/clients/bank/search?q=card&limit=100");
      ++requests;
      if (!res || res->status != 200) {
        failures.push_back(res ? "status " + std::to_string(res->status) : "no response");
        continue;
      }
      const auto hits = nlohmann::json::parse(res->body)["hits"];
      std::set<int> versions;
      for (const auto& hit : hits) versions.insert(version_of(hit));
      if (hits.size() != kArticles || versions.size() != 1) {
        failures.push_back(std::to_string(hits.size()) + " hits of " +
                           std::to_string(versions.size()) + " versions");
      } else if (*versions.begin() < newest) {
        failures.push_back("back from v" + std::to_string(newest) + " to v" +
                           std::to_string(*versions.begin()));
      } else {
        newest = *versions.begin();
      }
    }
  });
  CorpusIndexerOptions full = options;
  full.force = true;
  constexpr int kVersions = 9;
  for (int version = 1; version <= kVersions; ++version) {
    write_articles(version);
    switch (version % 3) {
      case 1: ASSERT_TRUE(build_corpus(options).ok()); break;  // incremental, in place
      case 2: ASSERT_TRUE(build_corpus(full).ok()); break;     // a new generation
      case 0: {
        auto res = server.client().Post("/v1/clients/bank/reindex", "", "application/json");
        ASSERT_TRUE(res);
        ASSERT_EQ(res->status, 202) << res->body;
        const std::string job =
            "/v1/jobs/" + nlohmann::json::parse(res->body)["id"].get<std::string>();
        nlohmann::json state;
        for (int i = 0; i < 1000; ++i) {
          state = server.get_json(job)["state"];
          if (state != "queued" && state != "running") break;
          std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        ASSERT_EQ(state, "succeeded");
        break;
      }
    }
  }
  int status = 0;
  const auto body =
      server.get_json("/v1/clients/bank/search?q=version" + std::to_string(kVersions), &status);
  done = true;
  searcher.join();
  EXPECT_EQ(status, 200);
  EXPECT_EQ(body["total"], kArticles) << "the last build is served without a restart";
  EXPECT_GT(requests.load(), 0);
  EXPECT_TRUE(failures.empty()) << failures.size() << " of " << requests.load()
                                << " responses failed, the first: " << failures.front();
}

}  // namespace
}  // namespace kb

namespace kb {
namespace {

TEST(SearchApiEscapingTest, HtmlInAnArticleCannotInjectMarkupIntoSnippetsOrTitles) {
  testing::TempIndex index({testing::make_doc(
      "shop", "evil", "<img src=x onerror=alert(1)> Refund",
      "Refund <script>alert('x')</script> now <b>bold</b> & more")});
  testing::TestServer server(index.root());
  int status = 0;
  const auto body = server.get_json("/v1/clients/shop/search?q=refund", &status);
  ASSERT_EQ(status, 200);
  ASSERT_EQ(body["hits"].size(), 1u);
  const std::string snippet = body["hits"][0]["snippet"];
  EXPECT_EQ(snippet.find("<script"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.find("<b>"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("&lt;script&gt;"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("<mark>Refund</mark>"), std::string::npos) << snippet;
  // Titles are plain JSON strings; the page escapes them (web/index.html).
  EXPECT_EQ(body["hits"][0]["title"], "<img src=x onerror=alert(1)> Refund");
}

}  // namespace
}  // namespace kb

#include "server/http/json_codec.h"

#include "tests/test_util.h"

namespace kb::http {
namespace {

using nlohmann::json;

SearchHit hit(const std::string& id, const std::string& url) {
  SearchHit h;
  h.document.id = id;
  h.document.title = "Reset \"PIN\"";
  h.document.url = url;
  h.document.type = "faq";
  h.document.language = "en";
  h.document.tags = {"card", "pin"};
  h.document.updated_at = "2026-01-02";
  h.score = 12.5;
  h.snippet = "how to <mark>reset</mark> a PIN";
  return h;
}

TEST(JsonCodecTest, SearchResultsHaveTheDocumentedShape) {
  SearchResults r;
  r.query = "reset pin";
  r.client = "bank";
  r.total = 42;
  r.took_ms = 1.25;
  r.rewrites = {{"pin", "pins", "stem"}};
  r.confidence = 0.5;
  r.confident = true;
  r.facets = {{"type", {{"faq", 30}, {"guide", 12}}}, {"tag", {}}};
  r.facets_exact = false;
  r.hits = {hit("a1", "https://x/a1"), hit("a2", "")};

  const json j = json::parse(write_json(r));
  EXPECT_EQ(j["query"], "reset pin");
  EXPECT_EQ(j["client"], "bank");
  EXPECT_EQ(j["total"], 42);
  EXPECT_EQ(j["took_ms"], 1.25);
  EXPECT_EQ(j["rewrites"], json::parse(R"([{"from":"pin","to":"pins","why":"stem"}])"));
  EXPECT_TRUE(j["did_you_mean"].is_null());
  EXPECT_EQ(j["confidence"], 0.5);
  EXPECT_EQ(j["confident"], true);
  EXPECT_EQ(j["facets"], json::parse(R"({"type":[{"value":"faq","count":30},
                                                 {"value":"guide","count":12}],"tag":[]})"));
  EXPECT_EQ(j["facets_exact"], false);
  ASSERT_EQ(j["hits"].size(), 2u);
  EXPECT_EQ(j["hits"][0], json::parse(R"({"id":"a1","title":"Reset \"PIN\"","url":"https://x/a1",
      "type":"faq","language":"en","product":null,"tags":["card","pin"],"score":12.5,
      "updated_at":"2026-01-02","snippet":"how to <mark>reset</mark> a PIN"})"));
  EXPECT_TRUE(j["hits"][1]["url"].is_null());
  EXPECT_EQ(j.size(), 11u);
}

TEST(JsonCodecTest, EmptySearchResultsStillHaveEveryMember) {
  const json j = json::parse(write_json(SearchResults{}));
  EXPECT_TRUE(j["rewrites"].is_array() && j["rewrites"].empty());
  EXPECT_TRUE(j["facets"].is_object() && j["facets"].empty());
  EXPECT_TRUE(j["hits"].is_array() && j["hits"].empty());
  EXPECT_TRUE(j["took_ms"].is_number_float());
}

TEST(JsonCodecTest, SuggestionsAndRelatedArticlesHaveTheDocumentedShape) {
  Suggestions s;
  s.query = "res";
  s.client = "bank";
  s.took_ms = 0.5;
  s.suggestions = {{"Reset your PIN", "title", 3}};
  EXPECT_EQ(json::parse(write_json(s)), json::parse(R"({"query":"res","client":"bank",
      "took_ms":0.5,"suggestions":[{"text":"Reset your PIN","kind":"title","articles":3}]})"));

  RelatedArticles related;
  related.client = "bank";
  related.id = "a1";
  related.articles = {hit("a2", "")};
  const json j = json::parse(write_json(related));
  EXPECT_EQ(j["client"], "bank");
  EXPECT_EQ(j["id"], "a1");
  ASSERT_EQ(j["related"].size(), 1u);
  EXPECT_EQ(j["related"][0]["id"], "a2");
  EXPECT_FALSE(j["related"][0].contains("snippet"));
  EXPECT_EQ(j["related"][0].size(), 9u);
}

}  // namespace
}  // namespace kb::http

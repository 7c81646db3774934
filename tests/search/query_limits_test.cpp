// Hostile and oversized requests get a clear InvalidArgument naming the
// field; article text with markup comes back escaped in snippets.
#include <gtest/gtest.h>

#include "server/search/searcher.h"
#include "tests/test_util.h"

namespace kb {
namespace {

std::string words(size_t n) {
  std::string text;
  for (size_t i = 0; i < n; ++i) text += (i ? " w" : "w") + std::to_string(i);
  return text;
}

class QueryLimitsTest : public ::testing::Test {
 protected:
  QueryLimitsTest()
      : index_({testing::make_doc("bank", "xss", "Recharge <b>help</b>",
                                  "<script>alert('x')</script> recharge <img src=x onerror=y> "
                                  "failed & \"quoted\"")}),
        catalog_(index_.root()),
        searcher_(catalog_) {}

  testing::TempIndex index_;
  Catalog catalog_;
  Searcher searcher_;
};

TEST_F(QueryLimitsTest, OversizedRequestsNameTheirField) {
  struct Case {
    std::string query;
    size_t limit;
    size_t offset;
    const char* field;  // nullptr: accepted
  };
  const SearcherOptions defaults;
  const Case cases[] = {
      {"recharge", 10, 0, nullptr},
      {words(defaults.max_query_words), 10, 0, nullptr},
      {words(defaults.max_query_words + 1), 10, 0, "q"},
      {"  " + words(defaults.max_query_words) + "  \t ", 10, 0, nullptr},
      {std::string(defaults.max_query_bytes, 'a'), 10, 0, nullptr},
      {std::string(defaults.max_query_bytes + 1, 'a'), 10, 0, "q"},
      {"recharge \xff", 10, 0, "q"},
      {"", 10, 0, "q"},
      {"   ", 10, 0, "q"},
      {"recharge", 0, 0, "limit"},
      {"recharge", defaults.max_limit + 1, 0, "limit"},
      {"recharge", 10, defaults.max_offset, nullptr},
      {"recharge", 10, defaults.max_offset + 1, "offset"},
  };
  for (const Case& c : cases) {
    SearchRequest request;
    request.client = "bank";
    request.query = c.query;
    request.limit = c.limit;
    request.offset = c.offset;
    auto results = searcher_.search(request);
    const std::string what = c.query.substr(0, 40) + " limit " + std::to_string(c.limit) +
                             " offset " + std::to_string(c.offset);
    if (!c.field) {
      EXPECT_TRUE(results.is_ok()) << what << ": " << results.status().to_string();
      continue;
    }
    ASSERT_FALSE(results.is_ok()) << what;
    EXPECT_EQ(results.status().code(), StatusCode::kInvalidArgument) << what;
    EXPECT_EQ(results.status().where().field, c.field) << results.status().to_string();
  }
}

TEST_F(QueryLimitsTest, MarkupInArticlesIsEscapedInSnippets) {
  SearchRequest request;
  request.client = "bank";
  request.query = "recharge alert";
  auto results = searcher_.search(request);
  ASSERT_OK(results);
  ASSERT_EQ(results->hits.size(), 1u);
  const std::string& snippet = results->hits[0].snippet;
  EXPECT_EQ(snippet.find("<script"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.find("<img"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("&lt;script&gt;"), std::string::npos) << snippet;
  // The only tags are the highlights.
  std::string without_marks = snippet;
  for (const std::string tag : {"<mark>", "</mark>"}) {
    for (size_t at; (at = without_marks.find(tag)) != std::string::npos;) {
      without_marks.erase(at, tag.size());
    }
  }
  EXPECT_EQ(without_marks.find('<'), std::string::npos) << snippet;
  // Stored fields are kept as written: the title is text, for the page to escape.
  EXPECT_EQ(results->hits[0].document.title, "Recharge <b>help</b>");
}

}  // namespace
}  // namespace kb

#include <gtest/gtest.h>

#include "indexer/document/json_reader.h"
#include "indexer/document/loader.h"
#include "tests/test_util.h"

namespace kb {
namespace {

std::string nested(size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

TEST(JsonNestingTest, RefusesNestingPastTheLimitAtItsLine) {
  struct Case {
    std::string text;
    bool ok;
    uint32_t line;
  };
  const Case cases[] = {
      {R"({"id": "a", "tags": ["x", "y"]})", true, 0},
      {nested(kMaxJsonNesting), true, 0},
      {nested(kMaxJsonNesting + 1), false, 1},
      {"{\n\"a\":\n" + nested(kMaxJsonNesting + 1) + "}", false, 3},
      // Brackets inside strings, escaped quotes included, do not count.
      {"{\"a\": \"" + std::string(100, '[') + "\\\"" + std::string(100, '{') + "\"}", true, 0},
      {std::string(100000, '['), false, 1},
  };
  for (const Case& c : cases) {
    const Status s = check_json_nesting(c.text, {"f.json", 1, ""});
    EXPECT_EQ(s.is_ok(), c.ok) << c.text.substr(0, 80);
    if (!c.ok) {
      EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
      EXPECT_EQ(s.where().line, c.line) << s.to_string();
      EXPECT_NE(s.message().find("nested"), std::string::npos) << s.message();
    }
  }
}

TEST(JsonNestingTest, TheLoaderRefusesDeepArticlesInEveryJsonKind) {
  const ClientInfo client{"bank", "Bank", "en", ""};
  const std::string deep = R"({"id": "a", "title": "t", "body": )" + nested(1000) + "}";
  LoadResult json = load_article_text(deep, "a.json", client);
  EXPECT_TRUE(json.documents.empty());
  ASSERT_EQ(json.errors.size(), 1u);
  EXPECT_NE(json.errors[0].message().find("nested"), std::string::npos);

  const std::string lines = R"({"id": "good", "title": "t", "body": "b"})"
                            "\n" + deep + "\n";
  LoadResult jsonl = load_article_text(lines, "a.jsonl", client);
  ASSERT_EQ(jsonl.documents.size(), 1u) << "the good line is kept";
  ASSERT_EQ(jsonl.errors.size(), 1u);
  EXPECT_EQ(jsonl.errors[0].where().line, 2u);
}

}  // namespace
}  // namespace kb

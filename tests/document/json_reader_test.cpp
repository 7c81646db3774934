// .json and .jsonl articles: where errors point, and one bad line sparing the others.
#include "indexer/document/json_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "indexer/document/loader.h"
#include "tests/document/load_test_util.h"

namespace kb {
namespace {

using testing::expect_load;
using testing::test_client;

struct JsonArticleCase {
  const char* name;
  const char* path;
  std::string text;
  std::string error_prefix;  // empty: loads fine
  std::string message_part;
  size_t documents = 0;
};

const JsonArticleCase kJsonArticleCases[] = {
    {"good", "a.json", R"({"id": "a1", "title": "T", "body": "B"})", "", "", 1},
    {"good multi-line", "a.json",
     "{\n  \"id\": \"a1\",\n  \"title\": \"T\",\n  \"body\": \"B\",\n"
     "  \"tags\": [\"x\", \"y\"]\n}\n",
     "", "", 1},
    {"syntax error at its line", "a.json", "{\n  \"id\": \"a1\",\n  \"title\": T\n}",
     "a.json:3: ", "not valid JSON: syntax error"},
    {"truncated", "a.json", "{\n  \"id\": \"a1\",\n", "a.json:3: ", "not valid JSON"},
    {"empty file", "a.json", "", "a.json:1: ", "not valid JSON"},
    {"not an object", "a.json", "[1, 2]", "a.json:1: ", "must be a JSON object"},
    {"unknown key at its line", "a.json",
     "{\n  \"id\": \"a1\",\n  \"title\": \"T\",\n  \"body\": \"B\",\n  \"titel\": \"x\"\n}",
     "a.json:5: titel: ", "unknown field 'titel' (did you mean 'title'?)"},
    {"number where a string belongs", "a.json",
     "{\n  \"id\": 12,\n  \"title\": \"T\",\n  \"body\": \"B\"\n}",
     "a.json:2: id: ", "must be a string, not a number"},
    {"null title", "a.json", "{\"id\": \"a1\", \"title\": null, \"body\": \"B\"}",
     "a.json:1: title: ", "is empty"},
    {"bad tag item at its line", "a.json",
     "{\"id\": \"a1\", \"title\": \"T\", \"body\": \"B\",\n \"tags\": [\n  \"ok\",\n  7\n ]}",
     "a.json:4: tags[1]: ", "must be a string, not a number"},
    {"key given twice", "a.json",
     "{\n  \"id\": \"a1\",\n  \"title\": \"T\",\n  \"body\": \"B\",\n  \"id\": \"a2\"\n}",
     "a.json:5: id: ", "given twice (also at line 2)"},
    {"escaped key found", "a.json",
     "{\"id\": \"a1\",\n\"title\": \"T\",\n\"body\": \"B\",\n\"\\u0074ype\": \"howto\"}",
     "a.json:4: type: ", "'howto' is not an article type"},
    {"client mismatch", "a.json",
     "{\"id\": \"a1\",\n\"client\": \"bazaarly\",\n\"title\": \"T\",\n\"body\": \"B\"}",
     "a.json:2: client: ", "'bazaarly' but the article belongs to client 'vayu-mobile'"},
    {"steps given twice", "a.json",
     R"({"id": "a1", "title": "T", "body": "## Steps\n1. a\n", "steps": ["a"]})",
     "a.json:1: steps: ", "given twice"},
    {"jsonl good", "a.jsonl",
     "{\"id\": \"a1\", \"title\": \"T\", \"body\": \"B\"}\n\n"
     "{\"id\": \"a2\", \"title\": \"T\", \"body\": \"B\"}\n",
     "", "", 2},
    {"jsonl bad line spares the others", "a.jsonl",
     "{\"id\": \"a1\", \"title\": \"T\", \"body\": \"B\"}\n"
     "{\"id\": \"a2\", \"title\": \"T\", \"body\": \n"
     "{\"id\": \"a3\", \"title\": \"T\", \"body\": \"B\"}\n",
     "a.jsonl:2: ", "not valid JSON", 2},
    {"jsonl field error carries its line", "a.jsonl",
     "{\"id\": \"a1\", \"title\": \"T\", \"body\": \"B\"}\n\n"
     "{\"id\": \"a 2\", \"title\": \"T\", \"body\": \"B\"}\n",
     "a.jsonl:3: id: ", "not a valid id", 1},
    {"jsonl duplicate key is an error of that line", "a.jsonl",
     "{\"id\": \"a1\", \"title\": \"T\", \"body\": \"B\", \"title\": \"U\"}\n"
     "{\"id\": \"a2\", \"title\": \"T\", \"body\": \"B\"}\n",
     "a.jsonl:1: title: ", "given twice", 1},
    {"jsonl invalid utf-8 on one line", "a.jsonl",
     "{\"id\": \"a1\", \"title\": \"T\", \"body\": \"B\"}\n"
     "{\"id\": \"a2\", \"title\": \"\xC3(\", \"body\": \"B\"}\n",
     "a.jsonl:2: ", "invalid UTF-8", 1},
};

TEST(DocumentJsonReaderTest, JsonAndJsonLinesArticles) {
  for (const JsonArticleCase& c : kJsonArticleCases) {
    const LoadResult result = load_article_text(c.text, c.path, test_client());
    expect_load(result, c.name, c.error_prefix, c.message_part, c.documents);
    EXPECT_EQ(result.documents.size(), c.documents) << c.name;
  }
}

TEST(DocumentJsonReaderTest, JsonLinesEntriesKeepTheirLines) {
  const std::string text = "\n{\"id\": \"a1\"}\nnot json\n";
  const std::vector<JsonLine> lines = read_json_lines(text, "a.jsonl");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_TRUE(lines[0].read);
  EXPECT_EQ(lines[0].article.where.line, 2u);
  ASSERT_EQ(lines[0].article.fields.size(), 1u);
  EXPECT_EQ(lines[0].article.fields[0].line, 2u);
  EXPECT_FALSE(lines[1].read);
  ASSERT_EQ(lines[1].errors.size(), 1u);
  EXPECT_EQ(lines[1].errors[0].where().line, 3u);
}

}  // namespace
}  // namespace kb

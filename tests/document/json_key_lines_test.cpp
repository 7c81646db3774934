#include "indexer/document/json_key_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kb {
namespace {

struct KeyLinesCase {
  const char* name;
  std::string json;
  std::vector<JsonKeyLine> expected;
};

const KeyLinesCase kKeyLinesCases[] = {
    {"one line", R"({"id": "a", "title": "t"})", {{"id", 1, {}}, {"title", 1, {}}}},
    {"lines", "{\n\"id\": \"a\",\n\n\"title\": \"t\"\n}", {{"id", 2, {}}, {"title", 4, {}}}},
    {"nested keys are not top-level",
     "{\"a\": {\"id\": 1,\n \"x\": [\"y\"]},\n\"b\": 2}",
     {{"a", 1, {}}, {"b", 3, {}}}},
    {"array items",
     "{\"tags\": [\n\"x\",\n 7, true,\n {\"k\": 1}, [1, 2]\n]}",
     {{"tags", 1, {2, 3, 3, 4, 4}}}},
    {"escaped quote in a string", R"({"id": "a\"b", "t": "x"})", {{"id", 1, {}}, {"t", 1, {}}}},
    {"escaped key kept raw", R"({"ti\u0074le": 1})", {{"ti\\u0074le", 1, {}}}},
    {"repeated key", "{\"id\": 1,\n\"id\": 2}", {{"id", 1, {}}, {"id", 2, {}}}},
    {"not an object", "[{\"id\": 1}]", {}},
    {"truncated", "{\"id\": \"a", {{"id", 1, {}}}},
};

TEST(DocumentJsonKeyLinesTest, FindsTopLevelKeys) {
  for (const KeyLinesCase& c : kKeyLinesCases) {
    const std::vector<JsonKeyLine> found = scan_json_key_lines(c.json);
    ASSERT_EQ(found.size(), c.expected.size()) << c.name;
    for (size_t i = 0; i < found.size(); ++i) {
      EXPECT_EQ(found[i].key, c.expected[i].key) << c.name;
      EXPECT_EQ(found[i].line, c.expected[i].line) << c.name;
      EXPECT_EQ(found[i].item_lines, c.expected[i].item_lines) << c.name;
    }
  }
}

}  // namespace
}  // namespace kb

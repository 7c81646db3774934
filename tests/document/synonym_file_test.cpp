#include "indexer/document/synonym_file.h"

#include "tests/test_util.h"

namespace kb {
namespace {

TEST(SynonymFileTest, EquivalentGroupsGoBothWaysAndOneWayRulesOneWay) {
  auto rules = parse_synonyms(R"({
  "equivalent": [["top up", "recharge", "रिचार्ज"]],
  "one_way": {"mnp": ["port number", "mobile number portability"]}
})",
                              "synonyms.json");
  ASSERT_OK(rules);
  ASSERT_EQ(rules->size(), 4u);
  EXPECT_EQ((*rules)[0].phrase, "top up");
  EXPECT_EQ((*rules)[0].expansions, (std::vector<std::string>{"recharge", "रिचार्ज"}));
  EXPECT_EQ((*rules)[2].phrase, "रिचार्ज");
  EXPECT_EQ((*rules)[2].expansions, (std::vector<std::string>{"top up", "recharge"}));
  EXPECT_EQ((*rules)[3].phrase, "mnp");
  EXPECT_EQ((*rules)[3].expansions,
            (std::vector<std::string>{"port number", "mobile number portability"}));
}

struct BadCase {
  std::string text;
  uint32_t line;
  const char* field;
  const char* message_part;
};

TEST(SynonymFileTest, ErrorsNameTheLineAndKey) {
  const BadCase cases[] = {
      {"{\n  \"equivalent\": [\n    [\"a\", \"b\"],\n    [\"c\"]\n  ]\n}", 4, "equivalent",
       "at least 2"},
      {"{\n  \"one_way\": {\n    \"mnp\": []\n  }\n}", 3, "one_way.mnp", "at least 1"},
      {"{\n  \"one_way\": {\n    \"mnp\": [\"\"]\n  }\n}", 3, "one_way.mnp", "not be empty"},
      {"{\n  \"one_way\": {\n    \"mnp\": [7]\n  }\n}", 3, "one_way.mnp", "a string"},
      {"{\n  \"equivalent\": [\n    [\"a\", \"" + std::string(201, 'b') + "\"]\n  ]\n}", 3,
       "equivalent", "at most 200 bytes; this one has 201"},
      {"{\n  \"equivalence\": []\n}", 2, "equivalence", "unknown key"},
      {"{\n  \"equivalent\": [[\"a\", \"b\"]],\n", 3, "", ""},
      {"[]", 1, "", "JSON object"},
  };
  for (const auto& c : cases) {
    auto rules = parse_synonyms(c.text, "corpus/x/synonyms.json");
    ASSERT_FALSE(rules.is_ok()) << c.text;
    const Status& s = rules.status();
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << c.text;
    EXPECT_EQ(s.where().file, "corpus/x/synonyms.json");
    EXPECT_EQ(s.where().line, c.line) << s.to_string();
    EXPECT_EQ(s.where().field, c.field) << s.to_string();
    EXPECT_NE(s.message().find(c.message_part), std::string::npos) << s.to_string();
  }
}

TEST(SynonymFileTest, AMissingFileIsNoSynonymsAndABadOneAnError) {
  testing::TempDir dir;
  auto none = read_synonyms(dir.path().string());
  ASSERT_OK(none);
  EXPECT_TRUE(none->empty());
  dir.write("synonyms.json", "{\"one_way\": 3}");
  auto bad = read_synonyms(dir.path().string());
  ASSERT_FALSE(bad.is_ok());
  EXPECT_NE(bad.status().to_string().find("synonyms.json:1: one_way:"), std::string::npos)
      << bad.status().to_string();
}

}  // namespace
}  // namespace kb

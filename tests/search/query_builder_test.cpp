#include "server/search/query_builder.h"

#include "tests/test_util.h"

namespace kb {
namespace {

TEST(QueryBuilderTest, TermsAreTheAnalyzersDistinctTermsInOrder) {
  Analyzer analyzer;
  QueryBuilder builder(analyzer, {});
  const QueryPlan plan = builder.build({.text = "Recharge failed, recharge FAILED!", .language = "en"});
  EXPECT_EQ(plan.terms, (std::vector<std::string>{analyzer.term_of("recharge", "en"),
                                                  analyzer.term_of("failed", "en")}));
  EXPECT_FALSE(plan.query.empty());
}

TEST(QueryBuilderTest, NoWordsGiveAnEmptyPlan) {
  Analyzer analyzer;
  QueryBuilder builder(analyzer, {});
  for (const char* text : {"", "   ", "?!", "\"\""}) {
    const QueryPlan plan = builder.build({.text = text, .language = "en"});
    EXPECT_TRUE(plan.terms.empty()) << text;
    EXPECT_TRUE(plan.query.empty()) << text;
  }
}

TEST(QueryBuilderTest, QuotedTextBecomesARequiredPhrase) {
  Analyzer analyzer;
  QueryBuilder builder(analyzer, {.title_weight = 0, .proximity_weight = 0});
  const std::string description = builder.build({.text = "card \"net banking\"", .language = "en"}).query.get_description();
  EXPECT_NE(description.find("PHRASE"), std::string::npos) << description;
  EXPECT_NE(description.find(" AND "), std::string::npos) << description;
  // An unclosed quote is ordinary text.
  const std::string loose = builder.build({.text = "card \"net banking", .language = "en"}).query.get_description();
  EXPECT_EQ(loose.find("PHRASE"), std::string::npos) << loose;
}

TEST(QueryBuilderTest, TitleAndProximityBoostsAreOptional) {
  Analyzer analyzer;
  const std::string plain =
      QueryBuilder(analyzer, {.title_weight = 0, .proximity_weight = 0}).build({.text = "sim card", .language = "en"})
          .query.get_description();
  EXPECT_EQ(plain.find("AND_MAYBE"), std::string::npos) << plain;
  const std::string boosted =
      QueryBuilder(analyzer, {}).build({.text = "sim card", .language = "en"}).query.get_description();
  EXPECT_NE(boosted.find("NEAR"), std::string::npos) << boosted;
  EXPECT_NE(boosted.find("S" + analyzer.term_of("sim", "en")), std::string::npos) << boosted;
}

// The boosts only reorder what the words match: counting needs none of them.
TEST(QueryBuilderTest, TheMatchQueryIsTheQueryWithoutItsBoosts) {
  Analyzer analyzer;
  const QueryBuilder boosted(analyzer, {});
  const QueryBuilder plain(analyzer, {.title_weight = 0, .proximity_weight = 0});
  for (const char* text : {"sim card", "card \"net banking\""}) {
    const QueryPlan plan = boosted.build({.text = text, .language = "en"});
    EXPECT_NE(plan.query.get_description(), plan.match_query.get_description()) << text;
    EXPECT_EQ(plan.match_query.get_description(),
              plain.build({.text = text, .language = "en"}).query.get_description())
        << text;
  }
}

}  // namespace
}  // namespace kb

#include "bench/fts5_engine.h"

#include <gtest/gtest.h>

namespace kb::bench {
namespace {

TEST(Fts5MatchExpression, QuotesEveryWordAndOrsThem) {
  const struct {
    const char* text;
    bool prefix;
    const char* match;
  } cases[] = {
      {"network signal", false, R"("network" OR "signal")"},
      {"network sig", true, R"("network" OR "sig"*)"},
      {"say \"hi\" AND", false, R"("say" OR """hi""" OR "AND")"},
      {"  रिचार्ज  ", true, R"("रिचार्ज"*)"},
      {"   ", false, ""},
  };
  for (const auto& c : cases) EXPECT_EQ(fts5_match_expression(c.text, c.prefix), c.match) << c.text;
}

}  // namespace
}  // namespace kb::bench

#include "server/http/request_params.h"

#include "tests/test_util.h"

namespace kb {
namespace {

TEST(RequestParamsTest, ParsesEveryParameter) {
  const http::QueryParams params = {
      {"q", "card blocked"}, {"lang", "hi,en"}, {"type", "faq"}, {"type", "guide"},
      {"product", "debit card"}, {"tag", "card, security"}, {"limit", "5"}, {"offset", "10"}};
  auto request = http::parse_search_params("bank", params);
  ASSERT_OK(request);
  EXPECT_EQ(request->client, "bank");
  EXPECT_EQ(request->query, "card blocked");
  EXPECT_EQ(request->languages, (std::vector<std::string>{"hi", "en"}));
  EXPECT_EQ(request->language, "hi");
  EXPECT_EQ(request->types, (std::vector<std::string>{"faq", "guide"}));
  EXPECT_EQ(request->products, (std::vector<std::string>{"debit card"}));
  EXPECT_EQ(request->tags, (std::vector<std::string>{"card", " security"}));
  EXPECT_EQ(request->limit, 5u);
  EXPECT_EQ(request->offset, 10u);
}

TEST(RequestParamsTest, DefaultsToTenHitsFromTheStart) {
  auto request = http::parse_search_params("bank", {{"q", "x"}});
  ASSERT_OK(request);
  EXPECT_EQ(request->limit, 10u);
  EXPECT_EQ(request->offset, 0u);
  EXPECT_TRUE(request->language.empty());
}

TEST(RequestParamsTest, RefusesMalformedParametersByName) {
  const std::pair<http::QueryParams, std::string> cases[] = {
      {{{"q", "x"}, {"limit", "abc"}}, "limit"},
      {{{"q", "x"}, {"limit", "-3"}}, "limit"},
      {{{"q", "x"}, {"limit", "5x"}}, "limit"},
      {{{"q", "x"}, {"offset", ""}}, "offset"},
      {{{"q", "x"}, {"type", "manual"}}, "type"},
      {{{"q", "x"}, {"lang", "hindi!"}}, "lang"},
      {{{"q", "x"}, {"lang", "en,../x"}}, "lang"},
      {{{"q", "x"}, {"qq", "y"}}, "qq"},
      {{{"q", "x"}, {"q", "y"}}, "q"},
  };
  for (const auto& [params, field] : cases) {
    auto request = http::parse_search_params("bank", params);
    ASSERT_FALSE(request.is_ok()) << field;
    EXPECT_EQ(request.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(request.status().where().field, field);
  }
}

}  // namespace
}  // namespace kb

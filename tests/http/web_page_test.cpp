// The agent search page: served, and wired to the suggest and related routes.
#include "tests/http/test_server.h"

namespace kb {
namespace {

TEST(WebPageTest, ServesThePageWithSuggestionsAndRelatedArticles) {
  testing::TempIndex index({testing::make_doc("bank", "card", "Card blocked", "Call us.")});
  testing::TestServer server(index.root());
  auto res = server.client().Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
  for (const char* wired : {
           "/suggest?",               // asks for completions as the agent types
           "/related`",               // and for an opened article's relatives
           "role=\"listbox\"",        // the completions are a listbox
           "aria-activedescendant",   // chosen with the arrow keys
           "\"Escape\"",              // and closed with Escape
           "replace(/\"/g, \"&quot;\")",  // attribute values escape quotes too
       }) {
    EXPECT_NE(res->body.find(wired), std::string::npos) << wired;
  }
}

}  // namespace
}  // namespace kb

// HTML articles: fields from <title>, <meta name="kb:...">, <html lang>, text
// from <body>, steps from the <ol> after a Steps heading.
#include "indexer/document/html_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "indexer/document/loader.h"
#include "tests/document/load_test_util.h"

namespace kb {
namespace {

using testing::expect_load;
using testing::test_client;

struct HtmlArticleCase {
  const char* name;
  const char* path;
  std::string html;
  std::string error_prefix;  // empty: loads fine
  std::string message_part;
};

const HtmlArticleCase kHtmlArticleCases[] = {
    {"good", "sim-help.html", "<html><head><title>T</title></head><body><p>Text</p></body></html>",
     "", ""},
    {"good .htm without html or head tags", "a.htm", "<title>T</title><p>Text", "", ""},
    {"title from h1", "a.html", "<body><h1>Heading</h1><p>x</p></body>", "", ""},
    {"no title", "a.html", "<body><p>x</p></body>", "a.html:1: title: ", "missing"},
    {"empty body", "a.html", "<html>\n<head><title>T</title></head>\n<body>\n</body></html>",
     "a.html:3: body: ", "is empty"},
    {"unknown kb meta", "a.html",
     "<html><head>\n<title>T</title>\n<meta name=\"kb:titel\" "
     "content=\"x\">\n</head><body>x</body>",
     "a.html:3: kb:titel: ", "unknown meta name 'kb:titel'; allowed: kb:id,"},
    {"other meta ignored", "a.html",
     "<head><meta name=\"viewport\" content=\"w\"><title>T</title></head><body>x</body>", "", ""},
    {"bad type meta", "a.html",
     "<head><title>T</title>\n\n<meta name=\"kb:type\" content=\"howto\"></head><body>x</body>",
     "a.html:3: type: ", "'howto' is not an article type"},
    {"file name not a valid id", "my page.html", "<title>T</title><body>x</body>",
     "my page.html:1: id: ", "taken from the file name"},
    {"kb:id overrides file name", "my page.html",
     "<head><meta name=\"kb:id\" content=\"page-1\"><title>T</title></head><body>x</body>", "", ""},
    {"bad lang", "a.html", "<html lang=\"english\"><title>T</title><body>x</body></html>",
     "a.html:1: language: ", "BCP-47"},
    {"empty tag in kb:tags", "a.html",
     "<head><meta name=\"kb:tags\" content=\"a,,b\"><title>T</title></head><body>x</body>",
     "a.html:1: tags[1]: ", "is empty"},
    {"meta given twice", "a.html",
     "<head><meta name=\"kb:product\" content=\"a\">\n<meta name=\"kb:product\" content=\"b\">"
     "<title>T</title></head><body>x</body>",
     "a.html:2: product: ", "given twice"},
};

TEST(DocumentHtmlReaderTest, HtmlArticles) {
  for (const HtmlArticleCase& c : kHtmlArticleCases) {
    expect_load(load_article_text(c.html, c.path, test_client()), c.name, c.error_prefix,
                c.message_part);
  }
}

TEST(DocumentHtmlReaderTest, FieldsTextAndSteps) {
  const std::string html = R"(<!doctype html>
<html lang="hi">
<head>
  <title>  Card   blocked? </title>
  <meta name="kb:id" content="card-block">
  <meta name="kb:type" content="guide">
  <meta name="kb:product" content="debit card">
  <meta name="kb:tags" content="card, block , fraud">
  <meta name="kb:url" content="/help/card-block">
  <meta name="kb:updated_at" content="2026-04-01">
  <style>p { color: red }</style>
</head>
<body>
  <script>var x = "hidden";</script>
  <h1>Card   blocked</h1>
  <p>If your card is <b>blocked</b>,
     call us.</p>
  <noscript>Enable JavaScript</noscript>
  <template><p>template text</p></template>
  <h2>Steps to unblock</h2>
  <div><ol>
    <li>Open the <a href="/app">app</a>.</li>
    <li>Tap <em>Unblock</em>.</li>
  </ol></div>
  <ol><li>Not a step</li></ol>
  <table><tr><td>Limit</td><td>50000</td></tr></table>
</body>
</html>)";
  LoadResult result = load_article_text(html, "x/card.html", test_client());
  ASSERT_TRUE(result.errors.empty()) << result.errors.front().to_string();
  ASSERT_EQ(result.documents.size(), 1u);
  const Document& doc = result.documents[0];
  EXPECT_EQ(doc.id, "card-block");
  EXPECT_EQ(doc.client, "vayu-mobile");
  EXPECT_EQ(doc.title, "Card blocked?");
  EXPECT_EQ(doc.language, "hi");
  EXPECT_EQ(doc.type, "guide");
  EXPECT_EQ(doc.product, "debit card");
  EXPECT_EQ(doc.tags, (std::vector<std::string>{"card", "block", "fraud"}));
  EXPECT_EQ(doc.url, "/help/card-block");
  EXPECT_EQ(doc.updated_at, "2026-04-01");
  EXPECT_EQ(doc.steps, (std::vector<std::string>{"Open the app.", "Tap Unblock."}));
  EXPECT_EQ(doc.text,
            "Card blocked\nIf your card is blocked, call us.\nSteps to unblock\nNot a step\n"
            "Limit 50000");
  EXPECT_EQ(doc.body, doc.text);
}

TEST(DocumentHtmlReaderTest, IdFromFileStemAndHindiSteps) {
  const std::string html =
      "<html lang=\"hi\"><head><title>सिम</title></head><body>"
      "<p>परिचय</p><h3>चरण</h3><ol><li>सिम डालें</li><li>फ़ोन चालू करें</li></ol></body></html>";
  LoadResult result = load_article_text(html, "dir/sim-hi.htm", test_client());
  ASSERT_TRUE(result.errors.empty()) << result.errors.front().to_string();
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].id, "sim-hi");
  EXPECT_EQ(result.documents[0].steps, (std::vector<std::string>{"सिम डालें", "फ़ोन चालू करें"}));
  EXPECT_EQ(result.documents[0].text, "परिचय\nचरण");
}

TEST(DocumentHtmlReaderTest, DeepNestingDoesNotCrash) {
  std::string html = "<title>T</title><body>";
  for (int i = 0; i < 500; ++i) html += "<div>";
  html += "deep";
  LoadResult result = load_article_text(html, "deep.html", test_client());
  ASSERT_TRUE(result.errors.empty()) << result.errors.front().to_string();
  EXPECT_EQ(result.documents[0].text, "deep");
}

TEST(DocumentHtmlReaderTest, TooDeepNestingIsRefusedUnparsed) {
  std::string html = "<title>T</title>\n<body>\n";
  for (int i = 0; i < 100000; ++i) html += "<b>";
  const LoadResult result = load_article_text(html, "deep.html", test_client());
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(
      result.errors[0].to_string(),
      "deep.html:3: elements nest more than 512 deep here; close the tags that are left open");
}

}  // namespace
}  // namespace kb

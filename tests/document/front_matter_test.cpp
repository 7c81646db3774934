// Markdown articles: front matter, body, steps, and where errors point.
#include "indexer/document/front_matter.h"

#include <gtest/gtest.h>

#include <string>

#include "indexer/document/loader.h"
#include "tests/document/load_test_util.h"

namespace kb {
namespace {

using testing::expect_load;
using testing::test_client;

struct MarkdownArticleCase {
  const char* name;
  std::string text;
  std::string error_prefix;  // empty: loads fine
  std::string message_part;
};

const MarkdownArticleCase kMarkdownArticleCases[] = {
    {"good", "---\nid: a1\ntitle: T\nupdated_at: 2026-05-01\ntags: [sim, 'esim']\n---\nBody.\n", "",
     ""},
    {"good with crlf", "---\r\nid: a1\r\ntitle: T\r\n---\r\nBody.\r\n", "", ""},
    {"good with trailing spaces on the fence", "--- \nid: a1\ntitle: T\n---  \nBody.\n", "", ""},
    {"no front matter", "# Title\n\nBody.\n", "a.md:1: ", "no front matter"},
    {"front matter not at the top", "\n---\nid: a1\n---\nBody\n", "a.md:1: ", "no front matter"},
    {"front matter not closed", "---\nid: a1\ntitle: T\nBody.\n", "a.md:1: ", "no closing '---'"},
    {"unknown field", "---\nid: a1\ntitel: T\n---\nBody.\n", "a.md:1: title: ", "missing"},
    {"unknown field reported at its line", "---\nid: a1\ntitle: T\ntitel: T\n---\nBody.\n",
     "a.md:4: titel: ", "unknown field 'titel' (did you mean 'title'?); allowed: id, client,"},
    {"bad id", "---\ntitle: T\nid: sim activation\n---\nBody.\n",
     "a.md:3: id: ", "'sim activation' is not a valid id"},
    {"missing id", "---\ntitle: T\n---\nBody.\n", "a.md:1: id: ", "missing"},
    {"empty front matter", "---\n---\nBody.\n", "a.md:1: id: ", "missing"},
    {"yaml syntax error", "---\nid: a1\ntitle: [unclosed\n---\nBody.\n", "a.md:", "not valid YAML"},
    {"front matter is a list", "---\n- a\n- b\n---\nBody.\n", "a.md:2: ", "YAML mapping"},
    {"tags not a list", "---\nid: a1\ntitle: T\ntags: sim, esim\n---\nBody.\n",
     "a.md:4: tags: ", "must be a list of strings"},
    {"empty tag", "---\nid: a1\ntitle: T\ntags:\n  - sim\n  - ''\n---\nBody.\n",
     "a.md:6: tags[1]: ", "is empty"},
    {"nested list in tags", "---\nid: a1\ntitle: T\ntags: [[a]]\n---\nBody.\n",
     "a.md:4: tags[0]: ", "must be a string, not a list"},
    {"title is a mapping", "---\nid: a1\ntitle:\n  en: T\n---\nBody.\n",
     "a.md:3: title: ", "must be a string, not a mapping"},
    {"title null", "---\nid: a1\ntitle:\n---\nBody.\n", "a.md:3: title: ", "is empty"},
    {"client mismatch", "---\nid: a1\nclient: sahyog-bank\ntitle: T\n---\nBody.\n",
     "a.md:3: client: ", "'sahyog-bank' but the article belongs to client 'vayu-mobile'"},
    {"client given and equal", "---\nid: a1\nclient: vayu-mobile\ntitle: T\n---\nBody.\n", "", ""},
    {"type not in enum", "---\nid: a1\ntitle: T\ntype: howto\n---\nBody.\n",
     "a.md:4: type: ", "one of faq, guide, policy"},
    {"bad date", "---\nid: a1\ntitle: T\nupdated_at: 2026-13-01\n---\nBody.\n",
     "a.md:4: updated_at: ", "YYYY-MM-DD"},
    {"bad url", "---\nid: a1\ntitle: T\nurl: www.x.example\n---\nBody.\n",
     "a.md:4: url: ", "start it with http://"},
    {"bad language", "---\nid: a1\ntitle: T\nlanguage: english\n---\nBody.\n",
     "a.md:4: language: ", "BCP-47"},
    {"key given twice", "---\nid: a1\ntitle: T\nid: a2\n---\nBody.\n",
     "a.md:4: id: ", "given twice (first at line 2)"},
    {"empty body", "---\nid: a1\ntitle: T\n---\n\n  \n", "a.md:", "body: is empty"},
    {"body in front matter", "---\nid: a1\ntitle: T\nbody: x\n---\nBody.\n",
     "a.md:4: body: ", "the body is the Markdown after the closing '---'"},
    {"steps given twice", "---\nid: a1\ntitle: T\nsteps: [a, b]\n---\n## Steps\n1. a\n2. b\n",
     "a.md:4: steps: ", "given twice"},
    {"steps in front matter only", "---\nid: a1\ntitle: T\nsteps: [a, b]\n---\nBody\n", "", ""},
    {"title too long", "---\nid: a1\ntitle: " + std::string(501, 'x') + "\n---\nBody\n",
     "a.md:3: title: ", "is 501 characters long; at most 500"},
    {"title of 500 characters in Devanagari",
     "---\nid: a1\ntitle: " +
         [] {
           std::string s;
           for (int i = 0; i < 500; ++i) s += "क";
           return s;
         }() +
         "\n---\nBody\n",
     "", ""},
};

TEST(DocumentFrontMatterTest, MarkdownArticles) {
  for (const MarkdownArticleCase& c : kMarkdownArticleCases) {
    expect_load(load_article_text(c.text, "a.md", test_client()), c.name, c.error_prefix,
                c.message_part);
  }
}

TEST(DocumentFrontMatterTest, SplitsAtTheFences) {
  const std::string text = "---\nid: a1\n---\n\n\nBody\n";
  Result<FrontMatterSplit> split = split_front_matter(text, "a.md");
  ASSERT_TRUE(split.is_ok()) << split.status().to_string();
  EXPECT_EQ(split->yaml, "id: a1\n");
  EXPECT_EQ(split->yaml_first_line, 2u);
  EXPECT_EQ(split->body, "Body\n");
  EXPECT_EQ(split->body_first_line, 6u);
}

TEST(DocumentFrontMatterTest, KeysKeepTheirLines) {
  const std::string text = "---\nid: a1\n\n# a comment\ntitle: T\ntags:\n  - x\n  - y\n---\n";
  Result<FrontMatterSplit> split = split_front_matter(text, "a.md");
  ASSERT_TRUE(split.is_ok());
  RawArticle raw;
  raw.where = {"a.md", 1, ""};
  std::vector<Status> errors;
  ASSERT_TRUE(read_front_matter(*split, &raw, &errors));
  ASSERT_EQ(raw.fields.size(), 3u);
  EXPECT_EQ(raw.fields[0].name, "id");
  EXPECT_EQ(raw.fields[0].line, 2u);
  EXPECT_EQ(raw.fields[1].line, 5u);
  EXPECT_EQ(raw.fields[2].line, 6u);
  ASSERT_EQ(raw.fields[2].value.items.size(), 2u);
  EXPECT_EQ(raw.fields[2].value.items[1].line, 8u);
}

TEST(DocumentFrontMatterTest, FullArticle) {
  const std::string text =
      "---\n"
      "id: sim-activation-en\n"
      "title: How to activate a new SIM\n"
      "language: en\n"
      "type: guide\n"
      "product: prepaid\n"
      "tags: [sim, activation]\n"
      "url: https://help.vayu.example/sim/activate\n"
      "updated_at: 2026-03-14\n"
      "---\n"
      "Your new SIM works in **minutes**.\n"
      "\n"
      "## Steps\n"
      "1. Insert the SIM.\n"
      "2. Restart the phone.\n"
      "\n"
      "Call [support](https://help.vayu.example) if it fails.\n";
  LoadResult result = load_article_text(text, "corpus/vayu-mobile/sim.md", test_client());
  ASSERT_TRUE(result.errors.empty()) << result.errors.front().to_string();
  ASSERT_EQ(result.documents.size(), 1u);
  const Document& doc = result.documents[0];
  EXPECT_EQ(doc.id, "sim-activation-en");
  EXPECT_EQ(doc.client, "vayu-mobile");
  EXPECT_EQ(doc.title, "How to activate a new SIM");
  EXPECT_EQ(doc.language, "en");
  EXPECT_EQ(doc.type, "guide");
  EXPECT_EQ(doc.product, "prepaid");
  EXPECT_EQ(doc.tags, (std::vector<std::string>{"sim", "activation"}));
  EXPECT_EQ(doc.url, "https://help.vayu.example/sim/activate");
  EXPECT_EQ(doc.updated_at, "2026-03-14");
  EXPECT_EQ(doc.steps, (std::vector<std::string>{"Insert the SIM.", "Restart the phone."}));
  EXPECT_EQ(doc.text, "Your new SIM works in minutes.\nCall support if it fails.");
  EXPECT_EQ(doc.body.rfind("Your new SIM works in **minutes**.", 0), 0u);
  EXPECT_EQ(doc.source.file, "corpus/vayu-mobile/sim.md");
  EXPECT_EQ(doc.source.line, 1u);
}

TEST(DocumentFrontMatterTest, HindiStepsHeading) {
  const std::string text =
      "---\nid: sim-hi\ntitle: नया सिम कैसे चालू करें\nlanguage: hi\n---\n"
      "सिम कुछ मिनट में चालू होता है।\n\n## चरण\n1. सिम डालें।\n2. फ़ोन दोबारा चालू करें।\n";
  LoadResult result = load_article_text(text, "sim-hi.md", test_client());
  ASSERT_TRUE(result.errors.empty()) << result.errors.front().to_string();
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].steps,
            (std::vector<std::string>{"सिम डालें।", "फ़ोन दोबारा चालू करें।"}));
  EXPECT_EQ(result.documents[0].text, "सिम कुछ मिनट में चालू होता है।");
}

}  // namespace
}  // namespace kb

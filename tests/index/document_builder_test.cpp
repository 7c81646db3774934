#include "indexer/index/document_builder.h"

#include <set>

#include "indexer/index/stored_fields.h"
#include "tests/test_util.h"

namespace kb {
namespace {

std::set<std::string> terms_of(const Xapian::Document& xdoc) {
  std::set<std::string> terms;
  for (auto t = xdoc.termlist_begin(); t != xdoc.termlist_end(); ++t) terms.insert(*t);
  return terms;
}

Xapian::termcount wdf_of(const Xapian::Document& xdoc, const std::string& term) {
  auto t = xdoc.termlist_begin();
  t.skip_to(term);
  return (t != xdoc.termlist_end() && *t == term) ? t.get_wdf() : 0;
}

TEST(DocumentBuilderTest, WritesFilterTermsValuesAndData) {
  Analyzer analyzer;
  Document doc = testing::make_doc("shop", "refund-1", "Refund status", "Track the refund.", "bn-IN");
  doc.type = "faq";
  doc.product = "Orders ";
  doc.tags = {"Refund", "Money"};
  doc.updated_at = "2026-03-01";
  const Xapian::Document xdoc = DocumentBuilder(analyzer).build(doc);
  const auto terms = terms_of(xdoc);

  for (const char* want : {"Qrefund-1", "Lbn", "Lbn-in", "XTfaq", "XPorders", "Krefund", "Kmoney"}) {
    EXPECT_TRUE(terms.count(want)) << want;
  }
  EXPECT_TRUE(terms.count(std::string(format::kPrefixTitle) + analyzer.term_of("status", "en")));
  EXPECT_EQ(xdoc.get_value(format::kSlotUpdatedAt), "2026-03-01");
  EXPECT_EQ(xdoc.get_value(format::kSlotType), "faq");
  EXPECT_EQ(xdoc.get_value(format::kSlotLanguage), "bn");
  EXPECT_EQ(xdoc.get_value(format::kSlotTags), std::string("Refund") + format::kTagSeparator + "Money");
  EXPECT_EQ(xdoc.get_value(format::kSlotBody), "Track the refund.");
  auto stored = load_stored_fields(xdoc, {});
  ASSERT_OK(stored);
  EXPECT_EQ(stored->id, "refund-1");
}

TEST(DocumentBuilderTest, KeepsTheWordsOfEveryBody) {
  Analyzer analyzer;
  const Document chinese = testing::make_doc("shop", "zh-1", "退款", "退款状态查询 refund", "zh");
  const Document hindi =
      testing::make_doc("shop", "hi-1", "रिफंड", "रिफंड की स्थिति, refund!", "hi");
  for (const Document& doc : {chinese, hindi}) {
    std::vector<WordSpan> words;
    ASSERT_OK(load_stored_fields(DocumentBuilder(analyzer).build(doc), {.text = true}, &words));
    const auto tokens = analyzer.analyze(doc.text, doc.language);
    ASSERT_EQ(words.size(), tokens.size()) << doc.id;
    ASSERT_GE(words.size(), 3u) << doc.id;
    for (size_t i = 0; i < words.size(); ++i) {
      EXPECT_EQ(words[i].start, tokens[i].start) << doc.id << " #" << i;
      EXPECT_EQ(words[i].end, tokens[i].end) << doc.id << " #" << i;
    }
  }
}

TEST(DocumentBuilderTest, FieldWeightsCountIntoWdf) {
  Analyzer analyzer;
  Document doc = testing::make_doc("t", "d", "balance", "balance");
  doc.tags = {"balance"};
  doc.steps = {"check balance"};
  const FieldWeights weights{.title = 5, .tags = 3, .steps = 2, .body = 1};
  const Xapian::Document xdoc = DocumentBuilder(analyzer, weights).build(doc);
  EXPECT_EQ(wdf_of(xdoc, analyzer.term_of("balance", "en")), 5u + 3u + 2u + 1u);
}

TEST(DocumentBuilderTest, FieldsArePositionedApartSoPhrasesDoNotCrossThem) {
  Analyzer analyzer;
  Document doc = testing::make_doc("t", "d", "recharge", "failed payment");
  const Xapian::Document xdoc = DocumentBuilder(analyzer).build(doc);
  auto positions = [&](const std::string& term) {
    std::vector<Xapian::termpos> out;
    auto t = xdoc.termlist_begin();
    t.skip_to(term);
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) out.push_back(*p);
    return out;
  };
  const auto title = positions(analyzer.term_of("recharge", "en"));
  const auto body = positions(analyzer.term_of("failed", "en"));
  ASSERT_EQ(title.size(), 1u);
  ASSERT_EQ(body.size(), 1u);
  EXPECT_GE(body[0] - title[0], format::kFieldGap);
}

}  // namespace
}  // namespace kb

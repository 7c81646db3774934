#include "server/search/snippet_builder.h"

#include "indexer/common/utf8.h"
#include "tests/test_util.h"

namespace kb {
namespace {

std::vector<std::string> query_terms(const Analyzer& analyzer, const std::string& query,
                                     const std::string& language) {
  std::vector<std::string> terms;
  for (const auto& token : analyzer.analyze(query, language)) terms.push_back(token.term);
  return terms;
}

// The visible text of a snippet: tags and entities removed.
std::string visible_text(const std::string& html) {
  std::string out;
  for (size_t i = 0; i < html.size(); ++i) {
    if (html[i] == '<') {
      i = html.find('>', i);
      continue;
    }
    if (html[i] == '&') {
      const size_t semi = html.find(';', i);
      out += '?';
      i = semi;
      continue;
    }
    out += html[i];
  }
  return out;
}

struct SnippetCase {
  const char* name;
  const char* text;
  const char* language;
  const char* query;
  const char* expected;  // must occur in the snippet
};

TEST(SnippetBuilderTest, HighlightsQueryWordsInEveryScript) {
  const SnippetCase cases[] = {
      {"english_stem", "If your recharge failed, the money is refunded in 24 hours.", "en",
       "recharging fails", "If your <mark>recharge</mark> <mark>failed</mark>"},
      {"hindi_suffix", "आपके कार्डों की जानकारी यहाँ है।", "hi", "कार्ड", "<mark>कार्डों</mark>"},
      {"hindi_nukta", "यह ज़रूरी है कि आप ओटीपी डालें।", "hi", "जरूरी", "<mark>ज़रूरी</mark>"},
      {"bengali", "আপনার রিচার্জ হচ্ছে না? আমাদের কল করুন।", "bn", "রিচার্জ",
       "<mark>রিচার্জ</mark> হচ্ছে"},
      {"tamil", "உங்கள் ரீசார்ஜ் ஆகவில்லை என்றால் எங்களை அழைக்கவும்.", "ta", "ரீசார்ஜ்",
       "<mark>ரீசார்ஜ்</mark>"},
      {"thai", "เติมเงินไม่สำเร็จ กรุณาลองใหม่", "th", "เติมเงิน", "<mark>เงิน</mark>"},
      {"mixed_hindi_english", "मेरा SIM card ब्लॉक हो गया है", "hi", "sim cards",
       "<mark>SIM</mark> <mark>card</mark>"},
  };
  Analyzer analyzer;
  SnippetBuilder builder(analyzer, {.max_chars = 200});
  for (const auto& c : cases) {
    Document doc = testing::make_doc("c", "d", "t", c.text, c.language);
    const std::string snippet = builder.build(doc, query_terms(analyzer, c.query, c.language));
    EXPECT_NE(snippet.find(c.expected), std::string::npos) << c.name << ": " << snippet;
  }
}

TEST(SnippetBuilderTest, HtmlInTheArticleIsEscaped) {
  Analyzer analyzer;
  SnippetBuilder builder(analyzer, {.max_chars = 200});
  Document doc = testing::make_doc(
      "c", "d", "t", "<script>alert('x')</script> refund <b onmouseover=\"x\">now</b> & later");
  const std::string snippet = builder.build(doc, query_terms(analyzer, "refund", "en"));
  EXPECT_EQ(snippet.find("<script"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.find("<b"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("&lt;script&gt;"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("&amp; later"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("<mark>refund</mark>"), std::string::npos) << snippet;
}

TEST(SnippetBuilderTest, LengthIsCountedInCharactersAndCutsKeepGraphemesWhole) {
  Analyzer analyzer;
  std::string hindi;
  for (int i = 0; i < 60; ++i) hindi += "कृपया अपना बैलेंस जाँचें। ";
  hindi += "रिचार्ज असफल होने पर पैसे वापस आते हैं। ";
  for (int i = 0; i < 60; ++i) hindi += "धन्यवाद क्षमा करें। ";
  for (size_t max_chars : {40u, 80u, 120u}) {
    SnippetBuilder builder(analyzer, {.max_chars = max_chars});
    Document doc = testing::make_doc("c", "d", "t", hindi, "hi");
    const std::string snippet = builder.build(doc, query_terms(analyzer, "रिचार्ज", "hi"));
    const std::string text = visible_text(snippet);
    ASSERT_TRUE(is_valid_utf8(text));
    // Ellipses at both ends are not counted.
    EXPECT_LE(grapheme_count(text), max_chars + 2) << snippet;
    EXPECT_NE(snippet.find("<mark>रिचार्ज</mark>"), std::string::npos) << snippet;
    // Every word of the snippet is whole: it starts and ends on word edges.
    const std::string ellipsis = "\xE2\x80\xA6";
    std::string inner = text;
    if (inner.rfind(ellipsis, 0) == 0) inner = inner.substr(ellipsis.size());
    if (inner.size() >= ellipsis.size() &&
        inner.compare(inner.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0) {
      inner.resize(inner.size() - ellipsis.size());
    }
    EXPECT_NE(hindi.find(inner), std::string::npos) << "the snippet is a substring of the text";
    for (const auto& token : analyzer.analyze(inner, "hi")) {
      EXPECT_NE(hindi.find(inner.substr(token.start, token.end - token.start)), std::string::npos);
    }
  }
}

TEST(SnippetBuilderTest, ASnippetUsesItsWholeBudgetInEveryScript) {
  // Accented Latin, Cyrillic and Japanese are counted a code point per
  // character; decomposed accents and Indic signs by grapheme cluster.
  const std::pair<const char*, const char*> words[] = {
      {"fr", "réinitialisez votre carte à puce maintenant "},
      {"fr", "re\xCC\x81initialisez votre carte a\xCC\x80 puce "},
      {"ru", "перезагрузите ваш телефон сейчас "},
      {"ja", "携帯電話を再起動してください。次に、"},
      {"hi", "कृपया अपना फ़ोन दोबारा चालू करें। "},
  };
  Analyzer analyzer;
  constexpr size_t kMaxChars = 120;
  SnippetBuilder builder(analyzer, {.max_chars = kMaxChars});
  for (const auto& [language, phrase] : words) {
    std::string text;
    for (int i = 0; i < 30; ++i) text += phrase;
    Document doc = testing::make_doc("c", "d", "t", text, language);
    const std::string visible = visible_text(builder.build(doc, {"zzz"}));
    // The ellipsis at the end is not counted; a word that would not fit is left out.
    EXPECT_LE(grapheme_count(visible), kMaxChars + 1) << visible;
    EXPECT_GE(grapheme_count(visible), kMaxChars - 20) << visible;
  }
}

TEST(SnippetBuilderTest, AMatchInAGuideStepShowsThatStep) {
  Analyzer analyzer;
  SnippetBuilder builder(analyzer, {.max_chars = 200});
  Document doc = testing::make_doc("c", "d", "Mobile data not working",
                                   "Mobile data can stop for many reasons.");
  doc.steps = {"Restart the phone.", "Open Settings and set the APN to vayu.net.",
               "Call 198 if it still fails."};
  const std::string snippet = builder.build(doc, query_terms(analyzer, "apn settings", "en"));
  EXPECT_EQ(snippet.rfind("2. ", 0), 0u) << snippet;
  EXPECT_NE(snippet.find("<mark>APN</mark>"), std::string::npos) << snippet;
}

TEST(SnippetBuilderTest, PicksThePassageCoveringMostQueryWords) {
  Analyzer analyzer;
  std::string text = "Refund policy overview. ";
  for (int i = 0; i < 30; ++i) text += "Unrelated filler sentence about shipping. ";
  text += "Your refund for a cancelled order reaches the bank in five days. ";
  for (int i = 0; i < 30; ++i) text += "More filler text here. ";
  SnippetBuilder builder(analyzer, {.max_chars = 120});
  Document doc = testing::make_doc("c", "d", "t", text);
  const std::string snippet =
      builder.build(doc, query_terms(analyzer, "refund cancelled order", "en"));
  EXPECT_NE(snippet.find("<mark>cancelled</mark> <mark>order</mark>"), std::string::npos)
      << snippet;
}

TEST(SnippetBuilderTest, OnlyTheStartOfAHugeBodyIsScanned) {
  Analyzer analyzer;
  std::string text = "Refunds are explained here. ";
  while (text.size() < 100000) text += "filler words about nothing in particular ";
  text += "zebra";
  SnippetBuilder builder(analyzer, {.max_chars = 60, .max_scan_bytes = 4096});
  Document doc = testing::make_doc("c", "d", "t", text);
  EXPECT_NE(builder.build(doc, query_terms(analyzer, "refund", "en")).find("<mark>Refunds</mark>"),
            std::string::npos);
  const std::string late = builder.build(doc, query_terms(analyzer, "zebra", "en"));
  EXPECT_EQ(late.find("<mark>"), std::string::npos) << "past the scanned part: the body's start";
  EXPECT_EQ(late.rfind("Refunds are", 0), 0u) << late;
}

TEST(SnippetBuilderTest, TheStoredWordsOfATextAreUsedAsGiven) {
  Analyzer analyzer;
  SnippetBuilder builder(analyzer, {.max_chars = 200});
  const Document doc =
      testing::make_doc("c", "d", "t", "退款状态查询。请在订单页面查看退款状态。", "zh");
  const auto terms = query_terms(analyzer, "退款", "zh");
  std::vector<WordSpan> words;
  for (const Token& t : analyzer.analyze(doc.text, "zh")) words.push_back({t.start, t.end});
  const std::string segmented = builder.build(doc, terms);
  EXPECT_NE(segmented.find("<mark>退款</mark>状态"), std::string::npos) << segmented;
  EXPECT_EQ(builder.build(doc, terms, words), segmented);
  // Words that differ from what segmenting gives show that they are used.
  const std::vector<WordSpan> joined = {{0, 12}, {12, 18}};
  const std::string snippet = builder.build(doc, {"退款状态"}, joined);
  EXPECT_EQ(snippet.rfind("<mark>退款状态</mark>查询", 0), 0u) << snippet;
}

TEST(SnippetBuilderTest, WithoutAMatchShowsTheStartOfTheBody) {
  Analyzer analyzer;
  SnippetBuilder builder(analyzer, {.max_chars = 30});
  Document doc = testing::make_doc("c", "d", "t", "First words of the article and then much more text.");
  const std::string snippet = builder.build(doc, query_terms(analyzer, "zebra", "en"));
  EXPECT_EQ(snippet.rfind("First words", 0), 0u) << snippet;
  EXPECT_EQ(snippet.find("<mark>"), std::string::npos);
}

TEST(EscapeHtmlTest, EscapesMarkupAndFlattensLineBreaks) {
  std::string out = "<mark>";  // appended to, not replaced
  append_escaped_html("a<b> & \"c\" 'd'\n\te\r\n", &out);
  EXPECT_EQ(out, "<mark>a&lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;  e  ");
  append_escaped_html("", &out);
  append_escaped_html("plain", &out);
  EXPECT_EQ(out, "<mark>a&lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;  e  plain");
}

}  // namespace
}  // namespace kb

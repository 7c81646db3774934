#include "indexer/index/suggestion_terms.h"

#include <set>

#include "indexer/common/utf8.h"
#include "indexer/index/document_builder.h"
#include "indexer/index/index_format.h"
#include "tests/test_util.h"

namespace kb {
namespace {

// The suggestion terms of `family` on `xdoc`, as "key|text".
std::set<std::string> family_terms(const Xapian::Document& xdoc, std::string_view family) {
  std::set<std::string> out;
  for (auto t = xdoc.termlist_begin(); t != xdoc.termlist_end(); ++t) {
    const std::string term = *t;
    if (term.rfind(family, 0) != 0) continue;
    const auto parsed = parse_suggestion_term(std::string_view(term).substr(family.size()));
    EXPECT_TRUE(parsed) << term;
    if (parsed) out.insert(std::string(parsed->key) + "|" + std::string(parsed->text));
  }
  return out;
}

Xapian::Document build(const Document& doc) {
  Analyzer analyzer;
  return DocumentBuilder(analyzer).build(doc);
}

TEST(SuggestionTermsTest, TitleIsKeyedFoldedAndKeptAsWritten) {
  const auto xdoc = build(testing::make_doc("c", "d", "How to activate a new SIM", "x"));
  EXPECT_EQ(family_terms(xdoc, format::kPrefixSuggestTitle),
            (std::set<std::string>{"how to activate a new sim|How to activate a new SIM"}));
  const auto inner = family_terms(xdoc, format::kPrefixSuggestInner);
  EXPECT_TRUE(inner.count("sim|How to activate a new SIM"));
  EXPECT_TRUE(inner.count("activate a new sim|How to activate a new SIM"));
  EXPECT_FALSE(inner.count("how to activate a new sim|How to activate a new SIM"));
  EXPECT_FALSE(inner.count("to activate a new sim|How to activate a new SIM"));  // "to"
  EXPECT_FALSE(inner.count("a new sim|How to activate a new SIM"));              // "a"
  EXPECT_EQ(inner.size(), 3u);
}

TEST(SuggestionTermsTest, TitleKeepsItsPunctuationAndFoldsAccentsAndIndicVariants) {
  const std::pair<std::string, std::string> cases[] = {
      {"मेरा SIM card block हो गया है, क्या करूं?",
       "मेरा sim card block हो गया है क्या करूं|मेरा SIM card block हो गया है, क्या करूं?"},
      {"Café  Menü", "cafe menu|Café Menü"},
      {"ज़रूरी सूचना", "जरूरी सूचना|ज़रूरी सूचना"},
  };
  for (const auto& [title, want] : cases) {
    const auto xdoc = build(testing::make_doc("c", "d", title, "x"));
    EXPECT_EQ(family_terms(xdoc, format::kPrefixSuggestTitle), (std::set<std::string>{want}))
        << title;
  }
}

TEST(SuggestionTermsTest, PhrasesStayWithinASentenceAndAvoidFunctionWordsAtTheirEnds) {
  const auto xdoc = build(testing::make_doc(
      "c", "d", "T", "Reset the UPI PIN. Money deducted from the account of the customer."));
  const auto phrases = family_terms(xdoc, format::kPrefixSuggestPhrase);
  EXPECT_TRUE(phrases.count("reset the upi|Reset the UPI"));
  EXPECT_TRUE(phrases.count("upi pin|UPI PIN"));
  EXPECT_TRUE(phrases.count("money deducted|Money deducted"));
  EXPECT_FALSE(phrases.count("pin money|PIN. Money"));    // crosses a sentence end
  EXPECT_FALSE(phrases.count("pin money|PIN Money"));
  EXPECT_FALSE(phrases.count("reset the|Reset the"));    // ends with "the"
  EXPECT_FALSE(phrases.count("of the customer|of the customer"));  // starts with "of"
  EXPECT_FALSE(phrases.count("account of the|account of the"));  // ends with "the"
}

TEST(SuggestionTermsTest, PhrasesInIndicScripts) {
  const auto xdoc = build(testing::make_doc("c", "d", "T", "रिचार्ज नहीं हो रहा है", "hi"));
  const auto phrases = family_terms(xdoc, format::kPrefixSuggestPhrase);
  EXPECT_TRUE(phrases.count("रिचार्ज नहीं|रिचार्ज नहीं"));
  EXPECT_FALSE(phrases.count("रिचार्ज नहीं हो|रिचार्ज नहीं हो"));  // ends with "हो"
}

TEST(SuggestionTermsTest, TermsAreBooleanSoDocumentLengthsDoNotChange) {
  const auto xdoc = build(testing::make_doc("c", "d", "Recharge failed", "Recharge failed today"));
  Xapian::termcount length = 0;
  size_t suggestion_terms = 0;
  for (auto t = xdoc.termlist_begin(); t != xdoc.termlist_end(); ++t) {
    if ((*t).rfind("XS", 0) == 0) {
      ++suggestion_terms;
      EXPECT_EQ(t.get_wdf(), 0u) << *t;
    } else {
      length += t.get_wdf();
    }
  }
  EXPECT_GT(suggestion_terms, 0u);
  EXPECT_GT(length, 0u);
}

TEST(SuggestionTermsTest, LongTitlesFitXapiansTermLimitCutAtAWord) {
  std::string title;
  for (int i = 0; i < 40; ++i) title += "रिचार्ज ";  // 40 words of 7 code points: 840 bytes
  const auto xdoc = build(testing::make_doc("c", "d", title, "x", "hi"));
  size_t seen = 0;
  for (auto t = xdoc.termlist_begin(); t != xdoc.termlist_end(); ++t) {
    const std::string term = *t;
    EXPECT_LE(term.size(), 245u) << term;
    if (term.rfind(format::kPrefixSuggestTitle, 0) != 0) continue;
    ++seen;
    const auto parsed =
        parse_suggestion_term(std::string_view(term).substr(format::kPrefixSuggestTitle.size()));
    ASSERT_TRUE(parsed);
    EXPECT_LE(parsed->key.size(), format::kMaxSuggestKeyBytes);
    EXPECT_LE(parsed->text.size(), format::kMaxSuggestTextBytes);
    EXPECT_TRUE(is_valid_utf8(parsed->key));
    EXPECT_EQ(std::string(parsed->text).back(), std::string("ज").back());  // ends on a whole word
    EXPECT_EQ(title.rfind(std::string(parsed->text), 0), 0u);
  }
  EXPECT_EQ(seen, 1u);
}

TEST(SuggestionTermsTest, PhrasesOfVeryLongWordsAreLeftOutNotTooLong) {
  // Three Tamil words of 36 to 60 bytes each: the 3-word phrase is over 150 bytes.
  const std::string body =
      "கருத்தாக்கத்துடன் அவ்வப்போது குழப்பிக்கொள்ளப்படுகிறது";
  const auto xdoc = build(testing::make_doc("c", "d", "T", body, "ta"));
  for (auto t = xdoc.termlist_begin(); t != xdoc.termlist_end(); ++t) {
    EXPECT_LE((*t).size(), 245u) << *t;
  }
  const auto phrases = family_terms(xdoc, format::kPrefixSuggestPhrase);
  EXPECT_TRUE(phrases.count("கருத்தாக்கத்துடன் அவ்வப்போது|கருத்தாக்கத்துடன் அவ்வப்போது"));
  EXPECT_EQ(phrases.size(), 2u);
}

TEST(SuggestionTermsTest, TypedKeyIsFoldedLikeTheIndexAndKnowsWhenAWordIsDone) {
  Analyzer analyzer;
  const std::pair<const char*, const char*> cases[] = {
      {"Rech", "rech"},
      {"RECH", "rech"},
      {"rech", "rech"},
      {"  Recharge   fa", "recharge fa"},
      {"recharge ", "recharge "},
      {"Café", "cafe"},
      {"ज़रू", "जरू"},
      {"রিচা", "রিচা"},
      {"ரீசா", "ரீசா"},
      {"?!", ""},
  };
  for (const auto& [typed, key] : cases) {
    EXPECT_EQ(typed_suggestion_key(analyzer, typed), key) << typed;
  }
}

}  // namespace
}  // namespace kb

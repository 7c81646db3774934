#include "indexer/analysis/analyzer.h"

#include <algorithm>

#include "tests/test_util.h"

namespace kb {
namespace {

struct ExpectedToken {
  std::string term;
  uint32_t start;
  uint32_t end;
};

struct AnalyzerCase {
  const char* name;
  const char* text;
  const char* language;
  std::vector<ExpectedToken> tokens;
};

TEST(AnalyzerTest, TermsAndByteOffsetsPerScript) {
  const AnalyzerCase cases[] = {
      {"english", "Recharging failed: my SIM-card isn't working!", "en",
       {{"recharg", 0, 10}, {"fail", 11, 17}, {"my", 19, 21}, {"sim", 22, 25}, {"card", 26, 30},
        {"isn't", 31, 36}, {"work", 37, 44}}},
      {"hindi", "मेरा रिचार्ज नहीं हो रहा, कार्डों की जानकारी", "hi",
       {{"मेर", 0, 12}, {"रिचार्ज", 13, 34}, {"नह", 35, 47}, {"हो", 48, 54}, {"रह", 55, 64},
        {"कार्ड", 66, 87}, {"की", 88, 94}, {"जानकार", 95, 116}}},
      {"bengali", "আমার রিচার্জ হচ্ছে না। কার্ডগুলো", "bn",
       {{"আমা", 0, 12}, {"রিচার্জ", 13, 34}, {"হচ্ছ", 35, 50}, {"না", 51, 57}, {"কার্ড", 61, 88}}},
      {"tamil", "உங்கள் ரீசார்ஜ் ஆகவில்லை", "ta",
       {{"உங்கள்", 0, 18}, {"ரீசார்ஜ்", 19, 43}, {"ஆக", 44, 68}}},
      {"thai_has_no_spaces", "เติมเงินไม่สำเร็จ", "th",
       {{"เติม", 0, 12}, {"เงิน", 12, 24}, {"ไม่", 24, 33}, {"สําเร็จ", 33, 51}}},
      {"chinese_has_no_spaces", "退款状态查询", "zh", {{"退款", 0, 6}, {"状态", 6, 12}, {"查询", 12, 18}}},
      {"english_words_in_hindi_stem_as_english", "मेरा SIM cards ब्लॉक हो गया", "hi",
       {{"मेर", 0, 12}, {"sim", 13, 16}, {"card", 17, 22}, {"ब्लॉक", 23, 38}, {"हो", 39, 45},
        {"गय", 46, 55}}},
      {"fullwidth_ligature_accents_greek", "ＦＵＬＬ ﬁnance café Ελληνικά", "en",
       {{"full", 0, 12}, {"financ", 13, 21}, {"cafe", 22, 27}, {"ελληνικα", 28, 44}}},
      {"nukta_and_chandrabindu_fold", "ज़रूरी हँसना", "hi", {{"जरूर", 0, 18}, {"हंस", 19, 34}}},
      {"numbers_and_codes", "4G *121# 1800-100", "en",
       {{"4g", 0, 2}, {"121", 4, 7}, {"1800", 9, 13}, {"100", 14, 17}}},
      {"empty", "", "en", {}},
      {"punctuation_only", " ,.!? — ", "en", {}},
  };
  Analyzer analyzer;
  for (const auto& c : cases) {
    const auto tokens = analyzer.analyze(c.text, c.language);
    ASSERT_EQ(tokens.size(), c.tokens.size()) << c.name;
    for (size_t i = 0; i < tokens.size(); ++i) {
      EXPECT_EQ(tokens[i].term, c.tokens[i].term) << c.name << " #" << i;
      EXPECT_EQ(tokens[i].start, c.tokens[i].start) << c.name << " #" << i;
      EXPECT_EQ(tokens[i].end, c.tokens[i].end) << c.name << " #" << i;
      EXPECT_EQ(tokens[i].position, i) << c.name;
    }
  }
}

TEST(AnalyzerTest, AQueryWordAndTheSameWordInADocumentGiveOneTerm) {
  const std::pair<const char*, const char*> pairs[][2] = {
      {{"recharge", "en"}, {"Your recharge failed.", "en"}},
      {{"कार्ड", ""}, {"आपके कार्डों की जानकारी", "hi"}},
      {{"জরুরি", ""}, {"এটা জরুরি।", "bn"}},
      {{"ரீசார்ஜ்", "en"}, {"உங்கள் ரீசார்ஜ் ஆகவில்லை", "ta"}},
      {{"CARD", "hi"}, {"मेरा card ब्लॉक", "hi"}},
  };
  Analyzer analyzer;
  for (const auto& [query, doc] : pairs) {
    const std::string term = analyzer.term_of(query.first, query.second);
    bool found = false;
    for (const auto& token : analyzer.analyze(doc.first, doc.second)) found |= token.term == term;
    EXPECT_TRUE(found) << query.first << " -> " << term << " not in " << doc.first;
  }
}

TEST(AnalyzerTest, InvalidUtf8GivesTokensForTheValidPartsOnly) {
  Analyzer analyzer;
  const std::string text = std::string("card \xff\xfe blocked \xe0\xa4");
  const auto tokens = analyzer.analyze(text, "en");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].term, "card");
  EXPECT_EQ(text.substr(tokens[1].start, tokens[1].end - tokens[1].start), "blocked");
}

TEST(AnalyzerTest, TermsAreNeverEmpty) {
  // Xapian's Tamil stemmer returns "" for some words; the analyzer must not.
  Analyzer analyzer;
  for (const char* word : {"எங்கள்", "களின்", "பற்றியே", "கொண்டிருக்க"}) {
    const auto tokens = analyzer.analyze(word, "ta");
    ASSERT_EQ(tokens.size(), 1u) << word;
    EXPECT_FALSE(tokens[0].term.empty()) << word;
  }
}

TEST(AnalyzerTest, AWordTooLongForATermMakesNoToken) {
  Analyzer analyzer;
  const std::string longest(Analyzer::kMaxWordBytes, 'a');
  const std::string ascii(Analyzer::kMaxWordBytes + 1, 'a');
  std::string devanagari;  // 41 letters of 3 bytes
  for (int i = 0; i < 41; ++i) devanagari += "क";
  // 15 bytes as written, 165 folded: NFKC spells out each ligature.
  std::string ligatures;
  for (int i = 0; i < 5; ++i) ligatures += "\uFDFA";
  for (const std::string& word : {ascii, devanagari, ligatures}) {
    const std::string text = "card " + word + " blocked";
    const auto tokens = analyzer.analyze(text, "en");
    ASSERT_EQ(tokens.size(), 2u) << word.size();
    EXPECT_EQ(tokens[1].term, "block");
    EXPECT_EQ(tokens[1].position, 1u);
    const auto matches = analyzer.match_terms(text, "en", {"card", "block"});
    ASSERT_EQ(matches.size(), word == ligatures ? 3u : 2u) << word.size();
    EXPECT_EQ(matches.back().term, 1);
  }
  const auto kept = analyzer.analyze("card " + longest, "en");
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[1].unstemmed, longest);
}

TEST(AnalyzerTest, AWordSeenBeforeFoldsAsTheFirstTime) {
  // The analyzer remembers folded words: a warm one must agree with a new one.
  const char* texts[] = {"ＦＵＬＬ ﬁnance café Ελληνικά CAFÉ", "ज़रूरी हँसना ज़रूरी",
                         "Ärger ärger ÄRGER Straße", "কার্ডগুলো কার্ডগুলো"};
  Analyzer warm;
  for (const char* text : texts) warm.analyze(text, "en");
  for (const char* text : texts) {
    Analyzer fresh;
    const auto expected = fresh.analyze(text, "en");
    const auto got = warm.analyze(text, "en");
    ASSERT_EQ(got.size(), expected.size()) << text;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].unstemmed, expected[i].unstemmed) << text << " #" << i;
      EXPECT_EQ(got[i].term, expected[i].term) << text << " #" << i;
    }
  }
  EXPECT_EQ(warm.analyze("ÄRGER ärger", "de")[0].unstemmed, "arger");
}

// The index in `terms` of each token's term, as match_terms() should say.
std::vector<int> expected_matches(const std::vector<Token>& tokens,
                                  const std::vector<std::string>& terms) {
  std::vector<int> out;
  for (const Token& t : tokens) {
    const auto it = std::find(terms.begin(), terms.end(), t.term);
    out.push_back(it == terms.end() ? -1 : static_cast<int>(it - terms.begin()));
  }
  return out;
}

TEST(AnalyzerTest, MatchTermsFindsTheTermsAnalyzeMakes) {
  Analyzer analyzer;
  const char* texts[] = {
      "Recharging failed: my SIM-cards were BLOCKED, recharge again",
      "मेरा रिचार्ज नहीं हो रहा, रिचार्जों की सूची देखें",
      "আমার ইউপিআই পেমেন্ট ব্যর্থ হয়েছে, পেমেন্টের অবস্থা",
      "Zurücksetzen des Passworts: Passwörter ÄNDERN",
      "退款状态查询 refund 状态",
      "เติมเงินไม่สำเร็จ SIM",
      "café Ελληνικά ÉCOLE écoles",
      "Zéro ze\u0301ro Über uber 1ère 1ere Z\u0301 ź",
      "Ébène ébène Ørsted ørsted İstanbul istanbul ﬁle file",
      "Пароль ПАРОЛЯ ёлка Ёлки е\u0308лка",
      "ΕΛΛΗΝΙΚΆ Ελληνικά άλφα Άλφα",
      "退款 退款状态 状态查询 查询",
      // Kana, Hangul, Indic and Thai words whose first letter may or may
      // not compose with the next: half-width katakana with its voicing
      // mark, Hangul written as jamo, a precomposed nukta letter and one
      // written with its nukta, Tamil vowel signs, a Thai leading vowel.
      "ガス ｶﾞｽ ガス", "カード ｶｰﾄﾞ",
      "한국어 \u1112\u1161\u11AB\uAD6D 한국 가나다",
      "\u095Bमीन ज़मीन जमीन किला \u0958िला",
      "கொடு கொடுங்கள் கோவில் பணம்",
      "เงิน เติมเงิน เงินคืน ไม่",
  };
  for (const char* text : texts) {
    for (const auto& [language, step] : {std::pair{"en", 1}, {"en", 2}, {"de", 2}, {"hi", 2}}) {
      const auto tokens = analyzer.analyze(text, language);
      // Every word's or every other word's term, a repeat, and a term the
      // text lacks.
      std::vector<std::string> terms = {"absent"};
      for (size_t i = 0; i < tokens.size(); i += step) terms.push_back(tokens[i].term);
      if (!tokens.empty()) terms.push_back(tokens.front().term);
      const auto got = analyzer.match_terms(text, language, terms);
      const auto expected = expected_matches(tokens, terms);
      ASSERT_EQ(got.size(), tokens.size()) << text;
      for (size_t i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].start, tokens[i].start) << text << " #" << i;
        EXPECT_EQ(got[i].end, tokens[i].end) << text << " #" << i;
        EXPECT_EQ(got[i].term, expected[i]) << text << " " << language << " #" << i;
      }
    }
  }
  // An upper-case ASCII word whose stem is the term: "RECHARGING" is "recharg".
  const auto upper = analyzer.match_terms("RECHARGING now", "en", {"recharg"});
  ASSERT_EQ(upper.size(), 2u);
  EXPECT_EQ(upper[0].term, 0);
  EXPECT_EQ(upper[1].term, -1);
  // Full-width digits have no script of their own and fold to ASCII ones.
  const auto digits = analyzer.match_terms("dial １２１ now", "en", {"121"});
  ASSERT_EQ(digits.size(), 3u);
  EXPECT_EQ(digits[1].term, 0);
  EXPECT_TRUE(analyzer.match_terms("", "en", {"recharg"}).empty());
}

TEST(AnalyzerTest, KnownWordsMatchAsSegmentingWould) {
  Analyzer analyzer;
  for (const char* text : {"退款状态查询 refund 状态", "เติมเงินไม่สำเร็จ SIM", "gcloud コマンドを実行します。",
                           "Recharging failed: my SIM-card"}) {
    const auto tokens = analyzer.analyze(text, "en");
    std::vector<WordSpan> words;
    std::vector<std::string> terms;
    for (const Token& t : tokens) {
      words.push_back({t.start, t.end});
      terms.push_back(t.term);
    }
    const auto got = analyzer.match_terms(text, words, "en", terms);
    const auto expected = analyzer.match_terms(text, "en", terms);
    ASSERT_EQ(got.size(), expected.size()) << text;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].term, expected[i].term) << text << " #" << i;
      EXPECT_GE(got[i].term, 0) << text << " #" << i;
      EXPECT_EQ(got[i].start, expected[i].start) << text << " #" << i;
      EXPECT_EQ(got[i].end, expected[i].end) << text << " #" << i;
    }
  }
  // The words given are the words taken: one span over two words is one word.
  const auto joined = analyzer.match_terms("退款状态", std::vector<WordSpan>{{0, 12}}, "zh",
                                           {"退款", "退款状态"});
  ASSERT_EQ(joined.size(), 1u);
  EXPECT_EQ(joined[0].term, 1);
}

TEST(AnalyzerTest, IdNamesTheVersion) {
  EXPECT_EQ(Analyzer::id(), "kb-icu/" + std::to_string(Analyzer::kVersion));
}

}  // namespace
}  // namespace kb

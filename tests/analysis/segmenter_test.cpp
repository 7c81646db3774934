#include "indexer/analysis/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <random>

#include "tests/test_util.h"

namespace kb {
namespace {

std::vector<std::string> words_of(Segmenter& segmenter, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& span : segmenter.words(text)) out.push_back(text.substr(span.start, span.end - span.start));
  return out;
}

TEST(SegmenterTest, SplitsWordsWithAndWithoutSpaces) {
  const std::pair<std::string, std::vector<std::string>> cases[] = {
      {"Hello, world!", {"Hello", "world"}},
      {"UPI-ID e-mail don't", {"UPI", "ID", "e", "mail", "don't"}},
      {"रिचार्ज नहीं हुआ।", {"रिचार्ज", "नहीं", "हुआ"}},
      {"ধাপ ১: সিম খুলুন", {"ধাপ", "১", "সিম", "খুলুন"}},
      {"ขั้นตอนการเติมเงิน", {"ขั้น", "ตอน", "การ", "เติม", "เงิน"}},
      {"订单未送达", {"订单", "未", "送", "达"}},
      {"", {}},
  };
  Segmenter segmenter;
  for (const auto& [text, words] : cases) EXPECT_EQ(words_of(segmenter, text), words) << text;
}

TEST(SegmenterTest, ReusableAcrossTexts) {
  Segmenter segmenter;
  EXPECT_EQ(words_of(segmenter, "one two").size(), 2u);
  EXPECT_EQ(words_of(segmenter, "three").size(), 1u);
}

// What ICU's word iterator makes of `text`: the spans whose rule status is
// not "none", as Segmenter reports words.
std::vector<std::string> icu_words(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(ut, status);
  std::vector<std::string> out;
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    if (it->getRuleStatus() != UBRK_WORD_NONE) out.push_back(text.substr(start, end - start));
  }
  it->setText(icu::UnicodeString());
  utext_close(ut);
  return out;
}

TEST(SegmenterTest, AsciiTextIsSplitAsIcuSplitsIt) {
  Segmenter segmenter;
  const std::string cases[] = {
      "can't e.g. 3.14 1,000 snake_case a:b x.1 1.x a..b 1,,2 _ __ _a a_ 1_ 'a a' .5 5. ;",
      "$ gcloud --tags=tag1,tag2 \\ 10.0.0.1:8080 user@example.com http://a.b/c?d=e&f",
      "line\r\nnext\ttab  two  spaces\vvt\fff \"quoted\" (paren) [x] {y} <z> a-b a/b a+b",
  };
  for (const auto& text : cases) EXPECT_EQ(words_of(segmenter, text), icu_words(text)) << text;

  // Random text: half the time from the characters the rules treat
  // differently, else from all of ASCII.
  const std::string alphabet = "aZ9_.':,; \n-\"@/x1";
  std::mt19937 random(7);
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const size_t length = 1 + random() % 12;
    for (size_t i = 0; i < length; ++i) {
      text += n % 2 ? alphabet[random() % alphabet.size()] : static_cast<char>(random() % 128);
    }
    ASSERT_EQ(words_of(segmenter, text), icu_words(text)) << "'" << text << "'";
  }
}

TEST(SegmenterTest, LatinGreekCyrillicAndIndicTextIsSplitAsIcuSplitsIt) {
  Segmenter segmenter;
  const std::string cases[] = {
      "l\u2019adresse na\u00efve caf\u00e9 Ti\u1ebfng Vi\u1ec7t \u00abcitation\u00bb 1\u2019000",
      "e\u0301te\u0301 \u0301start a\u00adb a\u00b7b x\u2027y a\u202fb a\n\u0301b \u00aa \u00ba \u00b5 \u00a9 \u00d7",
      "\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac \u0440\u0443\u0441\u0441\u043a\u0438\u0439; \u0442\u0435\u043a\u0441\u0442",
      "\u0939\u093f\u0928\u094d\u0926\u0940 \u092a\u093e\u0920\u0964 \u0995\u09cd\u09b7 \u0ba4\u0bae\u0bbf\u0bb4\u0bcd \u0967\u0968",
  };
  for (const auto& text : cases) EXPECT_EQ(words_of(segmenter, text), icu_words(text)) << text;

  // Random text from the characters the rules treat differently, with a
  // few the scanner leaves to ICU (\u4e2d, ZWJ, Hebrew).
  const char* alphabet[] = {
      "a", "Z", "9", "_", ".", "'", ":", ",", ";", " ", "\n", "\r", "-", "\"", "@",
      "\u00e9", "\u0301", "\u00ad", "\u2019", "\u2018", "\u00b7", "\u0387", "\u2027",
      "\u2044", "\u037e", "\u203f", "\u202f", "\u00a0", "\u2013", "\u2026", "\u03b1",
      "\u0416", "\u0483", "\u0915", "\u093f", "\u094d", "\u200c", "\u0966", "\u0964",
      "\u00a9", "\u00d7", "\u00aa", "\u200b", "\u2060", "\u1ec7", "\u0bcd", "\u0995",
      "\u4e2d", "\u200d", "\u05d0"};
  std::mt19937 random(11);
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const size_t length = 1 + random() % 12;
    for (size_t i = 0; i < length; ++i) text += alphabet[random() % std::size(alphabet)];
    ASSERT_EQ(words_of(segmenter, text), icu_words(text)) << "'" << text << "'";
  }
}

}  // namespace
}  // namespace kb

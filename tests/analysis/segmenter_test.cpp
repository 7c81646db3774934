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

}  // namespace
}  // namespace kb

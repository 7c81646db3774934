#include "indexer/analysis/segmenter.h"

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

}  // namespace
}  // namespace kb

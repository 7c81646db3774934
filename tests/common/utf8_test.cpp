#include "indexer/common/utf8.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>
#include <random>

#include "indexer/common/names.h"
#include "tests/test_util.h"

namespace kb {
namespace {

TEST(Utf8Test, Validation) {
  const std::tuple<std::string, bool, size_t> cases[] = {
      {"", true, 0},
      {"plain", true, 0},
      {"हिन्दी বাংলা தமிழ் ไทย 中文 😀", true, 0},
      {"ab\xff", false, 2},
      {"\xc0\xaf", false, 0},          // overlong
      {"a\xed\xa0\x80", false, 1},     // surrogate
      {"\xe0\xa4", false, 0},          // truncated
      {"\xf4\x90\x80\x80", false, 0},  // above U+10FFFF
  };
  for (const auto& [text, valid, at] : cases) {
    size_t bad = 99;
    EXPECT_EQ(is_valid_utf8(text, &bad), valid) << text;
    if (!valid) {
      EXPECT_EQ(bad, at) << text;
    }
  }
}

TEST(Utf8Test, AsciiIsEveryByteBelow0x80) {
  EXPECT_TRUE(is_ascii(""));
  EXPECT_TRUE(is_ascii("can't e.g. 3.14\x7f"));
  EXPECT_FALSE(is_ascii("caf\xc3\xa9"));
  EXPECT_FALSE(is_ascii("\x80"));
  EXPECT_FALSE(is_ascii("sixteen bytes ok\xc3\xa9 and more after the eighth"));
}

TEST(Utf8Test, NextNonAsciiFindsTheFirstHighByteFromAnOffset) {
  const std::string text = "0123456789abcdef\xe0\xa4\x95 tail 0123456789\xc3\xa9";
  EXPECT_EQ(next_non_ascii(text, 0), 16u);
  EXPECT_EQ(next_non_ascii(text, 16), 16u);
  EXPECT_EQ(next_non_ascii(text, 19), 35u);
  EXPECT_EQ(next_non_ascii(text, text.size()), text.size());
  EXPECT_EQ(next_non_ascii("ascii only, longer than eight", 3), 29u);
  for (size_t at = 0; at < 20; ++at) {  // a high byte at every place in a word
    std::string s(20, 'a');
    s[at] = '\x80';
    EXPECT_EQ(next_non_ascii(s, 0), at) << at;
  }
}

TEST(Utf8Test, GraphemesAreUserPerceivedCharacters) {
  const std::pair<std::string, size_t> cases[] = {
      {"", 0}, {"abc", 3}, {"नमस्ते", 3}, {"ক্ষমা", 2}, {"e\xcc\x81", 1}, {"👍🏽", 1},
  };
  for (const auto& [text, count] : cases) EXPECT_EQ(grapheme_count(text), count) << text;
  EXPECT_EQ(grapheme_prefix("नमस्ते", 2), "नम");
  EXPECT_EQ(grapheme_prefix("abc", 0), "");
  EXPECT_EQ(grapheme_prefix("abc", 10), "abc");
}

// ICU's grapheme boundaries of `text`, 0 and the end included.
std::vector<uint32_t> icu_grapheme_boundaries(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  it->setText(u);
  std::vector<uint32_t> out;
  for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next()) {
    // UTF-16 offset -> UTF-8 offset.
    std::string prefix;
    u.tempSubString(0, b).toUTF8String(prefix);
    out.push_back(static_cast<uint32_t>(prefix.size()));
  }
  return out;
}

TEST(Utf8Test, SimpleGraphemeBoundariesAreIcusWhereTheyApply) {
  // Marks, conjuncts (consonant + virama + consonant joins in Devanagari,
  // Bengali, Gujarati, Oriya, Telugu and Malayalam, not in Tamil or
  // Kannada), nukta, anusvara, ZWJ/ZWNJ, CR LF and controls.
  const char* alphabet[] = {
      "a", "Z", " ", "\r", "\n", "\t", "\x01", "é", "\xCC\x81", "\xCC\x88", "क", "ष", "त", "र",
      "\xE0\xA5\x8D", "\xE0\xA4\xBC", "ि", "ा", "ु", "ं", "ँ", "ः", "।", "\xE2\x80\x8D",
      "\xE2\x80\x8C", "ক", "ষ", "\xE0\xA7\x8D", "া", "க", "ஷ", "\xE0\xAF\x8D", "ா", "ક",
      "\xE0\xAB\x8D", "క", "\xE0\xB1\x8D", "ക", "\xE0\xB5\x8D", "ಕ", "\xE0\xB3\x8D", "ก",
      "ำ", "ั", "เ", "あ", "ア", "漢", "가", "א", "\xD6\xB0", "ب", "\xD9\x8E", "Ω", "я",
  };
  std::mt19937 random(5);
  std::vector<uint32_t> boundaries;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const size_t length = 1 + random() % 10;
    for (size_t i = 0; i < length; ++i) text += alphabet[random() % std::size(alphabet)];
    ASSERT_TRUE(simple_grapheme_boundaries(text, &boundaries)) << text;
    ASSERT_EQ(boundaries, icu_grapheme_boundaries(text)) << text;
  }
  for (const char* other : {"ok 😀", "🇮🇳", "\xE1\x84\x80\xE1\x85\xA1", "ab\xff"}) {
    EXPECT_FALSE(simple_grapheme_boundaries(other, &boundaries)) << other;
  }
  ASSERT_TRUE(simple_grapheme_boundaries("", &boundaries));
  EXPECT_EQ(boundaries, std::vector<uint32_t>{0});
}

TEST(NamesTest, ClientNamesAndIdsThatCanBecomePaths) {
  for (const char* good : {"bank", "vayu-mobile", "a_1", "0x"}) EXPECT_TRUE(is_valid_client_name(good)) << good;
  for (const char* bad : {"", "..", "../x", "Bank", "a/b", "-a", "a b", "é"}) {
    EXPECT_FALSE(is_valid_client_name(bad)) << bad;
  }
  for (const char* good : {"sim-activation-en", "stackfaq:t0", "A.b_c"}) EXPECT_TRUE(is_valid_article_id(good)) << good;
  for (const char* bad : {"", ".", "..", "a/b", "a b", "a\n"}) EXPECT_FALSE(is_valid_article_id(bad)) << bad;
}

}  // namespace
}  // namespace kb

#include "indexer/common/utf8.h"

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

#include "eval/query_noise.h"

#include <gtest/gtest.h>

#include "indexer/common/utf8.h"

namespace kb::eval {
namespace {

// Levenshtein distance over grapheme-free bytes is enough to see one edit
// of an ASCII word.
size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

TEST(QueryNoiseTest, OneTypoChangesOneLongWordByOneEdit) {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 200; ++i) {
    const std::string typo = add_typo("my recharge is not working", rng);
    ASSERT_NE(typo, "my recharge is not working");
    EXPECT_EQ(typo.substr(0, 3), "my ");
    EXPECT_NE(typo.find(" is not "), std::string::npos) << typo;
    EXPECT_LE(edit_distance(typo, "my recharge is not working"), 2u) << typo;  // a swap is 2
  }
}

TEST(QueryNoiseTest, ShortWordsAreLeftAlone) {
  std::mt19937_64 rng(1);
  EXPECT_EQ(add_typo("is it on", rng), "is it on");
}

TEST(QueryNoiseTest, IndicWordsAreEditedWholeCharactersAtATime) {
  std::mt19937_64 rng(3);
  for (int i = 0; i < 50; ++i) {
    const std::string typo = add_typo("रिचार्ज", rng);
    EXPECT_TRUE(is_valid_utf8(typo));
    const size_t n = grapheme_count(typo);
    EXPECT_TRUE(n >= 2 && n <= 4) << typo;  // रि चा र्ज: 3 characters, one edit
  }
}

TEST(QueryNoiseTest, SameSeedSameTypos) {
  std::mt19937_64 a(42);
  std::mt19937_64 b(42);
  for (int i = 0; i < 20; ++i) EXPECT_EQ(add_typo("balance check please", a),
                                         add_typo("balance check please", b));
}

TEST(QueryNoiseTest, CutLastWordKeepsItsFirstCharacters) {
  EXPECT_EQ(cut_last_word("how to recharge", 3), "how to rec");
  EXPECT_EQ(cut_last_word("recharge  ", 3), "rec");
  EXPECT_EQ(cut_last_word("to go", 3), "to go");
  EXPECT_EQ(cut_last_word("रिचार्ज नहीं हुआ", 1), "रिचार्ज नहीं हु");
  EXPECT_EQ(cut_last_word("", 3), "");
}

}  // namespace
}  // namespace kb::eval

#include "indexer/analysis/word_folder.h"

#include "tests/test_util.h"

namespace kb {
namespace {

TEST(WordFolderTest, FoldsWhatPeopleTreatAsTheSameWord) {
  struct Case {
    const char* word;
    Script script;
    const char* folded;
  };
  const Case cases[] = {
      {"CARD", Script::kLatin, "card"},
      {"Café", Script::kLatin, "cafe"},
      {"ﬁnance", Script::kLatin, "finance"},       // ligature
      {"ＳＩＭ", Script::kLatin, "sim"},              // full-width
      {"Straße", Script::kLatin, "strasse"},        // case folding, not lower-casing
      {"Ελληνικά", Script::kGreek, "ελληνικα"},
      {"Ёлка", Script::kCyrillic, "елка"},
      {"ज़रूरी", Script::kDevanagari, "जरूरी"},      // nukta
      {"फ़ोन", Script::kDevanagari, "फोन"},
      {"हँसना", Script::kDevanagari, "हंसना"},       // chandrabindu -> anusvara
      {"क्‍या", Script::kDevanagari, "क्या"},         // ZWJ removed
      {"কিছু", Script::kBengali, "কিছু"},           // vowel signs kept
      {"আঁকা", Script::kBengali, "আংকা"},
      {"ரீசார்ஜ்", Script::kTamil, "ரீசார்ஜ்"},       // Tamil marks kept
      {"เงิน", Script::kThai, "เงิน"},
  };
  WordFolder folder;
  for (const auto& c : cases) EXPECT_EQ(folder.fold(c.word, c.script), c.folded) << c.word;
}

TEST(WordFolderTest, ComposedAndDecomposedSpellingsFoldAlike) {
  WordFolder folder;
  // क़ precomposed (U+0958) and क + nukta (U+0915 U+093C).
  EXPECT_EQ(folder.fold("\xE0\xA5\x98", Script::kDevanagari),
            folder.fold("\xE0\xA4\x95\xE0\xA4\xBC", Script::kDevanagari));
  // Bengali ো as one code point (U+09CB) and as its two parts (U+09C7 U+09BE).
  EXPECT_EQ(folder.fold("\xE0\xA6\x95\xE0\xA7\x8B", Script::kBengali),
            folder.fold("\xE0\xA6\x95\xE0\xA7\x87\xE0\xA6\xBE", Script::kBengali));
}

TEST(WordFolderTest, TellsWhenAWordsFirstLetterFoldsAlone) {
  WordFolder folder;
  struct Case {
    const char* word;
    Script script;
    bool alone;
  };
  const Case cases[] = {
      {"Ecole", Script::kLatin, true},
      {"e\u0301cole", Script::kLatin, true},  // the accent is dropped again
      {"कमी", Script::kDevanagari, true},
      {"की", Script::kDevanagari, true},           // a vowel sign composes with nothing
      {"\u0915\u093Cिला", Script::kDevanagari, false},  // a nukta follows
      {"ガス", Script::kKatakana, true},
      {"ｶﾞｽ", Script::kKatakana, false},              // half-width voicing mark
      {"\u1112\u1161\u11AB", Script::kHangul, false},  // Hangul jamo
      {"한국", Script::kHangul, true},
      {"ஆ", Script::kTamil, true},                // nothing follows
  };
  for (const auto& c : cases) {
    EXPECT_EQ(folder.folds_first_letter_alone(c.word, c.script), c.alone) << c.word;
  }
}

}  // namespace
}  // namespace kb

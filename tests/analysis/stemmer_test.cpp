#include "indexer/analysis/stemmer.h"

#include "indexer/analysis/suffix_stripper.h"
#include "tests/test_util.h"

namespace kb {
namespace {

TEST(StemmerTest, HindiSuffixes) {
  const std::pair<const char*, const char*> cases[] = {
      {"कार्डों", "कार्ड"}, {"लड़कियों", "लड़क"}, {"करेंगे", "कर"},   {"जानकारी", "जानकार"},
      {"रिचार्ज", "रिचार्ज"}, {"हो", "हो"},            {"की", "की"},       {"बैंकों", "बैंक"},
  };
  for (const auto& [word, stem] : cases) EXPECT_EQ(strip_suffix(word, SuffixList::kHindi), stem) << word;
}

TEST(StemmerTest, BengaliSuffixes) {
  const std::pair<const char*, const char*> cases[] = {
      {"কার্ডগুলো", "কার্ড"}, {"ব্যাংকের", "ব্যাংক"}, {"গ্রাহকদের", "গ্রাহক"},
      {"টাকাটা", "টাকা"},   {"না", "না"},           {"রিচার্জ", "রিচার্জ"},
  };
  for (const auto& [word, stem] : cases) EXPECT_EQ(strip_suffix(word, SuffixList::kBengali), stem) << word;
}

TEST(StemmerTest, PicksTheStemmerFromScriptThenLanguage) {
  Stemmer stemmer;
  EXPECT_EQ(stemmer.stem("recharging", Script::kLatin, "en"), "recharg");
  EXPECT_EQ(stemmer.stem("recharging", Script::kLatin, "hi"), "recharg");  // English inside Hindi
  EXPECT_EQ(stemmer.stem("paiements", Script::kLatin, "fr"), "pai");
  EXPECT_EQ(stemmer.stem("कार्डों", Script::kDevanagari, "en"), "कार्ड");
  EXPECT_EQ(stemmer.stem("เงิน", Script::kThai, "th"), "เงิน");
  EXPECT_EQ(stemmer.stem("எங்கள்", Script::kTamil, "ta"), "எங்கள்");  // Xapian's "" is not a stem
  // Remembered stems are the same stems.
  EXPECT_EQ(stemmer.stem("recharging", Script::kLatin, "en"), "recharg");
}

TEST(StemmerTest, EachCallUsesItsOwnLanguagesStemmer) {
  // The same words, the language or script changing from call to call: a
  // stemmer or stem kept from the call before would show here.
  Stemmer stemmer;
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(stemmer.stem("paiements", Script::kLatin, "fr"), "pai") << round;
    EXPECT_EQ(stemmer.stem("paiements", Script::kLatin, "en"), "paiement") << round;
    EXPECT_EQ(stemmer.stem("paiements", Script::kLatin, "th"), "paiement") << round;
    EXPECT_EQ(stemmer.stem("kinder", Script::kLatin, "de"), "kind") << round;
    EXPECT_EQ(stemmer.stem("kinder", Script::kLatin, "en"), "kinder") << round;
    EXPECT_EQ(stemmer.stem("कार्डों", Script::kDevanagari, "hi"), "कार्ड") << round;
    EXPECT_EQ(stemmer.stem("কার্ডগুলো", Script::kBengali, "hi"), "কার্ড") << round;
    EXPECT_EQ(stemmer.stem("เงินๆ", Script::kThai, "hi"), "เงินๆ") << round;
  }
}

}  // namespace
}  // namespace kb
